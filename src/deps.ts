// The real adapters: Docker CLI, GitHub REST (Octokit at GITHUB_API_URL), git, the filesystem, the clock, the
// Actions log and cache. Everything else in the project receives these through a Deps object.
import * as cache from '@actions/cache';
import * as core from '@actions/core';
import { mkdir, mkdtemp, readdir, readFile, realpath, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Clock, Deps, FileSystem, Log, MeasureImage, ReportCache } from './adapters.js';
import { createDocker } from './docker/cli.js';
import type { Docker } from './docker/types.js';
import { createGit } from './git.js';
import { createGitHubApi } from './github/octokit.js';
import { parseDockerfile } from './lint/parse.js';
import { processShellcheckRunner } from './lint/shellcheck.js';
import { measureImage } from './measure/measure.js';

export const realFileSystem: FileSystem = {
  readFile: (path) => readFile(path, 'utf8'),
  async readFileOrNull(path) {
    try {
      return await readFile(path, 'utf8');
    } catch (error: unknown) {
      if (
        (error as NodeJS.ErrnoException).code === 'ENOENT' ||
        (error as NodeJS.ErrnoException).code === 'ENOTDIR'
      )
        return null;
      throw error;
    }
  },
  async writeFile(path, text) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  },
  exists: (path) =>
    stat(path).then(
      () => true,
      () => false,
    ),
  realPath: (path) => realpath(path).catch(() => null),
  async makeTempDir(parent, prefix) {
    await mkdir(parent, { recursive: true });
    return mkdtemp(join(parent, prefix));
  },
  remove: (path) => rm(path, { recursive: true, force: true }),
  async listFiles(dir) {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile() || e.isSymbolicLink())
      .map((e) =>
        join(e.parentPath, e.name)
          .slice(dir.length + 1)
          .split('\\')
          .join('/'),
      )
      .filter((p) => p !== '.git' && !p.startsWith('.git/'));
  },
};

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000)),
};

/** The Actions log: annotations become workflow commands GitHub shows on the file's line. */
export const actionsLog: Log = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  notice: (m, where) => core.notice(m, where),
  warning: (m, where) => core.warning(m, where),
  error: (m, where) => core.error(m, where),
  group: (title, fn) => core.group(title, fn),
};

/** A terminal log for the CLI: progress on stderr, so stdout carries only the report. */
export function stderrLog(verbose = false): Log {
  const where = (w?: { file?: string; startLine?: number }) =>
    w?.file ? `${w.file}${w.startLine ? `:${w.startLine}` : ''}: ` : '';
  return {
    debug: (m) => {
      if (verbose) process.stderr.write(`  ${m}\n`);
    },
    info: (m) => process.stderr.write(`${m}\n`),
    notice: (m, w) => process.stderr.write(`note: ${where(w)}${m}\n`),
    warning: (m, w) => process.stderr.write(`warning: ${where(w)}${m}\n`),
    error: (m, w) => process.stderr.write(`error: ${where(w)}${m}\n`),
    group: async (title, fn) => {
      process.stderr.write(`▸ ${title}\n`);
      return fn();
    },
  };
}

/** The Actions cache, holding one small JSON file per key. Absent outside a runner: every restore misses. */
export function actionsCache(tempDir: string): ReportCache {
  return {
    async restore(key) {
      if (!cache.isFeatureAvailable()) return null;
      const dir = join(tempDir, 'image-budget-cache', key);
      const hit = await cache.restoreCache([dir], key);
      if (hit === undefined) return null;
      return realFileSystem.readFileOrNull(join(dir, 'report.json'));
    },
    async save(key, text) {
      if (!cache.isFeatureAvailable()) return;
      const dir = join(tempDir, 'image-budget-cache', key);
      await realFileSystem.writeFile(join(dir, 'report.json'), text);
      await cache.saveCache([dir], key);
    },
  };
}

export const noCache: ReportCache = { restore: async () => null, save: async () => undefined };

export function measureWith(docker: Docker): MeasureImage {
  // the images of one run (head, with fixes, base branch) mostly share their base layers: count each once
  const pullSizes = new Map<string, number>();
  return (image, dockerfileText, target) => {
    const dockerfile = parseDockerfile(dockerfileText);
    return measureImage(docker, image, {
      dockerfile,
      pullSizes,
      ...(target !== undefined ? { target } : {}),
      ...(baseImageOf(dockerfile, target) ? { baseImage: baseImageOf(dockerfile, target)! } : {}),
    });
  };
}

/** The external image the built stage starts from (following `FROM <stage>` chains), when there is one. */
function baseImageOf(parsed: ReturnType<typeof parseDockerfile>, target?: string): string | undefined {
  const stages = parsed.stages;
  let stage = target === undefined ? stages.at(-1) : stages.find((s) => s.name === target.toLowerCase());
  for (let hops = 0; stage?.fromStage && hops < stages.length; hops++) {
    const parent = stage.resolvedImage.toLowerCase();
    stage = stages.find((s) => s.name === parent || String(s.index) === parent);
  }
  const image = stage?.resolvedImage;
  return image && image.toLowerCase() !== 'scratch' && !image.includes('$') ? image : undefined;
}

export interface DepsOptions {
  env: Record<string, string | undefined>;
  /** GitHub API root; GITHUB_API_URL on a runner. */
  apiUrl: string;
  owner: string;
  repo: string;
  log: Log;
  cache: ReportCache;
  /** Docker client binary (default `docker` from PATH). */
  dockerClient?: string;
}

export function createDeps(options: DepsOptions): Deps {
  const docker = createDocker({
    ...(options.dockerClient ? { client: options.dockerClient } : {}),
    debug: options.log.debug,
  });
  return {
    docker,
    github: (token, limits) =>
      createGitHubApi({
        token,
        ...(limits?.timeoutSeconds !== undefined
          ? { timeoutSeconds: limits.timeoutSeconds, budgetSeconds: 3 * limits.timeoutSeconds }
          : {}),
        baseUrl: options.apiUrl,
        owner: options.owner,
        repo: options.repo,
        sleep: realClock.sleep,
        nowSeconds: () => Math.floor(Date.now() / 1000),
      }),
    fs: realFileSystem,
    git: createGit(),
    clock: realClock,
    log: options.log,
    cache: options.cache,
    measure: measureWith(docker),
    shellcheck: processShellcheckRunner(),
  };
}
