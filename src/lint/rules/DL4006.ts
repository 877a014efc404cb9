import { argsOf, commandName, type SimpleCommand, valuesOf } from '../../dockerfile/shell.js';
import type { Instruction } from '../../dockerfile/types.js';
import type { Rule } from '../types.js';
import { parentStage } from '../../dockerfile/parse.js';
import { spanAt } from './support/edits.js';

/** What the current SHELL means for pipes: pipefail is on, pipes are fine, or the shell is not POSIX. */
type ShellState = 'pipefail' | 'plain' | 'non-posix';

const PIPEFAIL_SHELLS = new Set(['bash', 'zsh', 'ash', 'ksh', 'mksh']);
const NON_POSIX = /^(pwsh|powershell|cmd)(\.exe)?$/i;

function shellState(ins: Instruction): ShellState {
  const words = valuesOf(ins.words);
  const program = (words[0] ?? '').replace(/^.*[\\/]/, '');
  if (NON_POSIX.test(program)) return 'non-posix';
  if (!PIPEFAIL_SHELLS.has(program)) return 'plain';
  for (let i = 1; i < words.length - 1; i++) {
    if (/^-[a-z]*o$/.test(words[i]!) && words[i + 1] === 'pipefail') return 'pipefail';
  }
  return 'plain';
}

/** `set -o pipefail` (or `set -eo pipefail`, `set -euxo pipefail`) earlier in the same script. */
function setsPipefail(commands: SimpleCommand[], before: number): boolean {
  return commands.some((c) => {
    if (c.index >= before || commandName(c) !== 'set') return false;
    const args = valuesOf(argsOf(c));
    return args.some((a, i) => /^-[a-z]*o$/.test(a) && args[i + 1] === 'pipefail');
  });
}

/** Without pipefail, `curl … | tar x` succeeds even when the download fails, and the build ships a broken layer. */
export const DL4006: Rule = {
  meta: {
    code: 'DL4006',
    name: 'pipefail',
    severity: 'warning',
    category: 'correctness',
    fixable: false,
    description: 'Set `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before a RUN that uses a pipe.',
    docs: 'docs/rules/DL4006.md',
    keywords: ['FROM', 'SHELL', 'RUN'],
  },
  create(context) {
    const byStage = new Map<number, ShellState>();
    let state: ShellState = 'plain';
    return {
      instruction(ins, stage) {
        if (ins.onbuild) return;
        if (ins.keyword === 'FROM') {
          // SHELL is image config: a stage built FROM another stage inherits it
          const parent = parentStage(context.file, stage);
          state = parent ? (byStage.get(parent.index) ?? 'plain') : 'plain';
        } else if (ins.keyword === 'SHELL') {
          state = shellState(ins);
        }
        if (stage) byStage.set(stage.index, state);
        if (ins.keyword !== 'RUN' || !ins.shell || state !== 'plain') return;
        const pipeStart = ins.shell.commands.find((c) => c.after === '|' && c.before !== '|');
        if (!pipeStart || setsPipefail(ins.shell.commands, pipeStart.index)) return;
        let pipeEnd = pipeStart;
        for (const c of ins.shell.commands.slice(pipeStart.index + 1)) {
          pipeEnd = c;
          if (c.after !== '|') break;
        }
        const ash = /alpine|busybox/i.test(stage?.resolvedImage ?? '');
        context.report({
          at: spanAt(context.file, pipeStart.start, pipeEnd.end),
          message:
            'A pipe hides the failure of every command but the last: set pipefail with a SHELL instruction first.',
          suggestion: ash
            ? 'SHELL ["/bin/ash", "-eo", "pipefail", "-c"]'
            : 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
        });
      },
    };
  },
};
