// The publishing mode for fork pull requests: a `workflow_run` job (write token, base repository code only)
// downloads the JSON reports a `pull_request` run uploaded and posts their comments. It builds nothing. The
// report is untrusted (the fork controls the run that made it): it must match the triggering run's head commit
// and the pull request's current head, and the comment is rendered again here, so its text is escaped by us.
import { join } from 'node:path';
import { confinePath } from '../pipeline/paths.js';
import type { Deps } from '../adapters.js';
import type { RunnerContext } from '../github/context.js';
import type { Inputs } from '../inputs.js';
import { wantsComment } from './comment-on.js';
import { postComment } from './comment.js';
import type { ActionIO } from './io.js';
import { renderComment } from '../report/markdown.js';
import { reportProblem, type JsonReport } from '../report/report-json.js';

async function findReports(deps: Deps, path: string): Promise<string[]> {
  if (path.endsWith('.json')) return [path];
  const files = await deps.fs.listFiles(path);
  return files.filter((f) => f === 'report.json' || f.endsWith('/report.json')).map((f) => join(path, f));
}

function runHeadSha(payload: unknown): string | undefined {
  const run = (payload as { workflow_run?: { head_sha?: unknown } } | null)?.workflow_run;
  return typeof run?.head_sha === 'string' ? run.head_sha : undefined;
}

export async function publishReports(
  deps: Deps,
  io: ActionIO,
  context: RunnerContext,
  inputs: Inputs,
  path: string,
): Promise<void> {
  // The artifact is downloaded into the workspace or RUNNER_TEMP; the path may point nowhere else.
  const roots = [context.workspace, context.tempDir].filter((root) => root !== '');
  let where: string | undefined;
  for (const root of roots) {
    where ??= await confinePath(deps.fs, root, 'the `publish-report` input', path).then(
      (confined) => confined.path,
      () => undefined,
    );
  }
  if (where === undefined) {
    return io.setFailed(
      `the \`publish-report\` input ${JSON.stringify(path)} points outside the workspace ${context.workspace}` +
        `${context.tempDir ? ` and RUNNER_TEMP ${context.tempDir}` : ''}; download the report artifact into one of them.`,
    );
  }
  const reports = await findReports(deps, where).catch(() => []);
  if (reports.length === 0) return io.setFailed(`publish-report: no report.json found at ${path}`);
  const expectedHead = runHeadSha(io.payload);
  const urls: string[] = [];
  for (const file of reports) {
    let report: JsonReport;
    try {
      report = JSON.parse(await deps.fs.readFile(file)) as JsonReport;
    } catch (error: unknown) {
      deps.log.warning(
        `${file}: not readable JSON (${error instanceof Error ? error.message : String(error)}); skipped`,
      );
      continue;
    }
    const problem = reportProblem(report);
    if (problem !== null) {
      deps.log.warning(`${file}: ${problem}; skipped`);
      continue;
    }
    if (report.pullRequest === undefined || report.headSha === undefined) {
      deps.log.warning(`${file}: not made on a pull request (no pull request number or head SHA); skipped`);
      continue;
    }
    const headSha = report.headSha;
    if (expectedHead !== undefined && headSha !== expectedHead) {
      deps.log.warning(
        `${file}: made for ${headSha.slice(0, 12)}, not for this run's ${expectedHead.slice(0, 12)}; skipped`,
      );
      continue;
    }
    if (inputs.githubToken !== undefined) {
      const actual = await deps
        .github(inputs.githubToken, { timeoutSeconds: inputs.apiTimeout })
        .pullRequestHead(report.pullRequest)
        .catch(() => undefined);
      if (actual !== headSha) {
        deps.log.warning(
          `${file}: pull request #${report.pullRequest} is not at ${headSha.slice(0, 12)}; skipped`,
        );
        continue;
      }
    }
    const outcome = await postComment(deps, {
      token: inputs.githubToken,
      pullRequest: report.pullRequest,
      key: report.key,
      body: renderComment(report),
      shortBody: renderComment(report, { maxChars: 2000 }),
      create: wantsComment(inputs.commentOn, report),
      timeoutSeconds: inputs.apiTimeout,
    });
    if (outcome.posted) urls.push(outcome.url);
  }
  io.setOutput('comment-url', urls[0] ?? '');
}
