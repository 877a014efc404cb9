import type { Rule } from '../types.js';
import { buildkitMeta } from './support/buildkit-meta.js';
import { maintainerLabelFix } from './DL4000.js';

/** BuildKit's MaintainerDeprecated: MAINTAINER is deprecated; a label says the same and tools read it. */
export const MaintainerDeprecated: Rule = {
  meta: buildkitMeta(
    'MaintainerDeprecated',
    'style',
    true,
    'The MAINTAINER instruction is deprecated, use a label instead to define an image author.',
    ['MAINTAINER'],
  ),
  create(context) {
    return {
      instruction(ins) {
        if (ins.onbuild) return;
        context.report({
          at: ins,
          message: 'Maintainer instruction is deprecated in favor of using label',
          fix: maintainerLabelFix(ins),
        });
      },
    };
  },
};
