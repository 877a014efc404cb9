// The git adapter: every command is an argument array run with execFile (never a shell), so refs and paths from
// a pull request cannot inject options or commands. Used to get the base commit and check it out on the side.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';

export class GitError extends Error {
  constructor(
    readonly args: string[],
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(
      `git ${args.join(' ')} failed (${exitCode ?? 'not started'}): ${stderr
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .slice(-2)
        .join(' | ')}`,
    );
    this.name = 'GitError';
  }
}

export interface Git {
  /** Full SHA of a commit-ish, or null when the repository does not have it. */
  resolve(repo: string, ref: string): Promise<string | null>;
  /** Fetches one commit (or branch) from `origin` at depth 1: actions/checkout leaves the base out. */
  fetch(repo: string, ref: string): Promise<void>;
  /** True when `path` exists in `sha`'s tree. */
  exists(repo: string, sha: string, path: string): Promise<boolean>;
  /** Checks `sha` out, detached, in a new temporary worktree under `parent`; returns its directory. */
  addWorktree(repo: string, sha: string, parent: string): Promise<string>;
  removeWorktree(repo: string, dir: string): Promise<void>;
  /** Unified diff (no context lines) of `path` from commit `sha` to the working tree. */
  diff(repo: string, sha: string, path: string): Promise<string>;
  /** The commits `base..head` along first parents, oldest first, with their subjects (merges count once). */
  firstParentCommits(repo: string, base: string, head: string): Promise<CommitSummary[]>;
  /** Fetches `depth` commits of history behind each of `shas` from `origin` (a depth-1 checkout has none). */
  fetchHistory(repo: string, shas: readonly string[], depth: number): Promise<void>;
  /** The best common ancestor of two commits (where a branch left its base), or null when they share none. */
  mergeBase(repo: string, a: string, b: string): Promise<string | null>;
}

export interface CommitSummary {
  sha: string;
  subject: string;
}

/** Refuses refs that git would read as options or that carry control characters. */
export function checkRef(ref: string): string {
  if (ref === '' || ref.startsWith('-') || /[\0-\x1f\x7f\s]/.test(ref) || ref.includes('..')) {
    throw new Error(`"${ref}" is not a usable git ref (it must not start with "-", contain spaces or "..")`);
  }
  return ref;
}

export function runGit(repo: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-C', repo, ...args],
      { maxBuffer: 64 * 1024 * 1024, env: gitEnv() },
      (error, stdout, stderr) => {
        if (error) {
          const code = typeof error.code === 'number' ? error.code : null;
          reject(new GitError(args, code, String(stderr || error.message)));
        } else resolve(String(stdout));
      },
    );
  });
}

function gitEnv(): NodeJS.ProcessEnv {
  // Never prompt for credentials in CI; a missing credential must fail, not hang.
  return { ...process.env, GIT_TERMINAL_PROMPT: '0' };
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;

export function createGit(): Git {
  return {
    async resolve(repo, ref) {
      try {
        const out = await runGit(repo, [
          'rev-parse',
          '--verify',
          '--quiet',
          '--end-of-options',
          `${checkRef(ref)}^{commit}`,
        ]);
        return out.trim() || null;
      } catch (error: unknown) {
        if (error instanceof GitError) return null;
        throw error;
      }
    },
    async fetch(repo, ref) {
      checkRef(ref);
      // `origin/main` names a remote-tracking branch: fetch `main` into it.
      const branch = ref.startsWith('origin/') ? ref.slice('origin/'.length) : null;
      const refspec =
        branch !== null
          ? `+refs/heads/${branch}:refs/remotes/origin/${branch}`
          : SHA.test(ref)
            ? ref
            : `+${ref}`;
      await runGit(repo, [
        'fetch',
        '--no-tags',
        '--no-recurse-submodules',
        '--depth=1',
        'origin',
        '--',
        refspec,
      ]);
    },
    async exists(repo, sha, path) {
      try {
        await runGit(repo, ['cat-file', '-e', `${checkRef(sha)}:${path.replace(/^\.\//, '')}`]);
        return true;
      } catch (error: unknown) {
        if (error instanceof GitError) return false;
        throw error;
      }
    },
    async addWorktree(repo, sha, parent) {
      const dir = join(await mkdtemp(join(parent, 'image-budget-base-')), 'tree');
      await runGit(repo, ['worktree', 'add', '--detach', '--force', '--', dir, checkRef(sha)]);
      return dir;
    },
    async firstParentCommits(repo, base, head) {
      const out = await runGit(repo, [
        'log',
        '--first-parent',
        '--reverse',
        '--format=%H%x00%s',
        '--end-of-options',
        `${checkRef(base)}..${checkRef(head)}`,
        '--',
      ]);
      return out
        .split('\n')
        .filter((l) => l.includes('\0'))
        .map((l) => {
          const [sha, subject] = l.split('\0') as [string, string];
          return { sha, subject };
        });
    },
    async fetchHistory(repo, shas, depth) {
      await runGit(repo, [
        'fetch',
        '--no-tags',
        '--no-recurse-submodules',
        `--depth=${Math.max(1, Math.floor(depth))}`,
        'origin',
        '--',
        ...shas.map(checkRef),
      ]);
    },
    async mergeBase(repo, a, b) {
      try {
        const out = await runGit(repo, ['merge-base', '--end-of-options', checkRef(a), checkRef(b)]);
        return out.trim() || null;
      } catch (error: unknown) {
        if (error instanceof GitError) return null;
        throw error;
      }
    },
    diff: (repo, sha, path) =>
      runGit(repo, ['diff', '--no-color', '--no-ext-diff', '-U0', checkRef(sha), '--', path]),
    async removeWorktree(repo, dir) {
      try {
        await runGit(repo, ['worktree', 'remove', '--force', '--', dir]);
      } finally {
        await rm(join(dir, '..'), { recursive: true, force: true });
        await runGit(repo, ['worktree', 'prune']).catch(() => undefined);
      }
    },
  };
}
