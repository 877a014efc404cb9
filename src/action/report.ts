// The action's report stage: annotations, JSON report, job summary, outputs and the sticky comment, then the
// verdict enforced on the step.
import { tmpdir } from 'node:os';
import type { Deps } from '../adapters.js';
import { readOnlyReason, type RunnerContext } from '../github/context.js';
import type { Inputs } from '../inputs.js';
import { changedLinesFromDiff, selectAnnotations } from '../report/annotations.js';
import { renderComment } from '../report/markdown.js';
import { toOutputs } from '../report/outputs.js';
import { renderSummary } from '../report/summary.js';
import type { ReportData } from '../report/types.js';
import { wantsComment } from './comment-on.js';
import { postComment } from './comment.js';
import type { ActionIO } from './io.js';
import { writeReportFile } from './report-file.js';

/** Annotations, JSON report, job summary, outputs, then the sticky comment: everything that does not need the
 *  GitHub API is written first, so a dead API costs only the comment; all before the verdict can fail. */
export async function report(
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
export function enforceVerdict(deps: Deps, io: ActionIO, data: ReportData): void {
  deps.log.info(`verdict: ${data.verdict.status}`);
  for (const r of data.verdict.reasons.filter((r) => r.level === 'warn')) deps.log.warning(r.message);
  const failures = data.verdict.reasons.filter((r) => r.level === 'fail');
  if (data.verdict.status === 'fail') io.setFailed(failures.map((r) => r.message).join('\n'));
}

/** Annotations on Dockerfile lines: findings on lines the pull request changed first (GitHub shows 10 a level). */
export async function annotate(deps: Deps, context: RunnerContext, data: ReportData): Promise<void> {
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

export async function comment(
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
