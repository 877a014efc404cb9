import type { Rule } from '../types.js';
import { keyValues } from '../../dockerfile/scope.js';

/** With strict labels, only the keys of the label schema are allowed: typos and ad-hoc keys are caught. */
export const DL3050: Rule = {
  meta: {
    code: 'DL3050',
    name: 'label-not-in-schema',
    severity: 'info',
    category: 'style',
    fixable: false,
    description: 'With strict labels on, every label key must be in the label schema.',
    docs: 'docs/rules/DL3050.md',
    keywords: ['LABEL'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'LABEL' || !context.settings.strictLabels) return;
        for (const kv of keyValues(ins).pairs) {
          if (kv.key in context.settings.labelSchema) continue;
          context.report({
            at: kv.at,
            message: `Label "${kv.key}" is not in the label schema (strict labels are on).`,
          });
        }
      },
    };
  },
};
