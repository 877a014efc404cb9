// LABEL values checked against the label schema of the settings.
import type { Rule, RuleMeta } from '../../types.js';
import { keyValues } from '../../../dockerfile/scope.js';

/**
 * A rule that checks the values of labels whose schema type (`label-schema` setting) is `type`.
 * One file per rule still declares the metadata; this builds the shared visitor.
 */
export function labelValueRule(
  meta: RuleMeta,
  type: string,
  valid: (value: string) => boolean,
  expected: string,
): Rule {
  return {
    meta: { ...meta, keywords: ['LABEL'] },
    create(context) {
      return {
        instruction(ins) {
          if (ins.keyword !== 'LABEL') return;
          for (const kv of keyValues(ins).pairs) {
            if (context.settings.labelSchema[kv.key] !== type || kv.value === null) continue;
            if (kv.value.includes('$') || valid(kv.value)) continue;
            context.report({
              at: kv.at,
              message: `Label "${kv.key}" must be ${expected}; got "${kv.value}".`,
            });
          }
        },
      };
    },
  };
}
