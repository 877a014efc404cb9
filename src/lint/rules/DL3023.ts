import type { Rule } from '../types.js';

/** A stage cannot copy from itself: the build fails with a dependency cycle. */
export const DL3023: Rule = {
  meta: {
    code: 'DL3023',
    name: 'copy-from-self',
    severity: 'error',
    category: 'correctness',
    fixable: false,
    description: 'COPY --from cannot reference its own FROM alias.',
    docs: 'docs/rules/DL3023.md',
    keywords: ['COPY'],
  },
  create(context) {
    return {
      instruction(ins, stage) {
        if (ins.keyword !== 'COPY' || ins.onbuild || !stage) return;
        const flag = ins.flags.find((f) => f.name === 'from');
        const ref = flag?.value?.toLowerCase();
        if (!flag || !ref) return;
        if (ref !== stage.name && ref !== String(stage.index)) return;
        context.report({
          at: flag,
          message: `COPY --from=${flag.value} references the stage it is in: copy from an earlier stage.`,
        });
      },
    };
  },
};
