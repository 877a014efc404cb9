// Turns an HTTP failure into a GitHubError the action can act on, and decides whether a call is worth one retry.
import { GitHubError } from './types.js';

export interface HttpFailure {
  status: number | undefined;
  headers: Record<string, string | number | undefined>;
  /** Error message plus any response body text (GitHub puts the reason for a 422 there). */
  message: string;
}

/** What to do after a failed attempt: retry after `waitSeconds`, or give up with `error`. */
export type RetryDecision = { retry: true; waitSeconds: number } | { retry: false; error: GitHubError };

/** Longest wait for a rate limit reset the action accepts before giving up on the comment. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 60;

function header(failure: HttpFailure, name: string): string | undefined {
  const value = failure.headers[name];
  return value === undefined ? undefined : String(value);
}

/** Seconds until the rate limit lifts, or undefined when the failure is not rate limiting. */
export function rateLimitWait(failure: HttpFailure, nowSeconds: number): number | undefined {
  if (failure.status !== 403 && failure.status !== 429) return undefined;
  const retryAfter = header(failure, 'retry-after');
  if (retryAfter !== undefined && /^\d+$/.test(retryAfter)) return Number(retryAfter);
  if (header(failure, 'x-ratelimit-remaining') === '0') {
    const reset = Number(header(failure, 'x-ratelimit-reset'));
    return Number.isFinite(reset)
      ? Math.max(0, Math.ceil(reset - nowSeconds))
      : MAX_RATE_LIMIT_WAIT_SECONDS + 1;
  }
  if (failure.status === 429 || /rate limit/i.test(failure.message)) return MAX_RATE_LIMIT_WAIT_SECONDS + 1;
  return undefined;
}

export function classifyFailure(failure: HttpFailure, nowSeconds: number): GitHubError {
  const { status } = failure;
  const wait = rateLimitWait(failure, nowSeconds);
  if (wait !== undefined) {
    return new GitHubError(
      'rate-limited',
      status,
      `GitHub API rate limit reached; it lifts in about ${wait} s`,
    );
  }
  if (status === 401) return new GitHubError('unauthorized', status, 'the GitHub token was rejected (401)');
  if (status === 403) {
    return new GitHubError(
      'read-only',
      status,
      'the token cannot write comments (403): a fork or Dependabot pull request gets a read-only token, ' +
        'or the workflow lacks `permissions: pull-requests: write`',
    );
  }
  if (status === 404) {
    return new GitHubError(
      'not-found',
      status,
      'GitHub answered 404: no such pull request, or the token cannot see it',
    );
  }
  if (status === 422 && /too long|maximum is/i.test(failure.message)) {
    return new GitHubError('too-long', status, 'GitHub refused the comment body as too long (422)');
  }
  if (status !== undefined && status >= 500) {
    return new GitHubError(
      'server',
      status,
      `GitHub answered ${status} twice: ${firstLine(failure.message)}`,
    );
  }
  return new GitHubError(
    'other',
    status,
    `GitHub request failed (${status ?? 'no answer'}): ${firstLine(failure.message)}`,
  );
}

export function decideRetry(failure: HttpFailure, attempt: number, nowSeconds: number): RetryDecision {
  if (attempt === 0) {
    if (failure.status !== undefined && failure.status >= 500) return { retry: true, waitSeconds: 1 };
    const wait = rateLimitWait(failure, nowSeconds);
    if (wait !== undefined && wait <= MAX_RATE_LIMIT_WAIT_SECONDS) return { retry: true, waitSeconds: wait };
  }
  return { retry: false, error: classifyFailure(failure, nowSeconds) };
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0]!.slice(0, 300);
}
