// The real GitHub adapter: @actions/github's Octokit against `baseUrl` (GITHUB_API_URL on a runner, a loopback
// server in tests). Every request has a timeout; a 5xx or no answer is retried with backoff (except creating a
// comment, which the sticky-comment logic retries after re-listing), a short rate limit is waited out once, and
// the adapter as a whole gives up when its time budget is spent, so a dead API cannot hold the job.
import { getOctokit } from '@actions/github';
import { performance } from 'node:perf_hooks';
import { decideRetry, type HttpFailure } from './errors.js';
import { GitHubError, type GitHubApi, type IssueComment } from './types.js';

export interface GitHubApiOptions {
  token: string;
  baseUrl: string;
  owner: string;
  repo: string;
  sleep: (seconds: number) => Promise<void>;
  nowSeconds: () => number;
  /** Longest wait for one answer. Default 10 s. */
  timeoutSeconds?: number;
  /** Longest time all calls of this adapter may take together, waits included. Default 3 × the timeout. */
  budgetSeconds?: number;
}

export const DEFAULT_API_TIMEOUT_SECONDS = 10;

/** The login GitHub shows for comments made with the workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

interface RawComment {
  id: number;
  body?: string | null;
  user?: { login: string } | null;
  html_url: string;
}

function toComment(raw: RawComment): IssueComment {
  return { id: raw.id, body: raw.body ?? '', author: raw.user?.login ?? '', url: raw.html_url };
}

const TIMEOUT_NAMES = ['AbortError', 'TimeoutError'];

function toFailure(error: unknown): HttpFailure {
  const e = error as {
    name?: unknown;
    status?: unknown;
    message?: unknown;
    cause?: { name?: unknown; message?: unknown; cause?: unknown };
    response?: { headers?: unknown };
  };
  // Octokit reports a request that got no answer as status 500 without a response: that is not a server error.
  if (e.response === undefined) {
    const timedOut = TIMEOUT_NAMES.includes(String(e.name)) || TIMEOUT_NAMES.includes(String(e.cause?.name));
    return { status: undefined, headers: {}, message: deepestMessage(error), timedOut };
  }
  return {
    status: typeof e.status === 'number' ? e.status : undefined,
    headers: (e.response.headers ?? {}) as HttpFailure['headers'],
    // Octokit's message is already made from the response body; appending the body again doubled it.
    message: String(e.message ?? error),
  };
}

/** The innermost cause's message: `connect ECONNREFUSED 127.0.0.1:9` rather than `fetch failed`. */
function deepestMessage(error: unknown): string {
  let message = '';
  for (
    let e = error as { message?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 5;
    depth++
  ) {
    if (typeof e.message === 'string' && e.message !== '' && e.message !== 'Unknown Error')
      message = e.message;
    e = e.cause as typeof e;
  }
  return message || String(error);
}

export function createGitHubApi(options: GitHubApiOptions): GitHubApi {
  const timeout = options.timeoutSeconds ?? DEFAULT_API_TIMEOUT_SECONDS;
  const deadline = performance.now() / 1000 + (options.budgetSeconds ?? 3 * timeout);
  const secondsLeft = (): number => deadline - performance.now() / 1000;
  // Every request (each page of a listing too) gets its own timeout, cut to what is left of the budget. It is set
  // at the fetch itself: a `request.signal` given through an Octokit hook does not reach the fetch.
  const timedFetch = async (url: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const limit = Math.min(timeout, secondsLeft());
    if (limit <= 0) throw new DOMException('the time for GitHub API calls is spent', 'TimeoutError');
    return fetch(url, { ...init, signal: AbortSignal.timeout(Math.ceil(limit * 1000)) });
  };
  // Our own retry policy replaces Octokit's: one place decides, and tests can drive it.
  const octokit = getOctokit(options.token, {
    baseUrl: options.baseUrl,
    request: { retries: 0, fetch: timedFetch },
  });
  const { owner, repo } = options;

  /** Runs one API call with the retry policy; `retryTransient: false` for calls not safe to repeat. */
  async function call<T>(fn: () => Promise<T>, retryTransient = true): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn();
      } catch (error: unknown) {
        const decision = decideRetry(toFailure(error), attempt, options.nowSeconds(), {
          retryTransient,
          secondsLeft: secondsLeft(),
        });
        if (!decision.retry) throw decision.error;
        await options.sleep(decision.waitSeconds);
      }
    }
  }

  return {
    async whoami() {
      try {
        const { data } = await call(() => octokit.rest.users.getAuthenticated());
        return data.login;
      } catch (error: unknown) {
        // An installation token (the GITHUB_TOKEN) has no user: GitHub answers 403 "Resource not accessible by
        // integration", and its comments are authored by the Actions bot.
        if (error instanceof GitHubError && error.kind === 'read-only') return ACTIONS_BOT_LOGIN;
        throw error;
      }
    },
    async listComments(issue) {
      const raw = await call(() =>
        octokit.paginate(octokit.rest.issues.listComments, {
          owner,
          repo,
          issue_number: issue,
          per_page: 100,
        }),
      );
      return (raw as RawComment[]).map(toComment);
    },
    async createComment(issue, body) {
      // Not repeated here: a POST that got no answer may have created the comment. upsertStickyComment lists
      // again before it tries another create.
      const { data } = await call(
        () => octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body }),
        false,
      );
      return toComment(data as RawComment);
    },
    async updateComment(id, body) {
      const { data } = await call(() =>
        octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body }),
      );
      return toComment(data as RawComment);
    },
    async deleteComment(id) {
      await call(() => octokit.rest.issues.deleteComment({ owner, repo, comment_id: id }));
    },
    async pullRequestHead(pull) {
      const { data } = await call(() => octokit.rest.pulls.get({ owner, repo, pull_number: pull }));
      return data.head.sha;
    },
  };
}
