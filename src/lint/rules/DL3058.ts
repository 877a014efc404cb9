import type { Rule } from '../types.js';
import { labelValueRule } from './support/labels.js';

/** local@domain.tld, without spaces. */
function isValid(value: string): boolean {
  return /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(value);
}

/** A contact label that is not an address cannot be used to reach anyone. */
export const DL3058: Rule = labelValueRule(
  {
    code: 'DL3058',
    name: 'label-email',
    severity: 'warning',
    category: 'correctness',
    fixable: false,
    description: 'Labels typed `email` in the label schema must hold an e-mail address.',
    docs: 'docs/rules/DL3058.md',
  },
  'email',
  isValid,
  'an e-mail address',
);
