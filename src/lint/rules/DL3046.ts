import { argsOf, findCommands, hasFlag, valuesOf } from '../../dockerfile/shell.js';
import type { Rule } from '../types.js';
import { commandSpan, insertAfter } from './support/edits.js';

/** The UID given with -u/--uid, or undefined. */
function uidOf(words: string[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '-u' || w === '--uid') return words[i + 1];
    if (w.startsWith('--uid=')) return w.slice(6);
    if (/^-u\d/.test(w)) return w.slice(2);
  }
  return undefined;
}

/** useradd reserves lastlog/faillog entries up to the UID: a large UID makes a sparse file of gigabytes. */
export const DL3046: Rule = {
  meta: {
    code: 'DL3046',
    name: 'useradd-no-log-init',
    severity: 'warning',
    category: 'size',
    fixable: true,
    description: '`useradd` with a large UID needs `-l` (`--no-log-init`) to avoid a huge lastlog file.',
    docs: 'docs/rules/DL3046.md',
    keywords: ['RUN'],
    commands: ['useradd'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'RUN') return;
        for (const cmd of findCommands(ins.shell, 'useradd')) {
          const uid = uidOf(valuesOf(argsOf(cmd)));
          if (uid === undefined || !/^\d{6,}$/.test(uid) || hasFlag(cmd, '-l', '--no-log-init')) continue;
          const program = cmd.words.find((w) => w.value.endsWith('useradd'))!;
          context.report({
            at: commandSpan(context.file, cmd),
            message: `Add \`-l\` to useradd: UID ${uid} would otherwise grow /var/log/lastlog and faillog to a sparse file that fills the layer.`,
            fix: { description: 'Add -l (--no-log-init)', edits: [insertAfter(program, '-l')] },
          });
        }
      },
    };
  },
};
