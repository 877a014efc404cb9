import type { Rule } from '../types.js';
import { buildkitMeta } from './support/buildkit-meta.js';

/** BuildKit's StageNameCasing: stage names are read lower-case, so one written otherwise misleads. */
export const StageNameCasing: Rule = {
  meta: buildkitMeta('StageNameCasing', 'style', true, 'Stage names should be lowercase.', ['FROM']),
  create(context) {
    return {
      instruction(ins) {
        if (ins.onbuild || ins.words.length !== 3) return;
        const word = ins.words[2]!;
        const lower = word.raw.toLowerCase();
        if (word.raw === lower) return;
        context.report({
          at: ins,
          message: `Stage name '${word.raw}' should be lowercase`,
          fix: {
            description: 'Write the stage name in lower case',
            edits: [{ start: word.start, end: word.end, text: lower }],
          },
        });
      },
    };
  },
};
