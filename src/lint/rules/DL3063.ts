import type { Rule } from '../types.js';

const RESERVED = new Set(['scratch', 'context']);

/** BuildKit gives `scratch` and `context` a meaning of their own, so a stage by that name is refused or shadowed. */
export const DL3063: Rule = {
  meta: {
    code: 'DL3063',
    name: 'stage-name-reserved',
    severity: 'error',
    category: 'correctness',
    fixable: false,
    description: 'Do not name a build stage `scratch` or `context`.',
    docs: 'docs/rules/DL3063.md',
    keywords: ['FROM'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'FROM' || ins.onbuild) return;
        const as = ins.words.findIndex((w) => w.value.toLowerCase() === 'as');
        const name = as > 0 ? ins.words[as + 1] : undefined;
        if (!name || !RESERVED.has(name.value.toLowerCase())) return;
        context.report({
          at: name,
          message: `"${name.value}" is a reserved name: choose another stage name.`,
        });
      },
    };
  },
};
