import type { Rule } from '../types.js';
import { buildkitMeta } from './support/buildkit-meta.js';
import { expandWord } from '../../dockerfile/expand.js';
import { globalScope } from './support/variables.js';
import { fromParts } from './support/stages.js';

/** BuildKit's RedundantTargetPlatform: `FROM --platform=$TARGETPLATFORM` asks for what FROM does anyway. */
export const RedundantTargetPlatform: Rule = {
  meta: buildkitMeta(
    'RedundantTargetPlatform',
    'style',
    true,
    'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior.',
    ['FROM'],
  ),
  create(context) {
    const file = context.file;
    return {
      end() {
        let scope: ReturnType<typeof globalScope> | undefined;
        for (const stage of file.stages) {
          const platform = fromParts(stage).platform;
          if (platform === undefined || !platform.includes('TARGETPLATFORM')) continue;
          scope ??= globalScope(file, context.settings.buildArgs ?? {});
          const e = expandWord(platform, scope.env, file.escape);
          if (e.matched.size !== 1 || !e.matched.has('TARGETPLATFORM') || e.unmatched.size > 0) continue;
          if (e.result !== scope.env.get('TARGETPLATFORM')) continue;
          const flag = stage.from.flags.find((f) => f.name === 'platform')!;
          // the flag and the space after it go
          const after = /^\s*/.exec(file.text.slice(flag.end))![0].length;
          context.report({
            at: stage.from,
            message: `Setting platform to predefined ${platform} in FROM is redundant as this is the default behavior`,
            fix: {
              description: 'Remove the --platform flag',
              edits: [{ start: flag.start, end: flag.end + after, text: '' }],
            },
          });
        }
      },
    };
  },
};
