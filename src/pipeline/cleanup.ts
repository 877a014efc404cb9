// What a run leaves on the Docker host, taken away at its end (success or failure). Found by measuring a failed
// classic build here: the failing step's exited container (gone with `--force-rm`, see src/docker/build.ts) and
// the intermediate images of the steps before it. Those intermediate images ARE the classic builder's cache (a
// second run of the same commit reuses them), as are the layers under the tagged images, so the run's tags are
// removed with `--no-prune`; BuildKit keeps its cache in its own store, which `docker image rm` never touches.
import type { Docker } from '../docker/types.js';

/**
 * Removes containers still running or stopped from the run's images (a smoke test that timed out keeps its
 * container, and the action's process would wait for it), then the run's tags. Returns what it could not remove.
 */
export async function removeRunImages(docker: Docker, tags: readonly string[]): Promise<string[]> {
  const failed: string[] = [];
  if (tags.length === 0) return failed;
  const containersOf = (names: readonly string[]): Promise<string> =>
    docker
      .run(['ps', '--all', '--quiet', '--no-trunc', ...names.flatMap((n) => ['--filter', `ancestor=${n}`])])
      .then((r) => r.stdout);
  // one listing for all the tags (filters of one key are alternatives); an image already gone fails the whole
  // listing, so then each tag is asked alone (no container can use a missing image)
  const listing = await containersOf(tags).catch(async () =>
    (await Promise.all(tags.map((tag) => containersOf([tag]).catch(() => '')))).join('\n'),
  );
  const ids = [...new Set(listing.split('\n').map((id) => id.trim()))].filter((id) => /^[0-9a-f]+$/.test(id));
  if (ids.length > 0) await docker.run(['rm', '--force', '--volumes', ...ids]).catch(() => undefined);
  try {
    await docker.run(['image', 'rm', '--force', '--no-prune', ...tags]);
  } catch {
    // one missing tag fails the whole command: remove one at a time to find what is left
    for (const tag of tags) {
      if (!(await docker.imageExists(tag))) continue;
      await docker.run(['image', 'rm', '--force', '--no-prune', tag]).catch(() => failed.push(tag));
    }
  }
  return failed;
}
