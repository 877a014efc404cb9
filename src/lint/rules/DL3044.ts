import type { Rule } from '../types.js';
import { keyValues } from '../../dockerfile/scope.js';

/** Names of the variables `$NAME` / `${NAME…}` a value refers to. */
function references(value: string): Set<string> {
  const names = new Set<string>();
  for (const m of value.matchAll(/\$\{([A-Za-z_]\w*)|\$([A-Za-z_]\w*)/g)) names.add((m[1] ?? m[2])!);
  return names;
}

const NO_NAMES: ReadonlySet<string> = new Set();

/**
 * In `ENV A=1 B=$A`, `$A` is expanded before the instruction runs, so B gets A's old value (usually empty),
 * not `1`. A variable referring to itself (`PATH=/x:$PATH`) is fine: it means the previous value on purpose.
 */
export const DL3044: Rule = {
  meta: {
    code: 'DL3044',
    name: 'env-self-reference',
    severity: 'error',
    category: 'correctness',
    fixable: false,
    description: 'Do not refer to a variable defined earlier in the same ENV instruction.',
    docs: 'docs/rules/DL3044.md',
    keywords: ['ENV'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'ENV') return;
        const { pairs } = keyValues(ins);
        const definedHere = new Set<string>();
        for (const kv of pairs) {
          // nothing defined here yet, or no `$` in the value: no reference to report
          const refers = definedHere.size > 0 && kv.value !== null && kv.value.includes('$');
          for (const name of refers ? references(kv.value!) : NO_NAMES) {
            if (!definedHere.has(name)) continue;
            context.report({
              at: kv.at,
              message: `"${name}" is set earlier in this same ENV, so \`$${name}\` still has its previous value here: split the ENV.`,
            });
            break;
          }
          definedHere.add(kv.key);
        }
      },
    };
  },
};
