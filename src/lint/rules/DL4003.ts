import type { Instruction, Rule } from '../types.js';
import { wholeLines } from './dl-b-support.js';

/** Only the last CMD of a stage takes effect; earlier ones mislead the reader. */
export const DL4003: Rule = {
  meta: {
    code: 'DL4003',
    name: 'single-cmd',
    severity: 'warning',
    category: 'correctness',
    fixable: true,
    description: 'Use one CMD per stage: only the last one takes effect.',
    docs: 'docs/rules/DL4003.md',
  },
  create(context) {
    let previous: Instruction | undefined;
    return {
      instruction(ins) {
        if (ins.onbuild) return;
        if (ins.keyword === 'FROM') previous = undefined;
        if (ins.keyword !== 'CMD') return;
        if (previous) {
          context.report({
            at: ins,
            message: `Several CMD instructions in one stage: the one on line ${previous.line} has no effect.`,
            fix: {
              description: `Remove the overridden CMD on line ${previous.line}`,
              edits: [wholeLines(context.file, previous)],
            },
          });
        }
        previous = ins;
      },
    };
  },
};
