// Which commit of a range grew the image, with real builds: each probed commit is built in a worktree the way
// the head is (src/compare/commit-build.ts) and measured through the layer store, then the commit found is
// compared with the commit before it to name the Dockerfile line of its largest new layer.
import type { Deps } from '../adapters.js';
import { buildCommit } from '../compare/commit-build.js';
import type { CommitSummary } from '../git.js';
import type { BuildOptions, ImageMeasurement, LayerMeasurement } from '../model.js';
import { findGrowth } from './search.js';

export type SizeMetric = 'uncompressed' | 'compressed';

export interface GrowthRequest {
  repo: string;
  /** The commit the range starts after (where the branch left its base). */
  base: string;
  /** The commits after `base`, oldest first, the head last. */
  commits: readonly CommitSummary[];
  build: BuildOptions;
  metric: SizeMetric;
  /** Most builds allowed (measurements in `known` cost none). */
  maxBuilds: number;
  /** Measurements the caller has already (the comparison's base and head), by commit SHA. */
  known?: ReadonlyMap<string, ImageMeasurement>;
  /** Image tags are `<prefix>-<short sha>`. */
  tagPrefix: string;
  tempDir: string;
}

/** The layer a commit added that the commit before it does not have, the largest one. */
export interface GrowthLayer {
  sizeBytes: number;
  line?: number;
  instruction?: string;
  createdBy: string;
}

export type GrowthReport =
  | {
      kind: 'found';
      /** The commit that grew the image, when the search narrowed it down to one. */
      commit?: CommitSummary;
      /** The commits the growth is in, oldest first (one, or more when the budget ran out). */
      range: CommitSummary[];
      /** The measured commit before the range. */
      before: string;
      bytes: number;
      /** The largest layer of the range's last commit that the commit before the range does not have. */
      layer?: GrowthLayer;
      builds: number;
      /** Why the search stopped before one commit, when it did. */
      stoppedBecause?: string;
    }
  | { kind: 'no-growth'; bytes: number; builds: number }
  | { kind: 'unknown'; reason: string; builds: number };

export function sizeOf(m: ImageMeasurement, metric: SizeMetric): number {
  return metric === 'compressed' ? m.compressedBytes : m.sizeBytes;
}

/** The largest layer of `after` that `before` does not have (layers are matched by content digest). */
export function largestNewLayer(
  after: ImageMeasurement,
  before: ImageMeasurement,
): LayerMeasurement | undefined {
  const old = new Map<string, number>();
  for (const l of before.layers) old.set(l.diffId, (old.get(l.diffId) ?? 0) + 1);
  let largest: LayerMeasurement | undefined;
  for (const l of after.layers) {
    const n = old.get(l.diffId) ?? 0;
    if (n > 0) {
      old.set(l.diffId, n - 1);
      continue;
    }
    if (largest === undefined || l.sizeBytes > largest.sizeBytes) largest = l;
  }
  return largest;
}

export async function findGrowthCommit(
  deps: Deps,
  request: GrowthRequest,
  /** The tags this search made are added here, for the caller to remove. */
  images: string[],
): Promise<GrowthReport> {
  const measured = new Map<string, ImageMeasurement>(request.known ?? []);
  let builds = 0;
  const measure = async (sha: string): Promise<number | null> => {
    builds += 1;
    const tag = `${request.tagPrefix}-${sha.slice(0, 12)}`;
    try {
      const built = await deps.log.group(`bisect: build ${sha.slice(0, 12)}`, () =>
        buildCommit(deps, { repo: request.repo, sha, build: request.build, tag, tempDir: request.tempDir }),
      );
      if (!built.ok) {
        deps.log.warning(`bisect: ${sha.slice(0, 12)} did not build: ${built.failure.message}`);
        return null;
      }
      images.push(built.build.tag);
      measured.set(sha, built.measurement);
      deps.log.info(`bisect: ${sha.slice(0, 12)} is ${built.measurement.sizeBytes} bytes uncompressed`);
      return sizeOf(built.measurement, request.metric);
    } catch (error: unknown) {
      const why = error instanceof Error ? error.message : String(error);
      deps.log.warning(`bisect: ${sha.slice(0, 12)} could not be built: ${why}`);
      return null;
    }
  };
  const known = new Map([...measured].map(([sha, m]) => [sha, sizeOf(m, request.metric)] as const));
  const result = await findGrowth({
    base: request.base,
    commits: request.commits.map((c) => c.sha),
    measure,
    maxMeasurements: request.maxBuilds,
    known,
  });
  if (result.kind === 'no-growth') return { kind: 'no-growth', bytes: result.bytes, builds };
  if (result.kind === 'unknown') return { kind: 'unknown', reason: result.reason, builds };
  const bySha = new Map(request.commits.map((c) => [c.sha, c] as const));
  const range = result.range.map((sha) => bySha.get(sha)!);
  const after = measured.get(result.range[result.range.length - 1]!);
  const before = measured.get(result.before);
  const layer = after && before ? largestNewLayer(after, before) : undefined;
  const stoppedBecause =
    result.unmeasurable !== undefined
      ? `${result.unmeasurable.slice(0, 12)} did not build`
      : result.narrowed
        ? `the build budget (${request.maxBuilds}) ran out`
        : undefined;
  return {
    kind: 'found',
    ...(range.length === 1 ? { commit: range[0]! } : {}),
    range,
    before: result.before,
    bytes: result.bytes,
    ...(layer
      ? {
          layer: {
            sizeBytes: layer.sizeBytes,
            createdBy: layer.createdBy,
            ...(layer.line !== undefined ? { line: layer.line } : {}),
            ...(layer.instruction !== undefined ? { instruction: layer.instruction } : {}),
          },
        }
      : {}),
    builds,
    ...(stoppedBecause !== undefined ? { stoppedBecause } : {}),
  };
}
