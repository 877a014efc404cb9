// The real adapters: Docker CLI, GitHub REST (Octokit at GITHUB_API_URL), git, the filesystem, the clock, the
// Actions log and cache. Everything else in the project receives these through a Deps object.
import * as cache from '@actions/cache';
import * as core from '@actions/core';
import { cp, mkdir, mkdtemp, readdir, readFile, realpath, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { Clock, Deps, FileSystem, LayerCache, Log, MeasureImage, ReportCache } from './adapters.js';
import { createDocker } from './docker/cli.js';
import type { Docker } from './docker/types.js';
import { createGit } from './git.js';
import { createGitHubApi } from './github/octokit.js';
import { stageLineage, targetStage } from './dockerfile/parse.js';
import type { ParsedDockerfile } from './dockerfile/types.js';
import { processShellcheckRunner } from './lint/shellcheck.js';
import { DirectoryStore, type LayerStore } from './measure/layer-store.js';
import { patternLines } from './optimize/dockerignore.js';
import { ignoreMatcher } from './optimize/ignore-matcher.js';
import { ImageMeasurer } from './measure/measure.js';

/** Above this many entries a context listing stops: the exact `.dockerignore` check then reasons on patterns. */
const MAX_CONTEXT_ENTRIES = 200_000;

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
  listEntries: (dir) => readdir(dir),
  async listContext(dir, dontEnter = ['.git']) {
    const out: string[] = [];
    const walk = async (abs: string, rel: string): Promise<void> => {
      const entries = await readdir(abs, { withFileTypes: true });
      for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (out.length >= MAX_CONTEXT_ENTRIES) return;
        const r = rel === '' ? e.name : `${rel}/${e.name}`;
        out.push(r);
        if (e.isDirectory() && !dontEnter.includes(r)) await walk(join(abs, e.name), r);
      }
    };
    await walk(dir, '');
    return out;
  },
  async copyContext(from, to, ignoreLines) {
    const lines = patternLines(ignoreLines);
    const ignored = ignoreMatcher(lines);
    // with a negation, an excluded folder may still hold included files: then copy everything
    const negations = lines.some((l) => l.startsWith('!'));
    await cp(from, to, {
      recursive: true,
      verbatimSymlinks: true,
      preserveTimestamps: true,
      filter: (src) => {
        const rel = relative(from, src).split(sep).join('/');
        if (rel === '') return true;
        // Docker applies the ignore file again when it reads the copy, so copying too much is harmless
        return negations || !ignored.ignores(rel);
      },
    });
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

/** The CLI's layer store: a directory (XDG cache by default) that outlives the run; nothing to restore or save. */
export function directoryLayerCache(dir: string, log?: Log): LayerCache {
  return {
    store: new DirectoryStore(dir, {
      onInvalid: (key, reason) => log?.debug(`layer store: ${key}: ${reason}; measuring it again`),
    }),
    restore: () => Promise.resolve(),
    save: () => Promise.resolve(),
  };
}

/** What the action keeps in the Actions cache: layer measurements are small, a few hundred kB per image. */
const ACTIONS_STORE_CAP = 256 * 1024 * 1024;

/**
 * The action's layer store: a directory under RUNNER_TEMP, restored from the Actions cache before measuring and
 * saved after. Cache entries cannot be overwritten, so each run saves under its own key and restores the newest
 * entry with the shared prefix: a pull request finds its own earlier runs' first, then its base branch's (GitHub
 * lets a pull request read the caches of its base and default branch).
 */
export function actionsLayerCache(
  tempDir: string,
  env: Record<string, string | undefined>,
  log: Log,
): LayerCache {
  const dir = join(tempDir, 'image-budget-layers');
  const prefix = `image-budget-layers-v1-${env['RUNNER_OS'] ?? 'os'}-${env['RUNNER_ARCH'] ?? 'arch'}-`;
  const key = `${prefix}${env['GITHUB_RUN_ID'] ?? Date.now()}-${env['GITHUB_RUN_ATTEMPT'] ?? '1'}-${env['GITHUB_JOB'] ?? ''}`;
  const store = new DirectoryStore(dir, {
    maxBytes: ACTIONS_STORE_CAP,
    onInvalid: (k, reason) => log.debug(`layer store: ${k}: ${reason}; measuring it again`),
  });
  let restoredKey: string | undefined;
  return {
    store,
    async restore() {
      if (!cache.isFeatureAvailable()) return;
      try {
        restoredKey = await cache.restoreCache([dir], key, [prefix]);
        log.debug(`layer store: ${restoredKey ? `restored ${restoredKey}` : 'nothing to restore'}`);
      } catch (error: unknown) {
        // a missing store only costs measuring the layers again
        log.debug(`layer store: restore failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    async save() {
      if (!cache.isFeatureAvailable() || store.stats.written === 0) return;
      try {
        await store.prune();
        await cache.saveCache([dir], key);
      } catch (error: unknown) {
        log.debug(`layer store: save failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}

export const noCache: ReportCache = { restore: async () => null, save: async () => undefined };

/** The measuring adapter of one run, and the Docker adapter whose builds it waits for (see ImageMeasurer.hold). */
export function measureWith(docker: Docker, store?: LayerStore): { measure: MeasureImage; docker: Docker } {
  // the images of one run (head, with fixes, base branch) mostly share their base layers: count each once
  const pullSizes = new Map<string, number>();
  const measurer = new ImageMeasurer(docker);
  const measure: MeasureImage = (image, dockerfile, target) => {
    return measurer.measure(image, {
      dockerfile,
      pullSizes,
      ...(store ? { store } : {}),
      ...(target !== undefined ? { target } : {}),
      ...(baseImageOf(dockerfile, target) ? { baseImage: baseImageOf(dockerfile, target)! } : {}),
    });
  };
  // an image being built will be measured next: a save that could carry it too waits a moment for it
  const building: Docker = {
    ...docker,
    build: async (options) => {
      const release = measurer.hold();
      try {
        return await docker.build(options);
      } finally {
        release();
      }
    },
  };
  return { measure, docker: building };
}

/** The external image the built stage starts from (following `FROM <stage>` chains), when there is one. */
function baseImageOf(parsed: ParsedDockerfile, target?: string): string | undefined {
  const image = stageLineage(parsed, targetStage(parsed, target)).at(-1)?.resolvedImage;
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
  /** Where layer measurements are kept across runs (none: every layer is read every time). */
  layers?: LayerCache;
}

export function createDeps(options: DepsOptions): Deps {
  const { docker, measure } = measureWith(
    createDocker({
      ...(options.dockerClient ? { client: options.dockerClient } : {}),
      debug: options.log.debug,
    }),
    options.layers?.store,
  );
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
    measure,
    ...(options.layers ? { layers: options.layers } : {}),
    shellcheck: processShellcheckRunner(),
  };
}
