import type { Rule } from '../types.js';
import { eachStage } from './support/builders.js';
import { isPlainRun } from './support/stages.js';
import { lastMergeable, mergeRunsEdits } from './support/merge-runs.js';
import { spanAt } from './support/edits.js';

/** Consecutive RUNs that could be one: every RUN adds a layer (and a cache step) for nothing. */
export const IB116: Rule = {
  meta: {
    code: 'IB116',
    name: 'consecutive-runs',
    severity: 'style',
    category: 'size',
    fixable: true,
    description: 'Consecutive RUN instructions that can be merged without changing behaviour.',
    docs: 'docs/rules/IB116.md',
  },
  create: eachStage((stage, context) => {
    const file = context.file;
    const list = stage.instructions;
    let i = 0;
    while (i < list.length) {
      const first = list[i]!;
      // lastMergeable says no at once to anything but a RUN of the image itself: skip the call for those
      const j = isPlainRun(first) ? lastMergeable(file, stage, i) : i;
      if (j > i) {
        const runs = list.slice(i, j + 1);
        const second = runs[1]!;
        let lines = String(runs[0]!.line);
        for (let k = 1; k < runs.length; k++) lines += `, ${runs[k]!.line}`;
        context.report({
          at: spanAt(file, second.start, second.start + 3),
          message: `The RUNs at lines ${lines} can be one RUN: each RUN adds a layer and a build step.`,
          fix: { description: `Merge the RUNs at lines ${lines}`, edits: mergeRunsEdits(file, runs) },
        });
      }
      i = j + 1;
    }
  }),
};
