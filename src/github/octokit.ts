// The real GitHub adapter: @actions/github's Octokit against `baseUrl` (GITHUB_API_URL on a runner, a loopback
// server in tests). Every call gets one retry on 5xx and one wait for a short rate limit.
import { getOctokit } from '@actions/github';
import { decideRetry, type HttpFailure } from './errors.js';
import { GitHubError, type GitHubApi, type IssueComment } from './types.js';

export interface GitHubApiOptions {
  token: string;
  baseUrl: string;
  owner: string;
  repo: string;
  sleep: (seconds: number) => Promise<void>;
  nowSeconds: () => number;
}

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

function toFailure(error: unknown): HttpFailure {
  const e = error as {
    status?: unknown;
    message?: unknown;
    response?: { headers?: unknown; data?: unknown };
  };
  const data = e.response?.data;
  const dataText = data === undefined ? '' : typeof data === 'string' ? data : JSON.stringify(data);
  return {
    status: typeof e.status === 'number' ? e.status : undefined,
    headers: (e.response?.headers ?? {}) as HttpFailure['headers'],
    message: `${String(e.message ?? error)} ${dataText}`.trim(),
  };
}

export function createGitHubApi(options: GitHubApiOptions): GitHubApi {
  // Our own retry policy replaces Octokit's: one place decides, and tests can drive it.
  const octokit = getOctokit(options.token, { baseUrl: options.baseUrl, request: { retries: 0 } });
  const { owner, repo } = options;

  async function call<T>(fn: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn();
      } catch (error: unknown) {
        const decision = decideRetry(toFailure(error), attempt, options.nowSeconds());
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
      const { data } = await call(() =>
        octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body }),
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
