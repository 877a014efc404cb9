import type { Rule } from '../types.js';

/** Only the last HEALTHCHECK of a stage takes effect; the earlier ones mislead readers. */
export const DL3012: Rule = {
  meta: {
    code: 'DL3012',
    name: 'single-healthcheck',
    severity: 'error',
    category: 'correctness',
    fixable: false,
    description: 'A stage should contain at most one HEALTHCHECK instruction.',
    docs: 'docs/rules/DL3012.md',
    keywords: ['HEALTHCHECK'],
  },
  create(context) {
    const firstInStage = new Map<number, number>();
    return {
      instruction(ins) {
        if (ins.keyword !== 'HEALTHCHECK' || ins.onbuild) return;
        const first = firstInStage.get(ins.stage);
        if (first === undefined) {
          firstInStage.set(ins.stage, ins.line);
          return;
        }
        context.report({
          at: ins,
          message: `Only one HEALTHCHECK per stage takes effect; this one overrides the one on line ${first}.`,
        });
      },
    };
  },
};
