import type { Fix } from '../../model.js';
import { parentStage } from '../../dockerfile/parse.js';
import type { Instruction, ParsedDockerfile, Stage } from '../../dockerfile/types.js';
import type { Rule } from '../types.js';
import { spanAt } from './support/edits.js';

// characters that only mean something to a shell: with any of them the command needs `sh -c`
const SHELL_SYNTAX = /[$`"'\\|&;<>(){}*?[\]~#!\n]/;
// builtins and keywords exist only inside a shell, not as programs to exec
const SHELL_ONLY = new Set([
  '.',
  ':',
  'alias',
  'bg',
  'break',
  'case',
  'cd',
  'continue',
  'eval',
  'exec',
  'exit',
  'export',
  'fg',
  'for',
  'function',
  'if',
  'jobs',
  'read',
  'readonly',
  'return',
  'select',
  'set',
  'shift',
  'source',
  'trap',
  'ulimit',
  'umask',
  'unset',
  'until',
  'wait',
  'while',
]);

/** Shell form wraps the command in `/bin/sh -c`: the process is not PID 1 and never sees SIGTERM. */
export const DL3025: Rule = {
  meta: {
    code: 'DL3025',
    name: 'exec-form-cmd',
    severity: 'warning',
    category: 'correctness',
    fixable: true,
    description: 'Use the JSON (exec) form for CMD, ENTRYPOINT and HEALTHCHECK CMD.',
    docs: 'docs/rules/DL3025.md',
    keywords: ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'],
  },
  create(context) {
    return {
      instruction(ins, stage) {
        const command = commandPart(context.file, ins);
        if (!command) return;
        const fix = execFormFix(context.file, ins, stage, command);
        const keyword = ins.keyword === 'HEALTHCHECK' ? 'HEALTHCHECK CMD' : ins.keyword;
        context.report({
          at: spanAt(context.file, command.start, command.end),
          message: `Use the JSON form for ${keyword} (${keyword} ["executable", "arg"]) so the process receives signals directly.`,
          ...(fix ? { fix } : {}),
        });
      },
    };
  },
};

export interface CommandPart {
  start: number;
  end: number;
  words: string[];
  text: string;
}

/** The shell-form command of CMD / ENTRYPOINT / HEALTHCHECK CMD, or null when it is in JSON form (or absent). */
export function commandPart(file: ParsedDockerfile, ins: Instruction): CommandPart | null {
  if (ins.form !== 'shell' || !ins.argsSpan) return null;
  if (ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT') {
    return {
      start: ins.argsSpan.start,
      end: ins.argsSpan.end,
      words: ins.words.map((w) => w.raw),
      text: ins.args,
    };
  }
  if (ins.keyword !== 'HEALTHCHECK') return null;
  const words = ins.words.slice(1);
  const first = words[0];
  if (!first) return null;
  const text = file.text.slice(first.start, ins.argsSpan.end);
  return { start: first.start, end: ins.argsSpan.end, words: words.map((w) => w.raw), text };
}

/**
 * Rewrites to JSON only when `sh -c` adds nothing: no shell syntax, no builtin, one line, no SHELL override;
 * and when the exec form cannot change which arguments the program gets (an ENTRYPOINT with a CMD after it,
 * or a CMD with an ENTRYPOINT in the stage, would start combining).
 */
export function execFormFix(
  file: ParsedDockerfile,
  ins: Instruction,
  stage: Stage | undefined,
  command: CommandPart,
): Fix | undefined {
  if (SHELL_SYNTAX.test(command.text) || command.words.length === 0) return undefined;
  const program = command.words[0]!;
  if (SHELL_ONLY.has(program) || /^[A-Za-z_]\w*=/.test(program)) return undefined;
  if (spanAt(file, command.start, command.end).line !== spanAt(file, command.start, command.end).endLine)
    return undefined;
  if (file.instructions.some((i) => i.keyword === 'SHELL' && i.index < ins.index)) return undefined;
  // the config is inherited: look at the stages this one builds on and the stages built on it
  const related = relatedStages(file, stage);
  const later = (kw: string): boolean =>
    related.descendants.some((i) => i.keyword === kw && i.index > ins.index && !i.onbuild);
  if (ins.keyword === 'ENTRYPOINT' && later('CMD')) return undefined;
  if (ins.keyword === 'CMD' && related.ancestors.some((i) => i.keyword === 'ENTRYPOINT' && !i.onbuild))
    return undefined;
  if (ins.keyword === 'CMD' && later('ENTRYPOINT')) return undefined;
  const json = `[${command.words.map((w) => JSON.stringify(w)).join(', ')}]`;
  return {
    description: 'Use the JSON form',
    edits: [{ start: command.start, end: command.end, text: json }],
  };
}

/** Instructions of `stage` and its FROM-ancestors; of `stage` and every stage built (transitively) on it. */
function relatedStages(
  file: ParsedDockerfile,
  stage: Stage | undefined,
): { ancestors: Instruction[]; descendants: Instruction[] } {
  if (!stage) return { ancestors: [], descendants: [] };
  const parentOf = (s: Stage): Stage | undefined => parentStage(file, s);
  const ancestors: Instruction[] = [];
  for (let s: Stage | undefined = stage; s; s = parentOf(s)) ancestors.push(...s.instructions);
  const family = new Set<Stage>([stage]);
  for (const s of file.stages) {
    const parent = parentOf(s);
    if (parent && family.has(parent)) family.add(s);
  }
  return { ancestors, descendants: [...family].flatMap((s) => s.instructions) };
}
