import type { Rule } from '../types.js';
import { labelValueRule } from './support/labels.js';

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** RFC 3339 date-time, with a valid calendar date. */
function isValid(value: string): boolean {
  return RFC3339.test(value) && !Number.isNaN(Date.parse(value.replace(' ', 'T')));
}

/** Build dates in a fixed format sort and compare correctly in every tool. */
export const DL3053: Rule = labelValueRule(
  {
    code: 'DL3053',
    name: 'label-rfc3339',
    severity: 'warning',
    category: 'correctness',
    fixable: false,
    description: 'Labels typed `rfc3339` in the label schema must hold an RFC 3339 timestamp.',
    docs: 'docs/rules/DL3053.md',
  },
  'rfc3339',
  isValid,
  'an RFC 3339 timestamp (2024-05-01T12:00:00Z)',
);
