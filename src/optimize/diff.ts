// Unified diff of the Dockerfile (and `.dockerignore`) changes, as `git diff` prints them, so a reviewer can
// read or `git apply` the optimizer's proposal.
import { createTwoFilesPatch } from 'diff';

/** A unified diff from `a/<file>` to `b/<file>` (from `/dev/null` when `before` is null); empty when equal. */
export function unifiedDiff(file: string, before: string | null, after: string, context = 3): string {
  if (before === after) return '';
  const name = file
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '');
  const from = before === null ? '/dev/null' : `a/${name}`;
  const patch = createTwoFilesPatch(from, `b/${name}`, before ?? '', after, undefined, undefined, {
    context,
  });
  // the library opens with a separator line; git's format starts at the `---` header
  return patch.slice(patch.indexOf('--- '));
}
