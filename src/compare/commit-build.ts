// One commit built and measured the way the head is: checked out in a temporary worktree, the same Dockerfile
// and context paths inside it, the same build options, measured through the run's layer store (so commits that
// share layers cost one read of each). The base of a comparison and the commits a growth search probes use it.
import { isAbsolute, join, relative } from 'node:path';
import type { Deps } from '../adapters.js';
import { parseDockerfile } from '../dockerfile/parse.js';
import type { ParsedDockerfile } from '../dockerfile/types.js';
import type { BuildFailure, BuildOptions, BuildResult, ImageMeasurement } from '../model.js';

export interface CommitBuildRequest {
  /** The repository root. */
  repo: string;
  sha: string;
  /** Build options of the head build; dockerfile and context are paths inside `repo`. */
  build: BuildOptions;
  tag: string;
  /** Where the temporary worktree goes. */
  tempDir: string;
}

export type CommitBuild =
  | { ok: true; build: BuildResult; parsed: ParsedDockerfile; measurement: ImageMeasurement }
  | { ok: false; failure: BuildFailure };

/** A path of the head build as a path inside the repository (what it is in every commit). */
export function inRepo(repo: string, path: string): string {
  return isAbsolute(path) ? relative(repo, path) || '.' : path;
}

/** Builds `sha` in a worktree and measures the image; the worktree is removed, the image tag is left. Throws
 *  when the worktree or the Dockerfile cannot be read (the caller says what that means for it). */
export async function buildCommit(deps: Deps, request: CommitBuildRequest): Promise<CommitBuild> {
  const dockerfile = inRepo(request.repo, request.build.dockerfile);
  const worktree = await deps.git.addWorktree(request.repo, request.sha, request.tempDir);
  try {
    const dockerfilePath = join(worktree, dockerfile);
    const context = join(worktree, inRepo(request.repo, request.build.context));
    const parsed = parseDockerfile(await deps.fs.readFile(dockerfilePath), dockerfile);
    const build = await deps.docker.build({
      ...request.build,
      dockerfile: dockerfilePath,
      context,
      tag: request.tag,
    });
    if (!build.ok) return { ok: false, failure: build };
    const measurement = await deps.measure(build.tag, parsed, request.build.target);
    return { ok: true, build, parsed, measurement };
  } finally {
    await deps.git.removeWorktree(request.repo, worktree).catch((error: unknown) => {
      const why = error instanceof Error ? error.message : String(error);
      deps.log.warning(`could not remove the worktree ${worktree}: ${why}`);
    });
  }
}
