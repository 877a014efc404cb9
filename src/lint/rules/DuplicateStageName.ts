import type { Rule } from '../types.js';
import { buildkitMeta } from './support/buildkit-meta.js';

/** BuildKit's DuplicateStageName: a second stage of a name hides the first from `FROM`/`COPY --from`. */
export const DuplicateStageName: Rule = {
  meta: buildkitMeta('DuplicateStageName', 'correctness', false, 'Stage names should be unique.'),
  create(context) {
    return {
      end() {
        const seen = new Set<string>();
        for (const stage of context.file.stages) {
          if (stage.name === undefined) continue;
          if (seen.has(stage.name))
            context.report({
              at: stage.from,
              message: `Duplicate stage name ${JSON.stringify(stage.name)}, stage names should be unique`,
            });
          seen.add(stage.name);
        }
      },
    };
  },
};
