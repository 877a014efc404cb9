// The base side of the comparison: the base commit built the same way as the head, in a temporary worktree, or
// its JSON report restored from the cache. Anything that stops us from getting it becomes "no baseline" with the
// reason, never a failure: a broken base must not wedge every pull request.
import { createHash } from 'node:crypto';
import type { Deps } from '../adapters.js';
import type { ParsedDockerfile } from '../dockerfile/types.js';
import type { BaselineMode } from '../inputs.js';
import type { Linter } from '../lint/linter.js';
import type { BuildOptions, Finding, ImageMeasurement } from '../model.js';
import { buildCommit, inRepo } from './commit-build.js';

export interface BaselineRequest {
  mode: BaselineMode;
  /** The repository root (the workspace). */
  repo: string;
  /** Base commit SHA or ref. */
  ref: string;
  /** Build options of the head build; dockerfile and context are paths inside `repo`. */
  build: BuildOptions;
  /** Tag for the base image. */
  tag: string;
  /** Where the temporary worktree goes. */
  tempDir: string;
  /** The run's Linter, for the base Dockerfile (to tell new findings from old ones); omitted when lint is off. */
  linter?: Linter;
}

export interface BaseReport {
  sha: string;
  source: 'build' | 'cache';
  measurement: ImageMeasurement;
  /** Base lint findings; null when unknown. */
  findings: Finding[] | null;
  buildSeconds?: number;
  /** Whether the base build hit the builder cache (for a like-with-like build time comparison). */
  cachedSteps?: number;
  totalSteps?: number;
}

export type BaselineResult =
  | ({ available: true; image?: string } & BaseReport)
  | {
      available: false;
      reason: string;
      sha?: string;
      /** The base should have been measured and was not (fetch or build failed, cache miss in `cache` mode):
       *  a degradation the run warns about, unlike a base that has no Dockerfile or `baseline: none`. */
      failed?: true;
    };

/** What the cache stores per base commit: the base side of a report. */
export interface CachedBaseline {
  version: 1;
  key: string;
  report: BaseReport;
}

/** Cache key of a commit's report: the commit plus what was built (Dockerfile, target, platform, build args). */
export function baselineCacheKey(
  sha: string,
  build: Pick<BuildOptions, 'dockerfile' | 'target' | 'platform' | 'buildArgs'>,
): string {
  const what = JSON.stringify([
    build.dockerfile,
    build.target ?? '',
    build.platform ?? '',
    build.buildArgs ?? {},
  ]);
  return `image-budget-v1-${sha}-${createHash('sha256').update(what).digest('hex').slice(0, 16)}`;
}

async function resolveBase(deps: Deps, repo: string, ref: string): Promise<string | { reason: string }> {
  const have = await deps.git.resolve(repo, ref);
  if (have !== null) return have;
  try {
    await deps.git.fetch(repo, ref);
  } catch (error: unknown) {
    return {
      reason: `the base commit ${ref} is not in the checkout and fetching it failed: ${message(error)}`,
    };
  }
  return (
    (await deps.git.resolve(repo, ref)) ?? {
      reason: `the base commit ${ref} could not be found after fetching it`,
    }
  );
}

export async function getBaseline(deps: Deps, request: BaselineRequest): Promise<BaselineResult> {
  if (request.mode === 'none') return { available: false, reason: 'baseline is off (`baseline: none`)' };
  const resolved = await resolveBase(deps, request.repo, request.ref);
  if (typeof resolved !== 'string') return { available: false, failed: true, reason: resolved.reason };
  const sha = resolved;
  const dockerfile = inRepo(request.repo, request.build.dockerfile);
  const key = baselineCacheKey(sha, { ...request.build, dockerfile });

  if (request.mode === 'cache' || request.mode === 'auto') {
    const cached = await restoreCached(deps, key);
    if (cached !== null) return { available: true, ...cached, source: 'cache' };
    if (request.mode === 'cache') {
      return {
        available: false,
        failed: true,
        sha,
        reason: `no cached report for the base commit ${sha.slice(0, 12)} (a run on the default branch stores one)`,
      };
    }
  }
  if (!(await deps.git.exists(request.repo, sha, dockerfile))) {
    return { available: false, sha, reason: `the base commit ${sha.slice(0, 12)} has no ${dockerfile}` };
  }
  return buildBase(deps, request, sha, dockerfile);
}

async function buildBase(
  deps: Deps,
  request: BaselineRequest,
  sha: string,
  dockerfile: string,
): Promise<BaselineResult> {
  try {
    const built = await buildCommit(deps, { ...request, sha });
    if (!built.ok) {
      const where = built.failure.step ? ` at ${built.failure.step}` : '';
      return {
        available: false,
        failed: true,
        sha,
        reason: `the base build failed${where}: ${built.failure.message}`,
      };
    }
    const { build: result, parsed, measurement } = built;
    const report: BaseReport = {
      sha,
      source: 'build',
      measurement,
      findings: await baseFindings(request, parsed, dockerfile),
      buildSeconds: result.seconds,
    };
    if (result.cachedSteps !== undefined) report.cachedSteps = result.cachedSteps;
    if (result.totalSteps !== undefined) report.totalSteps = result.totalSteps;
    return { available: true, image: result.tag, ...report };
  } catch (error: unknown) {
    return { available: false, failed: true, sha, reason: `the base could not be built: ${message(error)}` };
  }
}

/** The base Dockerfile's findings, linted with the run's Linter; null when lint is off. */
export async function baseFindings(
  request: Pick<BaselineRequest, 'linter'>,
  dockerfile: ParsedDockerfile | string,
  file: string,
): Promise<Finding[] | null> {
  return request.linter ? request.linter.lint(dockerfile, file) : null;
}

async function restoreCached(deps: Deps, key: string): Promise<BaseReport | null> {
  let text: string | null;
  try {
    text = await deps.cache.restore(key);
  } catch (error: unknown) {
    deps.log.warning(`the baseline cache could not be read (${message(error)}); building the base instead`);
    return null;
  }
  if (text === null) return null;
  try {
    const cached = JSON.parse(text) as CachedBaseline;
    if (
      cached.version !== 1 ||
      cached.key !== key ||
      typeof cached.report?.measurement?.sizeBytes !== 'number'
    )
      return null;
    return cached.report;
  } catch {
    return null;
  }
}

/** Stores a commit's report for later pull requests (runs on pushes to the default branch). */
export async function saveBaseline(
  deps: Deps,
  report: BaseReport,
  build: BuildOptions,
  repo: string,
): Promise<string> {
  const key = baselineCacheKey(report.sha, { ...build, dockerfile: inRepo(repo, build.dockerfile) });
  const { sha, measurement, findings, buildSeconds, cachedSteps, totalSteps } = report;
  const stored: BaseReport = { sha, source: 'cache', measurement, findings };
  if (buildSeconds !== undefined) stored.buildSeconds = buildSeconds;
  if (cachedSteps !== undefined) stored.cachedSteps = cachedSteps;
  if (totalSteps !== undefined) stored.totalSteps = totalSteps;
  const cached: CachedBaseline = { version: 1, key, report: stored };
  await deps.cache.save(key, JSON.stringify(cached));
  return key;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
