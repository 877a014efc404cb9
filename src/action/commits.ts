// Which commits a run measures, and the log lines that say so.
import type { Deps } from '../adapters.js';
import type { RunnerContext } from '../github/context.js';
import type { Inputs } from '../inputs.js';

/** Which commits are measured: the workspace checkout (on pull_request GitHub's merge commit) against the base. */
export function measuredCommits(
  deps: Deps,
  context: RunnerContext,
  inputs: Inputs,
): { baseRef?: string; noBaseReason?: string } {
  const pr = context.pullRequest;
  const baseRef = inputs.baseRef ?? (pr?.baseSha || undefined);
  const head = context.sha ? context.sha.slice(0, 12) : 'the workspace';
  if (pr !== undefined) {
    deps.log.info(
      `measuring head ${head} (pull request #${pr.number}, branch tip ${pr.headSha.slice(0, 12)}) ` +
        `against base ${baseRef ?? '(none)'}`,
    );
  } else {
    deps.log.info(`measuring ${head} (${context.eventName || 'local'} run) against ${baseRef ?? 'no base'}`);
  }
  if (baseRef !== undefined && (baseRef === context.sha || baseRef === pr?.headSha)) {
    deps.log.warning(
      `head and base are the same commit (${baseRef.slice(0, 12)}): the comparison shows no change. ` +
        'Check out the pull request head, or set base-ref.',
    );
  }
  if (baseRef !== undefined) return { baseRef };
  return {
    noBaseReason: `a ${context.eventName || 'local'} run has no base commit (set \`base-ref\` to compare)`,
  };
}
