import type { Rule } from '../types.js';
import { labelValueRule } from './support/labels.js';

/** An absolute URL with a scheme (`https://…`). */
function isValid(value: string): boolean {
  try {
    return new URL(value).protocol.length > 1;
  } catch {
    return false;
  }
}

/** A URL label that does not parse breaks links in registries and dashboards. */
export const DL3052: Rule = labelValueRule(
  {
    code: 'DL3052',
    name: 'label-url',
    severity: 'warning',
    category: 'correctness',
    fixable: false,
    description: 'Labels typed `url` in the label schema must hold a valid URL.',
    docs: 'docs/rules/DL3052.md',
  },
  'url',
  isValid,
  'an absolute URL',
);
