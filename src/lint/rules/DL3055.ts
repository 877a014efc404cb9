import type { Rule } from '../types.js';
import { labelValueRule } from './support/labels.js';

/** A short or full SHA-1 commit id, or a SHA-256 one. */
function isValid(value: string): boolean {
  return /^[0-9a-f]{7,40}$/.test(value) || /^[0-9a-f]{64}$/.test(value);
}

/** A revision label must name a commit so the image can be traced to its source. */
export const DL3055: Rule = labelValueRule(
  {
    code: 'DL3055',
    name: 'label-git-hash',
    severity: 'warning',
    category: 'correctness',
    fixable: false,
    description: 'Labels typed `hash` in the label schema must hold a git commit hash.',
    docs: 'docs/rules/DL3055.md',
  },
  'hash',
  isValid,
  'a git commit hash (7 to 40 hex digits, or 64 for SHA-256)',
);
