// Posting the sticky comment, with every way it can fail turned into a notice or a warning: a comment is a
// convenience, and failing to post it never fails the check.
import type { Deps } from '../adapters.js';
import { upsertStickyComment } from '../github/sticky.js';
import { GitHubError } from '../github/types.js';

export interface CommentRequest {
  token: string | undefined;
  pullRequest: number;
  key: string;
  body: string;
  /** A minimal body for when GitHub refuses `body` as too long. */
  shortBody: string;
  /** False: only keep an existing comment current (the `comment-on` condition is not met). */
  create: boolean;
  /** Known before trying: why the token is read-only (fork, Dependabot). */
  readOnlyReason?: string;
  /** Longest wait for one GitHub answer (the `api-timeout` input). */
  timeoutSeconds?: number;
}

export type CommentOutcome =
  | { posted: true; url: string; action: 'created' | 'updated'; duplicatesDeleted: number }
  | { posted: false; reason: string };

const READ_ONLY_HELP =
  'Everything else still ran: the job summary, the outputs and the JSON report carry the full result. ' +
  'To comment on such pull requests, publish from a workflow_run job (see the README, "Fork pull requests").';

export async function postComment(deps: Deps, request: CommentRequest): Promise<CommentOutcome> {
  if (request.token === undefined) {
    deps.log.notice('No github-token: the pull request comment is skipped.');
    return { posted: false, reason: 'no token' };
  }
  if (request.readOnlyReason !== undefined) {
    deps.log.notice(
      `The pull request comment is skipped: ${request.readOnlyReason}, so the token is read-only. ${READ_ONLY_HELP}`,
    );
    return { posted: false, reason: request.readOnlyReason };
  }
  const api = deps.github(
    request.token,
    request.timeoutSeconds !== undefined ? { timeoutSeconds: request.timeoutSeconds } : {},
  );
  const attempt = async (body: string) => {
    const author = await api.whoami();
    return upsertStickyComment(api, {
      issue: request.pullRequest,
      key: request.key,
      body,
      author,
      createIfMissing: request.create,
      sleep: deps.clock.sleep,
    });
  };
  try {
    let result;
    try {
      result = await attempt(request.body);
    } catch (error: unknown) {
      if (!(error instanceof GitHubError && error.kind === 'too-long')) throw error;
      deps.log.warning(
        'GitHub refused the comment as too long; posting the headline only (the job summary has the rest).',
      );
      result = await attempt(request.shortBody);
    }
    if (result === null) {
      deps.log.info('comment-on condition not met and no earlier comment: nothing posted');
      return { posted: false, reason: 'comment-on condition not met' };
    }
    deps.log.info(`comment ${result.action}: ${result.comment.url}`);
    return {
      posted: true,
      url: result.comment.url,
      action: result.action,
      duplicatesDeleted: result.deleted.length,
    };
  } catch (error: unknown) {
    if (error instanceof GitHubError && error.kind === 'read-only') {
      deps.log.notice(`The pull request comment could not be posted: ${error.message}. ${READ_ONLY_HELP}`);
      return { posted: false, reason: error.message };
    }
    const message = error instanceof Error ? error.message : String(error);
    deps.log.warning(
      `The pull request comment could not be posted: ${message}. The check itself is not affected.`,
    );
    return { posted: false, reason: message };
  }
}
