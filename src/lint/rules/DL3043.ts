import type { Rule } from '../types.js';

const FORBIDDEN = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

/** Docker rejects these as ONBUILD triggers, so the downstream build fails far from the cause. */
export const DL3043: Rule = {
  meta: {
    code: 'DL3043',
    name: 'onbuild-forbidden-trigger',
    severity: 'error',
    category: 'correctness',
    fixable: false,
    description: '`ONBUILD`, `FROM` and `MAINTAINER` cannot be ONBUILD triggers.',
    docs: 'docs/rules/DL3043.md',
    keywords: ['ONBUILD', 'FROM', 'MAINTAINER'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (!ins.onbuild || !FORBIDDEN.has(ins.keyword)) return;
        context.report({
          at: ins,
          message: `\`ONBUILD ${ins.keyword}\` is not allowed: Docker refuses ${ins.keyword} as an ONBUILD trigger.`,
        });
      },
    };
  },
};
