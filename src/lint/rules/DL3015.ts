import { hasFlag } from '../shell.js';
import type { Rule } from '../types.js';
import { aptCalls, setsAptOption, isSimulation } from './dl-a-support/apt.js';
import { commandUpTo, insertAfter } from './dl-a-support/spans.js';

/** Recommended packages are optional extras; on Debian/Ubuntu they often double what an install adds. */
export const DL3015: Rule = {
  meta: {
    code: 'DL3015',
    name: 'apt-no-install-recommends',
    severity: 'info',
    category: 'size',
    fixable: true,
    description: 'Avoid additional packages by specifying --no-install-recommends.',
    docs: 'docs/rules/DL3015.md',
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'RUN') return;
        for (const call of aptCalls(ins.shell, ['apt-get'], ['install']).filter(
          (c) => !isSimulation(c.cmd),
        )) {
          if (
            hasFlag(call.cmd, '--no-install-recommends') ||
            setsAptOption(call.cmd, 'APT::Install-Recommends', ['false', '0', 'no'])
          )
            continue;
          context.report({
            at: commandUpTo(context.file, call.cmd, call.sub),
            message:
              'Add `--no-install-recommends`: recommended packages are optional and often as large as the ones asked for.',
            fix: {
              description: 'Add --no-install-recommends',
              edits: [insertAfter(call.sub, '--no-install-recommends')],
            },
          });
        }
      },
    };
  },
};
