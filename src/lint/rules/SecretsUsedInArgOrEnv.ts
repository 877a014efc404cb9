import type { Rule } from '../types.js';
import { buildkitMeta } from './support/buildkit-meta.js';
import { keyValues } from '../../dockerfile/scope.js';

// a secret word as the whole name, or its first or last `_`-separated part; a public, file or version part clears it
const SECRET = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const ALLOWED = /(?:_|^)(?:public|file|version)(?:_|$)/i;

/** BuildKit's SecretsUsedInArgOrEnv: ARG and ENV values end up in the image's history and config; secrets belong
 *  in `RUN --mount=type=secret`. ARGs before the first FROM are not checked (they are no stage's). */
export const SecretsUsedInArgOrEnv: Rule = {
  meta: buildkitMeta(
    'SecretsUsedInArgOrEnv',
    'security',
    false,
    'Sensitive data should not be used in the ARG or ENV commands.',
    ['ARG', 'ENV'],
  ),
  create(context) {
    return {
      instruction(ins) {
        if (ins.onbuild || ins.stage < 0) return;
        for (const {
          raw: { key },
        } of keyValues(ins).pairs) {
          if (!SECRET.test(key) || ALLOWED.test(key)) continue;
          context.report({
            at: ins,
            message: `Do not use ARG or ENV instructions for sensitive data (${ins.keyword} ${JSON.stringify(key)})`,
          });
        }
      },
    };
  },
};
