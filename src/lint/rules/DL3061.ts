import { quoteText } from '../../dockerfile/parse.js';
import type { Rule } from '../types.js';

/** Only ARG (and parser directives) may precede the first FROM; anything else is rejected by the builder. */
export const DL3061: Rule = {
  meta: {
    code: 'DL3061',
    name: 'from-first',
    severity: 'error',
    category: 'correctness',
    fixable: false,
    description: 'A Dockerfile starts with FROM, after optional ARG instructions.',
    docs: 'docs/rules/DL3061.md',
  },
  create(context) {
    let seenFrom = false;
    return {
      instruction(ins) {
        if (ins.keyword === 'FROM' && !ins.onbuild) seenFrom = true;
        if (seenFrom || ins.keyword === 'ARG') return;
        context.report({
          at: ins,
          // an unknown instruction's keyword is whatever the line starts with (a binary file's bytes, even)
          message: `${quoteText(ins.keyword)} before the first FROM: only ARG may come before FROM.`,
        });
      },
    };
  },
};
