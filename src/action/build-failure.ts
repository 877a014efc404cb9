// A head image that does not build: the annotation, the summary, the outputs and the comment that say why.
import type { Deps } from '../adapters.js';
import { readOnlyReason, type RunnerContext } from '../github/context.js';
import type { Inputs } from '../inputs.js';
import type { PipelineBuildFailed } from '../pipeline/run.js';
import { postComment } from './comment.js';
import type { ActionIO } from './io.js';
import { renderBuildFailure } from './render.js';

export async function reportBuildFailure(
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
