// Turns an HTTP failure into a GitHubError the action can act on, and decides whether a call is worth another
// attempt: a 5xx or no answer at all (network error, timeout) is retried with backoff, a short rate limit is
// waited out once, everything else is final.
import { GitHubError } from './types.js';

export interface HttpFailure {
  /** HTTP status; undefined when no answer came (network error or timeout). */
  status: number | undefined;
  headers: Record<string, string | number | undefined>;
  /** The error's own message (for an HTTP error Octokit builds it from the response body: used once, never
   *  with the body appended again). */
  message: string;
  /** No answer within the request timeout. */
  timedOut?: boolean;
}

/** What to do after a failed attempt: retry after `waitSeconds`, or give up with `error`. */
export type RetryDecision = { retry: true; waitSeconds: number } | { retry: false; error: GitHubError };

/** Longest wait for a rate limit reset the action accepts before giving up on the comment. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 60;

/** Waits before the 2nd, 3rd and 4th attempt of a call that got a 5xx or no answer. */
export const TRANSIENT_RETRY_DELAYS = [1, 2, 4] as const;

function header(failure: HttpFailure, name: string): string | undefined {
  const value = failure.headers[name];
  return value === undefined ? undefined : String(value);
}

/** A failure another attempt may cure: the server erred, or nothing answered. */
export function isTransient(failure: HttpFailure): boolean {
  return failure.status === undefined || failure.status >= 500;
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

/** The error for a failure after `attempts` attempts (1 when the call was not retried). */
export function classifyFailure(failure: HttpFailure, nowSeconds: number, attempts = 1): GitHubError {
  const { status } = failure;
  const tries = attempts > 1 ? ` (${attempts} attempts)` : '';
  if (status === undefined) {
    return new GitHubError(
      'unreachable',
      status,
      failure.timedOut
        ? `GitHub did not answer in time${tries}`
        : `GitHub could not be reached${tries}: ${firstLine(failure.message)}`,
    );
  }
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
  if (status >= 500) {
    return new GitHubError(
      'server',
      status,
      `GitHub answered ${status}${tries}: ${firstLine(failure.message)}`,
    );
  }
  return new GitHubError('other', status, `GitHub request failed (${status}): ${firstLine(failure.message)}`);
}

/**
 * After failed attempt number `attempt` (0-based): retry or give up. `retryTransient` is false for a call that
 * is not safe to repeat blindly (creating a comment: the caller re-lists first); `secondsLeft` is what remains of
 * the caller's time budget, so no wait outlasts it.
 */
export function decideRetry(
  failure: HttpFailure,
  attempt: number,
  nowSeconds: number,
  options: { retryTransient?: boolean; secondsLeft?: number } = {},
): RetryDecision {
  const left = options.secondsLeft ?? Infinity;
  if (isTransient(failure)) {
    const wait = TRANSIENT_RETRY_DELAYS[attempt];
    if (options.retryTransient !== false && wait !== undefined && wait < left)
      return { retry: true, waitSeconds: wait };
    return { retry: false, error: classifyFailure(failure, nowSeconds, attempt + 1) };
  }
  if (attempt === 0) {
    const wait = rateLimitWait(failure, nowSeconds);
    if (wait !== undefined && wait <= MAX_RATE_LIMIT_WAIT_SECONDS && wait < left)
      return { retry: true, waitSeconds: wait };
  }
  return { retry: false, error: classifyFailure(failure, nowSeconds, attempt + 1) };
}

/** The first line of a message, without control characters and at most 300 characters (an error page from a
 *  proxy can be a whole HTML document). */
function firstLine(text: string): string {
  const line = text.trim().split('\n', 1)[0]!;
  return line.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').slice(0, 300);
}
