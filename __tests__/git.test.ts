import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkRef, createGit } from '../src/git.js';
import { commit, git, initRepo, tempDir } from './support/git-repo.js';

const g = createGit();
let origin: string;
let clone: string;
let base: string;
let head: string;
let tmp: string;

beforeAll(() => {
  origin = initRepo(tempDir('origin'));
  base = commit(origin, { Dockerfile: 'FROM busybox:1.35\n' }, 'base');
  git(origin, 'checkout', '-q', '-b', 'feature');
  head = commit(origin, { Dockerfile: 'FROM busybox:1.35\nRUN true\n', 'app.txt': 'hi' }, 'head');
  tmp = tempDir('clone');
  clone = join(tmp, 'repo');
  // A shallow single-branch clone, as actions/checkout leaves the workspace.
  git(tmp, 'clone', '-q', '--depth=1', '--branch', 'feature', `file://${origin}`, clone);
});
afterAll(() => {
  rmSync(origin, { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
});

describe('git adapter', () => {
  test('a shallow checkout lacks the base commit until fetched at depth 1', async () => {
    expect(await g.resolve(clone, head)).toBe(head);
    expect(await g.resolve(clone, base)).toBeNull();
    await g.fetch(clone, base);
    expect(await g.resolve(clone, base)).toBe(base);
    expect(git(clone, 'rev-list', '--count', base)).toBe('1');
  });

  test('fetches a remote branch into its tracking ref', async () => {
    expect(await g.resolve(clone, 'origin/main')).toBeNull();
    await g.fetch(clone, 'origin/main');
    expect(await g.resolve(clone, 'origin/main')).toBe(base);
  });

  test('tells whether a path exists in a commit', async () => {
    expect(await g.exists(clone, head, 'app.txt')).toBe(true);
    expect(await g.exists(clone, head, './Dockerfile')).toBe(true);
    expect(await g.exists(clone, head, 'missing/Dockerfile')).toBe(false);
  });

  test('checks a commit out in a temporary worktree and removes it', async () => {
    await g.fetch(clone, base);
    const dir = await g.addWorktree(clone, base, tmp);
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toBe('FROM busybox:1.35\n');
    expect(existsSync(join(dir, 'app.txt'))).toBe(false);
    await g.removeWorktree(clone, dir);
    expect(existsSync(join(dir, '..'))).toBe(false);
    expect(git(clone, 'worktree', 'list')).not.toContain(dir);
    // the main checkout is untouched
    expect(readFileSync(join(clone, 'app.txt'), 'utf8')).toBe('hi');
  });

  test('refs that look like options never reach git', async () => {
    expect(() => checkRef('--upload-pack=touch /tmp/pwned')).toThrow(/not a usable git ref/);
    expect(() => checkRef('main; rm -rf /')).toThrow();
    await expect(g.fetch(clone, '-oops')).rejects.toThrow(/not a usable git ref/);
    expect(checkRef('origin/feature-1.2')).toBe('origin/feature-1.2');
  });

  test('lists base..head along first parents, oldest first, with subjects; a merged branch counts once', async () => {
    const repo = initRepo(tempDir('first-parent'));
    try {
      const b = commit(repo, { a: '1' }, 'base');
      const one = commit(repo, { a: '2' }, 'one: add "data"');
      git(repo, 'checkout', '-q', '-b', 'side');
      commit(repo, { s: '1' }, 'side work');
      git(repo, 'checkout', '-q', 'main');
      git(repo, 'merge', '-q', '--no-ff', '-m', 'merge side', 'side');
      const merge = git(repo, 'rev-parse', 'HEAD');
      const three = commit(repo, { a: '3' }, 'three');
      expect(await g.firstParentCommits(repo, b, 'HEAD')).toEqual([
        { sha: one, subject: 'one: add "data"' },
        { sha: merge, subject: 'merge side' },
        { sha: three, subject: 'three' },
      ]);
      expect(await g.firstParentCommits(repo, 'HEAD', 'HEAD')).toEqual([]);
      expect(await g.mergeBase(repo, 'side', three)).toBe(git(repo, 'rev-parse', 'side'));
      await expect(g.firstParentCommits(repo, '--all', 'HEAD')).rejects.toThrow(/not a usable git ref/);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
