import type { Rule } from '../types.js';
import { buildkitMeta } from './support/buildkit-meta.js';
import { expandWord } from '../../dockerfile/expand.js';
import { globalScope } from './support/variables.js';
import { fromParts } from './support/stages.js';
import { suggest } from './support/messages.js';

/** BuildKit's UndefinedArgInFrom: a variable in FROM (image or --platform) that no ARG before the first FROM
 *  declares, nor the builder predefines (BUILDPLATFORM, TARGETPLATFORM…), expands to nothing. */
export const UndefinedArgInFrom: Rule = {
  meta: buildkitMeta('UndefinedArgInFrom', 'correctness', false, 'FROM command must use declared ARGs.'),
  create(context) {
    const file = context.file;
    return {
      end() {
        if (file.stages.length === 0) return;
        const scope = globalScope(file, context.settings.buildArgs ?? {});
        const known = new Set([...scope.declared, ...scope.env.keys()]);
        for (const stage of file.stages) {
          const parts = fromParts(stage);
          const words = parts.platform !== undefined ? [parts.image, parts.platform] : [parts.image];
          for (const word of words) {
            for (const name of expandWord(word, scope.env, file.escape).unmatched) {
              if (known.has(name)) continue;
              const hint = suggest(name, known);
              context.report({
                at: stage.from,
                message: `FROM argument '${name}' is not declared${hint ? ` (did you mean ${hint}?)` : ''}`,
              });
            }
          }
        }
      },
    };
  },
};
