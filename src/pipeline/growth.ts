// After the verdict: when the growth went past `max-increase` or `warn-increase` and the range has several
// commits, find the one that added the most bytes (src/bisect/growth.ts), within `bisect-max-builds` builds. The
// comparison's base and head count as measured when they are the range's ends. A search that cannot run (history
// missing, git failing) is a warning: the verdict stands without it.
import type { Deps } from '../adapters.js';
import { findGrowthCommit, type GrowthReport } from '../bisect/growth.js';
import type { Inputs } from '../inputs.js';
import type { ImageMeasurement } from '../model.js';
import type { Verdict } from '../verdict/types.js';
import type { PipelineSuccess } from './run.js';

/** How far back a depth-1 checkout is deepened to find where the branch left its base. */
const HISTORY_DEPTH = 200;

export interface GrowthSearchRequest {
  inputs: Inputs;
  repo: string;
  result: PipelineSuccess;
  /** The last commit of the range (a pull request's branch tip, or HEAD). */
  headSha: string;
  /** The measured head is exactly `headSha`'s tree (not a merge commit, not a changed working tree). */
  headIsCommit: boolean;
  tagPrefix: string;
  tempDir: string;
}

/** A growth limit (fail or warn) was exceeded. */
export function growthLimitExceeded(verdict: Verdict): boolean {
  return verdict.reasons.some(
    (r) => (r.kind === 'max-increase' || r.kind === 'warn-increase') && r.level !== 'info',
  );
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function explainGrowth(
  deps: Deps,
  request: GrowthSearchRequest,
  images: string[],
): Promise<GrowthReport | undefined> {
  const { inputs, result, repo, headSha } = request;
  if (inputs.bisectMaxBuilds === 0 || !growthLimitExceeded(result.verdict)) return undefined;
  const baseline = result.baseline;
  if (!baseline.available || headSha === '') return undefined;
  try {
    let start = await deps.git.mergeBase(repo, baseline.sha, headSha);
    if (start === null) {
      // a depth-1 checkout (actions/checkout's default) has neither commit's history
      await deps.git.fetchHistory(repo, [baseline.sha, headSha], HISTORY_DEPTH);
      start = await deps.git.mergeBase(repo, baseline.sha, headSha);
    }
    if (start === null) {
      deps.log.warning(
        `which commit grew the image is not searched: ${baseline.sha.slice(0, 12)} and ${headSha.slice(0, 12)} ` +
          `share no commit in the last ${HISTORY_DEPTH} (fetch more history with actions/checkout's fetch-depth: 0)`,
      );
      return undefined;
    }
    const commits = await deps.git.firstParentCommits(repo, start, headSha);
    if (commits.length < 2) return undefined;
    const known = new Map<string, ImageMeasurement>();
    if (start === baseline.sha) known.set(start, baseline.measurement);
    if (request.headIsCommit) known.set(headSha, result.head);
    return await deps.log.group(`which of ${commits.length} commits grew the image`, () =>
      findGrowthCommit(
        deps,
        {
          repo,
          base: start,
          commits,
          build: result.buildOptions,
          metric: inputs.sizeMetric,
          maxBuilds: inputs.bisectMaxBuilds,
          known,
          tagPrefix: request.tagPrefix,
          tempDir: request.tempDir,
        },
        images,
      ),
    );
  } catch (error: unknown) {
    deps.log.warning(`which commit grew the image is not known: ${message(error)}`);
    return undefined;
  }
}
