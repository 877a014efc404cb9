// Every path the run reads from the workspace, resolved once and confined to it. A pull request controls the
// files, and on a pull_request run the workflow too: `context: ../..` or a symbolic link to `/` would send the
// runner's other checkouts to the daemon (where `COPY . .` puts them into the image), and a Dockerfile or
// .dockerignore linked to a file outside would be quoted in the comment. Symbolic links are followed (realpath)
// before the check; a path that does not exist yet is judged by the nearest folder above it that does.
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { FileSystem } from '../adapters.js';
import { CONFIG_FILES } from '../lint/config.js';
import type { Inputs } from '../inputs.js';

/** A path input or workspace file that points outside the workspace. */
export class PathEscapeError extends Error {
  override name = 'PathEscapeError';
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** The path with every symbolic link resolved, also when its last parts do not exist. */
async function realPathOf(fs: FileSystem, path: string): Promise<string> {
  const tail: string[] = [];
  for (let probe = path; ; probe = dirname(probe)) {
    const real = await fs.realPath(probe);
    if (real !== null) return join(real, ...tail.reverse());
    if (dirname(probe) === probe) return path;
    tail.push(basename(probe));
  }
}

export interface ConfinedPath {
  /** `root` joined with the path inside it, symbolic links resolved (what builds and reads use). */
  path: string;
  /** The path relative to the workspace, `/`-separated, as reports show it ('.' for the root). */
  relative: string;
}

/**
 * Resolves `value` (relative to `root`, or absolute) and checks that it stays inside `root`. `what` names it in
 * the error: an input (`` `context` ``) or a file. Throws PathEscapeError with the given value, where it leads and
 * the workspace.
 */
export async function confinePath(
  fs: FileSystem,
  root: string,
  what: string,
  value: string,
): Promise<ConfinedPath> {
  const realRoot = await realPathOf(fs, resolve(root));
  const given = resolve(root, value);
  const real = await realPathOf(fs, given);
  if (!inside(realRoot, real)) {
    const via = real !== given ? ` (through a symbolic link, it is ${real})` : '';
    throw new PathEscapeError(
      `${what} ${JSON.stringify(value)} points outside the workspace ${root}${via}. ` +
        'Paths are relative to the workspace and must stay inside it; give a path inside the repository.',
    );
  }
  const rel = relative(realRoot, real);
  return { path: join(resolve(root), rel), relative: rel === '' ? '.' : rel.split(sep).join('/') };
}

/** How errors name the three paths: action inputs, or the CLI's options. */
export interface PathNames {
  dockerfile: string;
  context: string;
  config: string;
}

export const INPUT_PATH_NAMES: PathNames = {
  dockerfile: 'the `dockerfile` input',
  context: 'the `context` input',
  config: 'the `config` input',
};

export interface WorkspacePaths {
  dockerfile: ConfinedPath;
  context: ConfinedPath;
  /** The `config` input (it need not exist). */
  config: ConfinedPath;
}

/**
 * The Dockerfile, context and lint configuration of a run, confined to `root`, and the files the build or the
 * report read implicitly (`.dockerignore`, `<Dockerfile>.dockerignore`, the lint configuration files) checked
 * the same way when they exist.
 */
export async function workspacePaths(
  fs: FileSystem,
  root: string,
  inputs: Pick<Inputs, 'dockerfile' | 'context' | 'config'>,
  names: PathNames = INPUT_PATH_NAMES,
): Promise<WorkspacePaths> {
  const dockerfile = await confinePath(fs, root, names.dockerfile, inputs.dockerfile);
  const context = await confinePath(fs, root, names.context, inputs.context);
  const config = await confinePath(fs, root, names.config, inputs.config);
  const implicit = [
    join(context.relative, '.dockerignore'),
    `${dockerfile.relative}.dockerignore`,
    ...CONFIG_FILES,
  ];
  for (const file of implicit) {
    if (await fs.exists(join(root, file))) await confinePath(fs, root, 'the file', file);
  }
  return { dockerfile, context, config };
}
