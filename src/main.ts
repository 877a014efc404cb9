// The action, as a table of contents: inputs → lint → optimize → build → measure → compare → report → verdict.
// Every adapter comes in through `deps` and `io`, so the same code runs on a runner and in the end-to-end tests.
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import type { Deps } from './adapters.js';
import { storeBaselineOnDefaultBranch } from './action/baseline-store.js';
import { reportBuildFailure } from './action/build-failure.js';
import { measuredCommits } from './action/commits.js';
import { describeError, isUserError } from './action/errors.js';
import type { ActionIO } from './action/io.js';
import { publishReports } from './action/publish.js';
import { enforceVerdict, report } from './action/report.js';
import { readRunnerContext, untrustedBuildRefusal } from './github/context.js';
import { parseInputs } from './inputs.js';
import { removeRunImages } from './pipeline/cleanup.js';
import { confinePath } from './pipeline/paths.js';
import { explainGrowth } from './pipeline/growth.js';
import { reportData } from './pipeline/report-data.js';
import { runPipeline } from './pipeline/run.js';
import { sbomText } from './report/sbom.js';

export async function run(deps: Deps, io: ActionIO): Promise<void> {
  const images: string[] = [];
  try {
    const inputs = parseInputs(io.inputs);
    const context = readRunnerContext(io.env, io.payload, io.cwd);
    const publishPath = io.inputs['publish-report']?.trim();
    if (publishPath) return await publishReports(deps, io, context, inputs, publishPath);
    const refusal = untrustedBuildRefusal(context, inputs.allowUntrustedBuild);
    if (refusal !== undefined) return io.setFailed(refusal);
    // Checked here too, not only where a writer uses it: a bad path fails before anything is built.
    if (inputs.sarifFile !== undefined)
      await confinePath(deps.fs, context.workspace, 'the `sarif-file` input', inputs.sarifFile);
    const sbomPath =
      inputs.sbomFile === undefined
        ? undefined
        : (await confinePath(deps.fs, context.workspace, 'the `sbom-file` input', inputs.sbomFile)).path;

    const commits = measuredCommits(deps, context, inputs);
    const tagPrefix = `image-budget-${randomBytes(5).toString('hex')}`;
    const result = await runPipeline(
      deps,
      {
        inputs,
        repo: context.workspace,
        ...commits,
        tempDir: context.tempDir || tmpdir(),
        tagPrefix,
      },
      images,
    );
    if (!result.ok) return await reportBuildFailure(deps, io, context, inputs, result);

    const data = reportData(inputs, result, {
      ...(context.pullRequest ? { pullRequest: context.pullRequest } : {}),
      ...(context.sha ? { headSha: context.sha } : {}),
      ...(commits.baseRef !== undefined ? { requestedBase: commits.baseRef } : {}),
      ...(context.runUrl ? { runUrl: context.runUrl } : {}),
    });
    // which commit of the pull request grew the image, when it grew past a limit (the branch tip's history)
    const headSha = context.pullRequest?.headSha || context.sha;
    const growth = await explainGrowth(
      deps,
      {
        inputs,
        repo: context.workspace,
        result,
        headSha,
        headIsCommit: headSha === context.sha,
        tagPrefix: `${tagPrefix}-commit`,
        tempDir: context.tempDir || tmpdir(),
      },
      images,
    );
    if (growth !== undefined) data.growth = growth;
    if (sbomPath !== undefined) {
      await deps.fs.writeFile(sbomPath, sbomText(result.head, deps.clock.now()));
      deps.log.info(`wrote the SBOM (CycloneDX 1.5) of ${result.head.image} to ${sbomPath}`);
    }
    await report(deps, io, context, inputs, data);
    await storeBaselineOnDefaultBranch(deps, context, inputs, result);
    enforceVerdict(deps, io, data);
  } catch (error: unknown) {
    io.setFailed(describeError(error));
    if (error instanceof Error && !isUserError(error)) deps.log.debug(error.stack ?? '');
  } finally {
    // Every image this run tagged goes (the cache layers under them stay), so runners do not fill up.
    const left = await removeRunImages(deps.docker, images).catch(() => images);
    if (left.length > 0) deps.log.warning(`could not remove the images ${left.join(' ')}`);
    if (images.length > 0) deps.log.info(`removed images: ${images.join(' ')}`);
  }
}
