// The default branch's numbers, kept in the Actions cache for later pull requests.
import type { Deps } from '../adapters.js';
import { saveBaseline } from '../compare/baseline.js';
import type { RunnerContext } from '../github/context.js';
import type { Inputs } from '../inputs.js';
import type { PipelineSuccess } from '../pipeline/run.js';
import { describeError } from './errors.js';

/** On a push to the default branch, later pull requests can restore this commit's numbers (`baseline: auto|cache`). */
export async function storeBaselineOnDefaultBranch(
  deps: Deps,
  context: RunnerContext,
  inputs: Inputs,
  result: PipelineSuccess,
): Promise<void> {
  const onDefault =
    context.defaultBranch !== undefined && context.ref === `refs/heads/${context.defaultBranch}`;
  if (context.eventName !== 'push' || !onDefault || !context.sha) return;
  if (inputs.baseline !== 'auto' && inputs.baseline !== 'cache') return;
  try {
    const key = await saveBaseline(
      deps,
      {
        sha: context.sha,
        source: 'build',
        measurement: result.head,
        findings: result.findings,
        buildSeconds: result.headBuild.seconds,
      },
      result.buildOptions,
      context.workspace,
    );
    deps.log.info(`stored this commit's numbers in the Actions cache (${key})`);
  } catch (error: unknown) {
    deps.log.warning(`could not store the baseline in the Actions cache: ${describeError(error)}`);
  }
}
