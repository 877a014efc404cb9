import type { Fix } from '../../model.js';
import { argsOf, commandName, findCommands, type ShellScript, valuesOf } from '../../dockerfile/shell.js';
import { parentStage } from '../../dockerfile/parse.js';
import type { Instruction, ParsedDockerfile } from '../../dockerfile/types.js';
import type { Rule } from '../types.js';
import { aptCalls } from './support/apt.js';
import { scratchMountTargets } from '../../dockerfile/mounts.js';
import { commandSpan } from './support/edits.js';

const APT_TOOLS = ['apt-get', 'apt', 'aptitude'];
const LISTS = '/var/lib/apt/lists';
const CLEANUP = `rm -rf ${LISTS}/*`;

/** `apt-get update` downloads 20–50 MB of package lists; left in the layer they ship with every pull. */
export const DL3009: Rule = {
  meta: {
    code: 'DL3009',
    name: 'apt-lists-cleanup',
    severity: 'info',
    category: 'size',
    fixable: true,
    description: 'Delete the apt lists (/var/lib/apt/lists) in the RUN that downloaded them.',
    docs: 'docs/rules/DL3009.md',
    keywords: ['RUN'],
    commands: APT_TOOLS,
  },
  create(context) {
    const { file } = context;
    const pending: Instruction[] = [];
    // the index of the last RUN that reads the lists without updating them, found once per file: asked of every
    // later RUN for every finding, it made a file of many RUNs quadratic
    let lastReader: number | undefined;
    const readLater = (ins: Instruction): boolean => {
      if (lastReader === undefined) {
        lastReader = -1;
        for (const i of file.instructions)
          if (i.keyword === 'RUN' && usesListsWithoutUpdate(i.shell)) lastReader = i.index;
      }
      return lastReader > ins.index;
    };
    const report = (ins: Instruction): void => {
      const update = aptCalls(ins.shell, APT_TOOLS, ['update'])[0]!;
      const fix = cleanupFix(file, ins, readLater);
      context.report({
        at: commandSpan(file, update.cmd),
        message: `Delete the apt lists in the same RUN after installing: append \`&& ${CLEANUP}\`.`,
        ...(fix ? { fix } : {}),
      });
    };
    return {
      instruction(ins) {
        if (ins.keyword !== 'RUN' || !leavesLists(ins)) return;
        // an ONBUILD trigger runs in whatever image builds on this one: always worth a finding
        if (ins.onbuild) report(ins);
        else pending.push(ins);
      },
      end() {
        const last = file.stages.length - 1;
        // asked once per stage, not once per RUN
        const based = new Map<number, boolean>();
        const isBase = (stage: number): boolean => {
          let answer = based.get(stage);
          if (answer === undefined) based.set(stage, (answer = isBaseOfLaterStage(file, stage)));
          return answer;
        };
        for (const ins of pending) if (ins.stage === last || ins.stage < 0 || isBase(ins.stage)) report(ins);
      },
    };
  },
};

function leavesLists(ins: Instruction): boolean {
  if (aptCalls(ins.shell, APT_TOOLS, ['update']).length === 0) return false;
  if (cleansLists(ins.shell) || distCleansAfterUpdate(ins.shell)) return false;
  // a cache or tmpfs mount keeps the lists out of the layer
  const targets = scratchMountTargets(ins);
  return !(
    targets.includes(LISTS) ||
    (targets.includes('/var/lib/apt') && targets.includes('/var/cache/apt'))
  );
}

function cleansLists(script: ShellScript | undefined): boolean {
  return findCommands(script, 'rm').some((cmd) => {
    const args = valuesOf(argsOf(cmd));
    const recursive = args.some((a) => /^-[a-zA-Z]*[rR]/.test(a) || a === '--recursive');
    return recursive && args.some((a) => /^\/var\/lib\/apt(\/lists)?\/?(\*\/?)?$/.test(a));
  });
}

/** `apt-get dist-clean` (apt 2.7+; `apt dist-clean` too) deletes the lists as well as the package cache; it
 *  clears them only when it runs after the last `update` (hadolint knows only `rm`). */
function distCleansAfterUpdate(script: ShellScript | undefined): boolean {
  const updates = aptCalls(script, APT_TOOLS, ['update']);
  const lastUpdate = updates[updates.length - 1]?.cmd.index ?? -1;
  return aptCalls(script, ['apt-get', 'apt'], ['dist-clean']).some((c) => c.cmd.index > lastUpdate);
}

function isBaseOfLaterStage(file: ParsedDockerfile, index: number): boolean {
  return file.stages.some((s) => s.index > index && parentStage(file, s)?.index === index);
}

/**
 * Appends the cleanup at the end of the RUN, only when that cannot break the build: the RUN installs what it
 * updated (so nothing later needs these lists), no later RUN installs without updating first, and the script
 * ends in a plain command (no trailing `;`, `&`, comment or heredoc) so ` && rm …` extends the chain.
 */
function cleanupFix(
  file: ParsedDockerfile,
  ins: Instruction,
  readLater: (ins: Instruction) => boolean,
): Fix | undefined {
  if (ins.heredocs.length > 0 || ins.form !== 'shell' || !ins.argsSpan || !ins.shell) return undefined;
  if (aptCalls(ins.shell, APT_TOOLS, ['install']).length === 0) return undefined;
  if (readLater(ins)) return undefined;
  const lastCmd = ins.shell.commands[ins.shell.commands.length - 1];
  if (!lastCmd) return undefined;
  const tail = file.text.slice(lastCmd.end, ins.argsSpan.end);
  // only closing keywords may follow the last command (`…; fi`), and nothing may dangle at the end
  if (!/^(?:\s|\\\n|;|\bfi\b|\bdone\b|\besac\b|\}|\))*$/.test(tail) || /[;&|]\s*$/.test(tail))
    return undefined;
  const at = ins.argsSpan.end;
  return {
    description: 'Delete the apt lists in the same RUN',
    edits: [{ start: at, end: at, text: ` && ${CLEANUP}` }],
  };
}

/** True when the script runs an apt operation that reads the lists before (or without) refreshing them. */
function usesListsWithoutUpdate(script: ShellScript | undefined): boolean {
  if (!script) return false;
  for (const cmd of script.commands) {
    if (!APT_TOOLS.includes(commandName(cmd))) continue;
    const calls = aptCalls({ text: script.text, commands: [cmd] }, APT_TOOLS, ['update']);
    if (calls.length > 0) return false;
    return true;
  }
  return false;
}
