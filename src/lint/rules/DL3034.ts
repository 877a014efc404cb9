import { findCommands, hasFlag, subcommand } from '../../dockerfile/shell.js';
import type { Rule } from '../types.js';
import { commandSpan, insertAfter } from './support/edits.js';

const PROMPTING = new Set([
  'install',
  'in',
  'remove',
  'rm',
  'source-install',
  'si',
  'patch',
  'update',
  'up',
  'dist-upgrade',
  'dup',
]);

/** zypper asks for confirmation; in a build nobody answers, so the build hangs or aborts. */
export const DL3034: Rule = {
  meta: {
    code: 'DL3034',
    name: 'zypper-non-interactive',
    severity: 'warning',
    category: 'correctness',
    fixable: true,
    description: 'Use `zypper --non-interactive` (or `-n`, `-y`, `--no-confirm`) for commands that prompt.',
    docs: 'docs/rules/DL3034.md',
    keywords: ['RUN'],
    commands: ['zypper'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'RUN') return;
        for (const cmd of findCommands(ins.shell, 'zypper')) {
          if (!PROMPTING.has(subcommand(cmd) ?? '')) continue;
          if (hasFlag(cmd, '-n', '--non-interactive', '-y', '--no-confirm')) continue;
          // --non-interactive is a global option: it belongs right after the program name
          const program = cmd.words.find((w) => w.value.endsWith('zypper'))!;
          context.report({
            at: commandSpan(context.file, cmd),
            message: 'Add `--non-interactive` to zypper so the build never waits for an answer.',
            fix: { description: 'Add --non-interactive', edits: [insertAfter(program, '--non-interactive')] },
          });
        }
      },
    };
  },
};
