import type { Rule } from '../types.js';
import { buildkitMeta } from './support/buildkit-meta.js';
import { expandWord } from '../../dockerfile/expand.js';
import { fromParts } from './support/stages.js';

const OSES = new Set([
  'linux',
  'windows',
  'darwin',
  'freebsd',
  'netbsd',
  'openbsd',
  'solaris',
  'illumos',
  'aix',
]);

/** BuildKit's FromPlatformFlagConstDisallowed: a constant `FROM --platform=linux/amd64` pins the stage to one
 *  platform whatever the build asks; allowed when the stage's name mentions that OS or architecture. */
export const FromPlatformFlagConstDisallowed: Rule = {
  meta: buildkitMeta(
    'FromPlatformFlagConstDisallowed',
    'reproducibility',
    false,
    'FROM --platform flag should not use a constant value.',
  ),
  create(context) {
    const file = context.file;
    return {
      end() {
        for (const stage of file.stages) {
          const platform = fromParts(stage).platform;
          if (platform === undefined) continue;
          const e = expandWord(platform, new Map(), file.escape);
          if (e.matched.size > 0 || e.unmatched.size > 0) continue;
          const parts = e.result.toLowerCase().split('/');
          if (parts.some((p) => !/^[a-z0-9_.-]+$/.test(p)) || parts.length > 3) continue;
          const os = OSES.has(parts[0]!) ? parts[0]! : 'linux';
          const arch = OSES.has(parts[0]!) ? (parts[1] ?? '') : parts[0]!;
          const name = stage.name ?? '';
          if (name.includes(os) || (arch !== '' && name.includes(arch))) continue;
          context.report({
            at: stage.from,
            message: `FROM --platform flag should not use constant value ${JSON.stringify(e.result)}`,
          });
        }
      },
    };
  },
};
