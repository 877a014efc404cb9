import type { Instruction, Rule } from '../types.js';
import { wholeLines } from './dl-b-support.js';

/** Only the last ENTRYPOINT of a stage takes effect; earlier ones mislead the reader. */
export const DL4004: Rule = {
  meta: {
    code: 'DL4004',
    name: 'single-entrypoint',
    severity: 'error',
    category: 'correctness',
    fixable: true,
    description: 'Use one ENTRYPOINT per stage: only the last one takes effect.',
    docs: 'docs/rules/DL4004.md',
  },
  create(context) {
    let previous: Instruction | undefined;
    return {
      instruction(ins) {
        if (ins.onbuild) return;
        if (ins.keyword === 'FROM') previous = undefined;
        if (ins.keyword !== 'ENTRYPOINT') return;
        if (previous) {
          context.report({
            at: ins,
            message: `Several ENTRYPOINT instructions in one stage: the one on line ${previous.line} has no effect.`,
            fix: {
              description: `Remove the overridden ENTRYPOINT on line ${previous.line}`,
              edits: [wholeLines(context.file, previous)],
            },
          });
        }
        previous = ins;
      },
    };
  },
};
