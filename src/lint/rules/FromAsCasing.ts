import type { Rule } from '../types.js';
import { buildkitMeta } from './support/buildkit-meta.js';
import { keywordAsWritten } from './support/edits.js';

/** BuildKit's FromAsCasing: `AS` is written in the case of its FROM (`FROM … AS`, `from … as`). */
export const FromAsCasing: Rule = {
  meta: buildkitMeta(
    'FromAsCasing',
    'style',
    true,
    "The 'as' keyword should match the case of the 'from' keyword.",
    ['FROM'],
  ),
  create(context) {
    return {
      instruction(ins) {
        if (ins.onbuild || ins.words.length < 3) return;
        const from = keywordAsWritten(context.file, ins).text;
        const as = ins.words[1]!;
        const lower = from === from.toLowerCase();
        const upper = from === from.toUpperCase();
        // a FROM of mixed case is ConsistentInstructionCasing's to report
        if (!lower && !upper) return;
        const want = lower ? as.raw.toLowerCase() : as.raw.toUpperCase();
        if (as.raw === want) return;
        context.report({
          at: ins,
          message: `'${as.raw}' and '${from}' keywords' casing do not match`,
          fix: {
            description: `Write ${want} in the case of ${from}`,
            edits: [{ start: as.start, end: as.end, text: want }],
          },
        });
      },
    };
  },
};
