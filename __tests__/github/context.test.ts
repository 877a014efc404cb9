import { describe, expect, test } from '@jest/globals';
import { readOnlyReason, readRunnerContext, untrustedBuildRefusal } from '../../src/github/context.js';

const base = 'b'.repeat(40);
const head = 'h'.repeat(40);
const env = {
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_SHA: 'm'.repeat(40),
  GITHUB_WORKSPACE: '/ws',
  GITHUB_RUN_ID: '12',
  GITHUB_ACTOR: 'alice',
};
const payload = (headRepo = 'acme/shop', user = 'alice') => ({
  pull_request: {
    number: 5,
    base: { sha: base, ref: 'main' },
    head: { sha: head, ref: 'feat', repo: { full_name: headRepo } },
    user: { login: user },
  },
  repository: { full_name: 'acme/shop', default_branch: 'main' },
});

describe('readRunnerContext', () => {
  test('takes the commits from the pull_request payload, not GITHUB_SHA (the merge commit)', () => {
    const c = readRunnerContext(env, payload(), '/cwd');
    expect(c.pullRequest).toEqual({
      number: 5,
      baseSha: base,
      headSha: head,
      baseRef: 'main',
      headRef: 'feat',
      headRepo: 'acme/shop',
      author: 'alice',
    });
    expect(c).toMatchObject({
      owner: 'acme',
      repo: 'shop',
      sha: 'm'.repeat(40),
      workspace: '/ws',
      defaultBranch: 'main',
    });
    expect(c.runUrl).toBe('https://github.com/acme/shop/actions/runs/12');
    expect(c.apiUrl).toBe('https://api.github.com');
  });

  test('a push has no pull request; a missing workspace is the current directory', () => {
    const c = readRunnerContext({ GITHUB_EVENT_NAME: 'push' }, {}, '/cwd');
    expect(c.pullRequest).toBeUndefined();
    expect(c.workspace).toBe('/cwd');
  });
});

describe('read-only token detection', () => {
  test('a fork or Dependabot pull request is read-only; a same-repository one is not', () => {
    expect(readOnlyReason(readRunnerContext(env, payload(), '/'))).toBeUndefined();
    expect(readOnlyReason(readRunnerContext(env, payload('mallory/shop'), '/'))).toBe(
      'the pull request comes from the fork mallory/shop',
    );
    expect(readOnlyReason(readRunnerContext(env, payload('acme/shop', 'dependabot[bot]'), '/'))).toBe(
      'the pull request is from Dependabot',
    );
  });
});

describe('untrusted builds', () => {
  test('pull_request_target and workflow_run refuse unless allowed', () => {
    for (const event of ['pull_request_target', 'workflow_run']) {
      const c = readRunnerContext({ ...env, GITHUB_EVENT_NAME: event }, payload(), '/');
      expect(untrustedBuildRefusal(c, false)).toContain(`does not build code in a ${event} run`);
      expect(untrustedBuildRefusal(c, true)).toBeUndefined();
    }
    expect(untrustedBuildRefusal(readRunnerContext(env, payload(), '/'), false)).toBeUndefined();
  });
});
