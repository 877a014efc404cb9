import type { Rule } from '../types.js';
import { lastOneWinsRule } from './support/builders.js';

/** Only the last ENTRYPOINT of a stage takes effect; earlier ones mislead the reader. */
export const DL4004: Rule = lastOneWinsRule(
  {
    code: 'DL4004',
    name: 'single-entrypoint',
    severity: 'error',
    category: 'correctness',
    fixable: true,
    description: 'Use one ENTRYPOINT per stage: only the last one takes effect.',
    docs: 'docs/rules/DL4004.md',
  },
  'ENTRYPOINT',
);
