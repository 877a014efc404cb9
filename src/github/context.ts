// What the run is about, read from the runner's environment and event payload (never from module globals, so
// tests pass their own). Decides which commits are measured and whether PR code may be built.

export interface PullRequestInfo {
  number: number;
  baseSha: string;
  headSha: string;
  /** Branch names: untrusted text. */
  baseRef: string;
  headRef: string;
  /** `owner/name` of the head repository; differs from the base repository for forks. */
  headRepo: string;
  author: string;
}

export interface RunnerContext {
  eventName: string;
  /** `owner/name`. */
  repository: string;
  owner: string;
  repo: string;
  /** GITHUB_SHA: for `pull_request` the merge commit GitHub made, not the branch tip. */
  sha: string;
  ref: string;
  actor: string;
  workspace: string;
  tempDir: string;
  apiUrl: string;
  runUrl?: string;
  pullRequest?: PullRequestInfo;
  /** The repository's default branch, from the payload. */
  defaultBranch?: string;
}

/** Events that run with a write token on the base repository while the code may come from a pull request. */
export const PRIVILEGED_EVENTS = ['pull_request_target', 'workflow_run'];

type Env = Record<string, string | undefined>;

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function obj(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

export function readRunnerContext(env: Env, payload: unknown, cwd: string): RunnerContext {
  const repository = env['GITHUB_REPOSITORY'] ?? str(obj(obj(payload)['repository'])['full_name']);
  const [owner = '', repo = ''] = repository.split('/');
  const serverUrl = env['GITHUB_SERVER_URL'] ?? 'https://github.com';
  const runId = env['GITHUB_RUN_ID'];
  const context: RunnerContext = {
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    repository,
    owner,
    repo,
    sha: env['GITHUB_SHA'] ?? '',
    ref: env['GITHUB_REF'] ?? '',
    actor: env['GITHUB_ACTOR'] ?? '',
    workspace: env['GITHUB_WORKSPACE'] ?? cwd,
    tempDir: env['RUNNER_TEMP'] ?? '',
    apiUrl: env['GITHUB_API_URL'] ?? 'https://api.github.com',
  };
  if (runId && repository) context.runUrl = `${serverUrl}/${repository}/actions/runs/${runId}`;
  const p = obj(payload);
  const defaultBranch = str(obj(p['repository'])['default_branch']);
  if (defaultBranch) context.defaultBranch = defaultBranch;
  const pr = obj(p['pull_request']);
  if (typeof pr['number'] === 'number') {
    const base = obj(pr['base']);
    const head = obj(pr['head']);
    context.pullRequest = {
      number: pr['number'],
      baseSha: str(base['sha']),
      headSha: str(head['sha']),
      baseRef: str(base['ref']),
      headRef: str(head['ref']),
      headRepo: str(obj(head['repo'])['full_name']) || repository,
      author: str(obj(pr['user'])['login']),
    };
  }
  return context;
}

/** Why the token is probably read-only (fork or Dependabot), or undefined. The first 403 confirms it. */
export function readOnlyReason(context: RunnerContext): string | undefined {
  const pr = context.pullRequest;
  if (context.eventName !== 'pull_request' || pr === undefined) return undefined;
  if (pr.headRepo !== context.repository) return `the pull request comes from the fork ${pr.headRepo}`;
  if (context.actor === 'dependabot[bot]' || pr.author === 'dependabot[bot]')
    return 'the pull request is from Dependabot';
  return undefined;
}

/** Refusal message when the event would build pull request code with a privileged token. */
export function untrustedBuildRefusal(context: RunnerContext, allowed: boolean): string | undefined {
  if (allowed || !PRIVILEGED_EVENTS.includes(context.eventName)) return undefined;
  return (
    `image-budget does not build code in a ${context.eventName} run: it has a write token and secrets, and building ` +
    'pull request code there lets the pull request run anything with them. Run the action on pull_request ' +
    '(fork pull requests still get the summary and a report), publish comments from a workflow_run job with the ' +
    '`publish-report` input, or set `allow-untrusted-build: true` if you trust every pull request author.'
  );
}
