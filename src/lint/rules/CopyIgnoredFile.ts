import { posix } from 'node:path';
import type { Rule } from '../types.js';
import { ignoreMatcher } from '../../optimize/ignore-matcher.js';
import { buildkitMeta } from './support/buildkit-meta.js';
import { copyArgs } from './support/copy-args.js';

/** BuildKit's CopyIgnoredFile: a COPY/ADD source from the context that `.dockerignore` leaves out is not there
 *  at build time. Off when the `.dockerignore` has `!` exceptions (what they let back in is not decidable from the
 *  patterns), as in BuildKit; the context root (`.`) counts only under a pattern that excludes everything. */
export const CopyIgnoredFile: Rule = {
  meta: buildkitMeta(
    'CopyIgnoredFile',
    'correctness',
    false,
    'Attempting to Copy file that is excluded by .dockerignore.',
    ['COPY', 'ADD'],
  ),
  create(context) {
    const lines = context.settings.dockerignore;
    const patterns = (lines ?? []).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
    const off = lines === null || patterns.length === 0 || patterns.some((p) => p.startsWith('!'));
    const matcher = off ? undefined : ignoreMatcher(patterns);
    const rootIgnored = patterns.some((p) => ['*', '**', '**/*'].includes(p.replace(/^\/+/, '')));
    return {
      instruction(ins) {
        if (!matcher || ins.onbuild || ins.flags.some((f) => f.name === 'from')) return;
        const cmd = ins.keyword === 'ADD' ? 'Add' : 'Copy';
        for (const source of copyArgs(ins).sources) {
          const raw = source.value;
          if (raw.includes('$') || /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) || raw.startsWith('git@')) continue;
          const clean = posix.normalize(raw.replace(/\\/g, '/')).replace(/(.)\/+$/, '$1');
          const root = clean === '.' || clean === './' || clean === '/';
          const relative = clean.replace(/^\/+/, '').replace(/^\.\//, '');
          const ignored = root ? rootIgnored : relative !== '' && matcher.ignores(relative);
          if (!ignored) continue;
          context.report({
            at: ins,
            message: `Attempting to ${cmd} file ${JSON.stringify(root ? clean.replace(/\/$/, '') || '/' : clean)} that is excluded by .dockerignore`,
          });
        }
      },
    };
  },
};
