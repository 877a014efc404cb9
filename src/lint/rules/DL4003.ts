import type { Rule } from '../types.js';
import { lastOneWinsRule } from './support/builders.js';

/** Only the last CMD of a stage takes effect; earlier ones mislead the reader. */
export const DL4003: Rule = lastOneWinsRule(
  {
    code: 'DL4003',
    name: 'single-cmd',
    severity: 'warning',
    category: 'correctness',
    fixable: true,
    description: 'Use one CMD per stage: only the last one takes effect.',
    docs: 'docs/rules/DL4003.md',
  },
  'CMD',
);
