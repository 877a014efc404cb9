// The GitHub adapter's contract: the few REST calls the action makes. main.ts and the sticky-comment logic only
// see this interface, so tests can run them against a loopback server without patching modules.

export interface IssueComment {
  id: number;
  body: string;
  /** Login of the comment's author (`github-actions[bot]` for the GITHUB_TOKEN). */
  author: string;
  url: string;
}

export interface GitHubApi {
  /** Login of the token's identity. The GITHUB_TOKEN cannot read /user: it is `github-actions[bot]` then. */
  whoami(): Promise<string>;
  /** Every comment of the issue or pull request, all pages. */
  listComments(issue: number): Promise<IssueComment[]>;
  createComment(issue: number, body: string): Promise<IssueComment>;
  updateComment(id: number, body: string): Promise<IssueComment>;
  deleteComment(id: number): Promise<void>;
  /** Head commit SHA of a pull request (the publishing mode checks a report against it). */
  pullRequestHead(pull: number): Promise<string>;
}

/** Why a GitHub call failed, in the terms the action acts on. */
export type GitHubErrorKind =
  | 'read-only' // 403 without rate limiting: fork or Dependabot token, or missing `pull-requests: write`
  | 'not-found' // 404: no such pull request, or the token cannot see the repository
  | 'too-long' // 422 on a body over GitHub's limit
  | 'rate-limited'
  | 'server' // 5xx, after the retries
  | 'unreachable' // no answer: network error or timeout, after the retries
  | 'unauthorized' // 401: bad or expired token
  | 'other';

export class GitHubError extends Error {
  constructor(
    readonly kind: GitHubErrorKind,
    readonly status: number | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'GitHubError';
  }

  /** Another attempt later may succeed (a 5xx or no answer). */
  get transient(): boolean {
    return this.kind === 'server' || this.kind === 'unreachable';
  }
}
