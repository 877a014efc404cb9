import type { Instruction } from '../../dockerfile/types.js';
import type { Rule } from '../types.js';
import { aptCalls } from './support/apt.js';
import { eachStage } from './support/builders.js';
import { mergeRunsFix } from './support/merge-runs.js';
import { spanAt } from './support/edits.js';
import { stageRuns } from './support/stages.js';

const APT = ['apt-get', 'apt', 'aptitude'];

function aptCommands(run: Instruction, sub: string) {
  return aptCalls(run.shell, APT, [sub]).map((c) => c.cmd);
}

/** `apt-get update` alone in a RUN: the install in a later RUN may reuse a cached, stale update layer. */
export const IB102: Rule = {
  meta: {
    code: 'IB102',
    name: 'apt-update-separate',
    severity: 'warning',
    category: 'cache',
    fixable: true,
    description: '`apt-get update` runs in a different RUN from the `apt-get install` that needs it.',
    docs: 'docs/rules/IB102.md',
  },
  create: eachStage((stage, context) => {
    const file = context.file;
    const runs = stageRuns(stage);
    for (let k = 0; k < runs.length; k++) {
      const run = runs[k]!;
      const update = aptCommands(run, 'update')[0];
      if (!update || aptCommands(run, 'install').length > 0) continue;
      const install = runs.slice(k + 1).find((r) => aptCommands(r, 'install').length > 0);
      if (!install) continue;
      const merged = mergeRunsFix(
        file,
        run,
        install,
        `Run apt-get update in the same RUN as the install at line ${install.line}`,
      );
      const why =
        `\`apt-get update\` runs in its own RUN, apart from the install at line ${install.line}: a cached ` +
        'update layer makes the install use stale package lists, and the lists ship in a layer of their own.';
      context.report({
        at: spanAt(file, update.start, update.end),
        message:
          'fix' in merged ? `${why} Merge the RUNs.` : `${why} Not merged automatically: ${merged.reason}.`,
        ...('fix' in merged ? { fix: merged.fix } : {}),
      });
    }
  }),
};
