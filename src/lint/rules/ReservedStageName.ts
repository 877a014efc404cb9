import type { Rule } from '../types.js';
import { buildkitMeta } from './support/buildkit-meta.js';

const RESERVED = new Set(['context', 'scratch']);

/** BuildKit's ReservedStageName: `scratch` and `context` already mean something to FROM and COPY --from. */
export const ReservedStageName: Rule = {
  meta: buildkitMeta(
    'ReservedStageName',
    'correctness',
    false,
    'Reserved words (scratch, context) should not be used as stage names.',
  ),
  create(context) {
    return {
      end() {
        for (const stage of context.file.stages) {
          if (stage.name === undefined || !RESERVED.has(stage.name)) continue;
          context.report({
            at: stage.from,
            message: `Stage name should not use the same name as reserved stage ${JSON.stringify(stage.name)}`,
          });
        }
      },
    };
  },
};
