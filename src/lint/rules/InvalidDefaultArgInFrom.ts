import type { Rule } from '../types.js';
import { buildkitMeta } from './support/buildkit-meta.js';
import { expandWord } from '../../dockerfile/expand.js';
import { globalScope } from './support/variables.js';
import { fromParts } from './support/stages.js';
import { isImageReference } from './support/images.js';

/** BuildKit's InvalidDefaultArgInFrom: with the global ARGs' defaults alone (no build arguments) the FROM image
 *  must still be a valid name, so that a build without `--build-arg` works. */
export const InvalidDefaultArgInFrom: Rule = {
  meta: buildkitMeta(
    'InvalidDefaultArgInFrom',
    'correctness',
    false,
    'Default value for global ARG results in an empty or invalid base image name.',
  ),
  create(context) {
    const file = context.file;
    return {
      end() {
        let scope: ReturnType<typeof globalScope> | undefined;
        for (const stage of file.stages) {
          const image = fromParts(stage).image;
          if (!image.includes('$')) continue;
          scope ??= globalScope(file, {});
          if (isImageReference(expandWord(image, scope.env, file.escape).result)) continue;
          context.report({
            at: stage.from,
            message: `Default value for ARG ${image} results in empty or invalid base image name`,
          });
        }
      },
    };
  },
};
