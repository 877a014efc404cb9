// The action, as a table of contents: inputs → lint → optimize → build → measure → compare → report → verdict.
// Every adapter comes in through `deps` and `io`, so the same code runs on a runner and in the end-to-end tests.
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import type { Deps } from './adapters.js';
import { wantsComment } from './action/comment-on.js';
import { postComment } from './action/comment.js';
import type { ActionIO } from './action/io.js';
import { publishReports } from './action/publish.js';
import { renderBuildFailure } from './action/render.js';
import { writeReportFile } from './action/report-file.js';
import { saveBaseline } from './compare/baseline.js';
import { EngineMissingError } from './docker/errors.js';
import {
  readOnlyReason,
  readRunnerContext,
  untrustedBuildRefusal,
  type RunnerContext,
} from './github/context.js';
import { InputError, parseInputs, type Inputs } from './inputs.js';
import { ConfigError } from './lint/config.js';
import {
  reportCore,
  runPipeline,
  UsageError,
  type PipelineBuildFailed,
  type PipelineSuccess,
} from './pipeline/run.js';
import { changedLinesFromDiff, selectAnnotations } from './report/annotations.js';
import { renderComment } from './report/markdown.js';
import { toOutputs } from './report/outputs.js';
import { renderSummary } from './report/summary.js';
import type { ReportData } from './report/types.js';
import { removeRunImages } from './pipeline/cleanup.js';
import { confinePath, PathEscapeError } from './pipeline/paths.js';

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

    const commits = measuredCommits(deps, context, inputs);
    const result = await runPipeline(
      deps,
      {
        inputs,
        repo: context.workspace,
        ...commits,
        tempDir: context.tempDir || tmpdir(),
        tagPrefix: `image-budget-${randomBytes(5).toString('hex')}`,
      },
      images,
    );
    if (!result.ok) return await reportBuildFailure(deps, io, context, inputs, result);

    const data = reportData(context, inputs, result, commits.baseRef);
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

/** Which commits are measured: the workspace checkout (on pull_request GitHub's merge commit) against the base. */
function measuredCommits(
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

function reportData(
  context: RunnerContext,
  inputs: Inputs,
  result: PipelineSuccess,
  baseRef?: string,
): ReportData {
  const pr = context.pullRequest;
  const baseSha = result.baseline.available ? result.baseline.sha : (result.baseline.sha ?? baseRef);
  const data = reportCore(inputs, result);
  if (inputs.target !== undefined) data.target = inputs.target;
  if (inputs.platform !== undefined) data.platform = inputs.platform;
  if (pr !== undefined) {
    data.pullRequest = pr.number;
    data.baseRef = pr.baseRef;
    data.headRef = pr.headRef;
    data.headSha = pr.headSha;
  } else if (context.sha) data.headSha = context.sha;
  if (baseSha !== undefined) data.baseSha = baseSha;
  if (result.findingChanges) data.findingChanges = result.findingChanges;
  if (result.optimizer) data.optimizer = result.optimizer;
  if (context.runUrl) data.runUrl = context.runUrl;
  return data;
}

/** Annotations, JSON report, job summary, outputs, then the sticky comment: everything that does not need the
 *  GitHub API is written first, so a dead API costs only the comment; all before the verdict can fail. */
async function report(
  deps: Deps,
  io: ActionIO,
  context: RunnerContext,
  inputs: Inputs,
  data: ReportData,
): Promise<void> {
  await annotate(deps, context, data);
  const reportPath = await writeReportFile(deps.fs, context.tempDir || tmpdir(), data);
  if (inputs.summary) await io.appendSummary(renderSummary(data));
  for (const [name, value] of Object.entries(toOutputs(data, { reportPath, commentUrl: '' })))
    if (name !== 'comment-url') io.setOutput(name, value);
  io.setOutput('comment-url', await comment(deps, context, inputs, data));
}

/** Warnings are shown; failures fail the step with the exact numbers of every reason. */
function enforceVerdict(deps: Deps, io: ActionIO, data: ReportData): void {
  deps.log.info(`verdict: ${data.verdict.status}`);
  for (const r of data.verdict.reasons.filter((r) => r.level === 'warn')) deps.log.warning(r.message);
  const failures = data.verdict.reasons.filter((r) => r.level === 'fail');
  if (data.verdict.status === 'fail') io.setFailed(failures.map((r) => r.message).join('\n'));
}

/** Annotations on Dockerfile lines: findings on lines the pull request changed first (GitHub shows 10 a level). */
async function annotate(deps: Deps, context: RunnerContext, data: ReportData): Promise<void> {
  const diff =
    data.baseSha !== undefined
      ? await deps.git.diff(context.workspace, data.baseSha, data.dockerfile).catch(() => '')
      : '';
  const { annotations, rest } = selectAnnotations(data.findings, {
    changedLines: changedLinesFromDiff(diff),
    ...(data.findingChanges ? { added: data.findingChanges.added } : {}),
  });
  for (const a of annotations) deps.log[a.level](a.message, a.where);
  data.unannotated = rest;
}

async function comment(
  deps: Deps,
  context: RunnerContext,
  inputs: Inputs,
  data: ReportData,
): Promise<string> {
  if (!inputs.comment || context.pullRequest === undefined) return '';
  const readOnly = readOnlyReason(context);
  const outcome = await postComment(deps, {
    token: inputs.githubToken,
    pullRequest: context.pullRequest.number,
    key: inputs.commentKey,
    body: renderComment(data),
    shortBody: renderComment(data, { maxChars: 2000 }),
    create: wantsComment(inputs.commentOn, data),
    timeoutSeconds: inputs.apiTimeout,
    ...(readOnly !== undefined ? { readOnlyReason: readOnly } : {}),
  });
  return outcome.posted ? outcome.url : '';
}

/** On a push to the default branch, later pull requests can restore this commit's numbers (`baseline: auto|cache`). */
async function storeBaselineOnDefaultBranch(
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

async function reportBuildFailure(
  deps: Deps,
  io: ActionIO,
  context: RunnerContext,
  inputs: Inputs,
  result: PipelineBuildFailed,
): Promise<void> {
  const f = result.failure;
  const where =
    f.line !== undefined
      ? { file: result.dockerfile, startLine: f.line, title: 'build failed' }
      : { file: result.dockerfile };
  deps.log.error(`${f.message}${f.output.length ? `\n${f.output.join('\n')}` : ''}`, where);
  const markdown = renderBuildFailure(inputs.commentKey, result);
  if (inputs.summary) await io.appendSummary(renderBuildFailure(inputs.commentKey, result, false));
  io.setOutput('status', 'fail');
  io.setOutput('over-budget', 'false');
  if (inputs.comment && context.pullRequest !== undefined) {
    const readOnly = readOnlyReason(context);
    const outcome = await postComment(deps, {
      token: inputs.githubToken,
      pullRequest: context.pullRequest.number,
      key: inputs.commentKey,
      body: markdown,
      shortBody: renderBuildFailure(inputs.commentKey, { ...result, failure: { ...f, output: [] } }),
      // A build that fails is a failure under every `comment-on` setting.
      create: true,
      timeoutSeconds: inputs.apiTimeout,
      ...(readOnly !== undefined ? { readOnlyReason: readOnly } : {}),
    });
    io.setOutput('comment-url', outcome.posted ? outcome.url : '');
  }
  io.setFailed(`the image did not build${f.step ? ` (${f.step})` : ''}: ${f.message}`);
}

function isUserError(error: Error): boolean {
  return (
    error instanceof InputError ||
    error instanceof ConfigError ||
    error instanceof UsageError ||
    error instanceof PathEscapeError ||
    error instanceof EngineMissingError
  );
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
