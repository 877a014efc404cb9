import { findCommands, hasFlag, positionalArgs } from '../../dockerfile/shell.js';
import type { Rule } from '../types.js';
import { commandSpan, insertAfter } from './support/edits.js';
import { DNF_INSTALLS, dnfSubcommand, RPM_VALUE_FLAGS } from './support/rpm.js';

/** dnf asks "Is this ok [y/N]" and, with nobody to answer, the build fails. */
export const DL3038: Rule = {
  meta: {
    code: 'DL3038',
    name: 'dnf-assume-yes',
    severity: 'warning',
    category: 'correctness',
    fixable: true,
    description: 'Use `dnf install -y` (or `--assumeyes`) so the build does not wait for confirmation.',
    docs: 'docs/rules/DL3038.md',
    keywords: ['RUN'],
    commands: ['dnf', 'microdnf'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'RUN') return;
        for (const cmd of findCommands(ins.shell, 'dnf', 'microdnf')) {
          if (!DNF_INSTALLS.has(dnfSubcommand(cmd) ?? '') || hasFlag(cmd, '-y', '--assumeyes')) continue;
          const sub = positionalArgs(cmd, RPM_VALUE_FLAGS).find((w) => DNF_INSTALLS.has(w.value))!;
          context.report({
            at: commandSpan(context.file, cmd),
            message: `Add \`-y\` to \`${cmd.words[0]!.value} ${sub.value}\` so the build never waits for confirmation.`,
            fix: { description: 'Add -y', edits: [insertAfter(sub, '-y')] },
          });
        }
      },
    };
  },
};
