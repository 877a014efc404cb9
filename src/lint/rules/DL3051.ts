import type { Rule } from '../types.js';
import { keyValues } from '../../dockerfile/scope.js';

/** A required label set to "" satisfies the presence check but carries no information. */
export const DL3051: Rule = {
  meta: {
    code: 'DL3051',
    name: 'label-not-empty',
    severity: 'warning',
    category: 'correctness',
    fixable: false,
    description: 'Labels named in the label schema must not be empty.',
    docs: 'docs/rules/DL3051.md',
    keywords: ['LABEL'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'LABEL') return;
        for (const kv of keyValues(ins).pairs) {
          if (!(kv.key in context.settings.labelSchema) || (kv.value ?? '').trim() !== '') continue;
          context.report({ at: kv.at, message: `Label "${kv.key}" is empty: give it a value.` });
        }
      },
    };
  },
};
