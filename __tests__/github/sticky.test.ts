import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { createGitHubApi } from '../../src/github/octokit.js';
import { stickyMarker, upsertStickyComment } from '../../src/github/sticky.js';
import { GitHubError, type GitHubApi } from '../../src/github/types.js';
import { startFakeGitHub, type FakeGitHub } from '../e2e/fake-github.js';

let fake: FakeGitHub;
const sleeps: number[] = [];

const sleep = async (s: number): Promise<void> => {
  sleeps.push(s);
};

function api(
  token = 'ghs_actions',
  limits: { timeoutSeconds?: number; budgetSeconds?: number } = {},
): GitHubApi {
  return createGitHubApi({
    token,
    baseUrl: fake.url,
    owner: fake.owner,
    repo: fake.repo,
    sleep,
    nowSeconds: () => 1_000_000,
    ...limits,
  });
}

beforeEach(async () => {
  fake = await startFakeGitHub();
  sleeps.length = 0;
});
afterEach(async () => fake.close());

describe('whoami', () => {
  test('a personal token is its user; the GITHUB_TOKEN (403 on /user) is the Actions bot', async () => {
    expect(await api('ghp_alice').whoami()).toBe('alice');
    expect(await api('ghs_actions').whoami()).toBe('github-actions[bot]');
  });
  test('a rejected token is an error, not the bot', async () => {
    await expect(api('nope').whoami()).rejects.toMatchObject({ kind: 'unauthorized' });
  });
});

describe('listComments', () => {
  test('reads every page, 100 per page', async () => {
    for (let i = 0; i < 250; i++) fake.comments.push({ id: i + 1, issue: 7, body: `c${i}`, login: 'bob' });
    const all = await api().listComments(7);
    expect(all).toHaveLength(250);
    expect(all[249]).toMatchObject({ id: 250, body: 'c249', author: 'bob' });
    const lists = fake.requests.filter((r) => r.method === 'GET' && r.path.includes('/comments'));
    expect(lists).toHaveLength(3);
    expect(lists.every((r) => r.path.includes('per_page=100'))).toBe(true);
  });
});

describe('upsertStickyComment', () => {
  const author = 'github-actions[bot]';

  test('creates once, then updates in place', async () => {
    const first = await upsertStickyComment(api(), { issue: 7, key: 'Dockerfile', body: 'v1', author });
    expect(first?.action).toBe('created');
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]!.body).toBe(`${stickyMarker('Dockerfile')}\nv1`);
    const second = await upsertStickyComment(api(), { issue: 7, key: 'Dockerfile', body: 'v2', author });
    expect(second).toMatchObject({ action: 'updated', deleted: [] });
    expect(second!.comment.id).toBe(first!.comment.id);
    expect(fake.comments.map((c) => c.body)).toEqual([`${stickyMarker('Dockerfile')}\nv2`]);
  });

  test('finds its comment beyond the first page, and ignores the marker in comments by others', async () => {
    fake.comments.push({ id: 1, issue: 7, body: `quoting ${stickyMarker('k')}`, login: 'alice' });
    for (let i = 0; i < 120; i++) fake.comments.push({ id: 10 + i, issue: 7, body: 'chatter', login: 'bob' });
    fake.comments.push({ id: 500, issue: 7, body: `${stickyMarker('k')}\nold`, login: author });
    const result = await upsertStickyComment(api(), { issue: 7, key: 'k', body: 'new', author });
    expect(result).toMatchObject({ action: 'updated', comment: { id: 500 } });
    expect(fake.comments.find((c) => c.id === 1)!.body).toBe(`quoting ${stickyMarker('k')}`);
    expect(fake.comments).toHaveLength(122);
  });

  test('update-only mode leaves a missing comment missing', async () => {
    expect(
      await upsertStickyComment(api(), { issue: 7, key: 'k', body: 'b', author, createIfMissing: false }),
    ).toBeNull();
    expect(fake.comments).toHaveLength(0);
    await upsertStickyComment(api(), { issue: 7, key: 'k', body: 'b', author });
    const updated = await upsertStickyComment(api(), {
      issue: 7,
      key: 'k',
      body: 'c',
      author,
      createIfMissing: false,
    });
    expect(updated?.action).toBe('updated');
  });

  test('two keys make two comments', async () => {
    await upsertStickyComment(api(), { issue: 7, key: 'web/Dockerfile', body: 'a', author });
    await upsertStickyComment(api(), { issue: 7, key: 'worker/Dockerfile', body: 'b', author });
    await upsertStickyComment(api(), { issue: 7, key: 'web/Dockerfile', body: 'a2', author });
    expect(fake.comments.map((c) => c.body)).toEqual([
      `${stickyMarker('web/Dockerfile')}\na2`,
      `${stickyMarker('worker/Dockerfile')}\nb`,
    ]);
  });

  test('duplicates left by concurrent runs are removed, the oldest is kept', async () => {
    fake.comments.push({ id: 50, issue: 7, body: `${stickyMarker('k')}\nx`, login: author });
    fake.comments.push({ id: 60, issue: 7, body: `${stickyMarker('k')}\ny`, login: author });
    const result = await upsertStickyComment(api(), { issue: 7, key: 'k', body: 'z', author });
    expect(result).toMatchObject({ action: 'updated', comment: { id: 50 }, deleted: [60] });
    expect(fake.comments.map((c) => c.id)).toEqual([50]);
  });

  test('a key cannot close the HTML comment', () => {
    const marker = stickyMarker('a-->b <x>');
    expect(marker.slice(4, -3)).not.toMatch(/--|[<>]/);
    expect(marker).toBe('<!-- image-budget:a%2D-%3Eb%20%3Cx%3E -->');
  });
});

describe('errors', () => {
  test('a read-only token gets a read-only error on create', async () => {
    const error = await upsertStickyComment(api('ghs_readonly'), {
      issue: 7,
      key: 'k',
      body: 'b',
      author: 'x',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubError);
    expect(error).toMatchObject({ kind: 'read-only', status: 403 });
  });

  test('reads a pull request head', async () => {
    expect(await api().pullRequestHead(7)).toBe('f'.repeat(40));
  });

  test('404 for an unknown pull request', async () => {
    await expect(api().listComments(99)).rejects.toMatchObject({ kind: 'not-found', status: 404 });
  });

  test('422 for a body over 65,536 characters', async () => {
    await expect(api().createComment(7, 'x'.repeat(65537))).rejects.toMatchObject({
      kind: 'too-long',
      status: 422,
    });
  });

  test('a 5xx is retried with backoff, then succeeds', async () => {
    fake.failures.push({ method: 'GET', status: 502, count: 2 });
    expect(await api().listComments(7)).toEqual([]);
    expect(sleeps).toEqual([1, 2]);
  });

  test('a 5xx on every attempt is a server error that says the reason once', async () => {
    fake.failures.push({ method: 'GET', status: 503, message: 'Bad gateway', count: 9 });
    const error = await api()
      .listComments(7)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'server', status: 503, transient: true });
    expect((error as Error).message).toBe('GitHub answered 503 (4 attempts): Bad gateway');
    expect(sleeps).toEqual([1, 2, 4]);
  });

  test('creating is never repeated blindly: a 5xx on create is final for the adapter', async () => {
    fake.failures.push({ method: 'POST', status: 500, count: 1 });
    await expect(api().createComment(7, 'hello')).rejects.toMatchObject({ kind: 'server', status: 500 });
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  test('500, 500, 201 on create makes exactly one comment (listing again before each retry)', async () => {
    fake.failures.push({ method: 'POST', status: 500, count: 2 });
    const result = await upsertStickyComment(api(), {
      issue: 7,
      key: 'k',
      body: 'b',
      author: 'github-actions[bot]',
      sleep,
    });
    expect(result?.action).toBe('created');
    expect(fake.comments).toHaveLength(1);
    expect(sleeps).toEqual([1, 2]);
    const calls = fake.requests.map((r) => `${r.method} ${r.status}`);
    expect(calls).toEqual(['GET 200', 'POST 500', 'GET 200', 'POST 500', 'GET 200', 'POST 201', 'GET 200']);
  });

  test('a create that keeps failing gives up after three attempts with the server error', async () => {
    fake.failures.push({ method: 'POST', status: 503, count: 9 });
    await expect(
      upsertStickyComment(api(), { issue: 7, key: 'k', body: 'b', author: 'github-actions[bot]', sleep }),
    ).rejects.toMatchObject({ kind: 'server', status: 503 });
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(3);
    expect(sleeps).toEqual([1, 2]);
  });

  test('a create whose answer is lost finds the comment on the next listing instead of making a second', async () => {
    // the server makes the comment, then the answer is a 502 (a proxy timing out in front of GitHub)
    let made = false;
    const real = api();
    const flaky: GitHubApi = {
      ...real,
      createComment: async (issue, body) => {
        if (made) return real.createComment(issue, body);
        made = true;
        await real.createComment(issue, body);
        throw new GitHubError('server', 502, 'GitHub answered 502: Bad gateway');
      },
    };
    const result = await upsertStickyComment(flaky, {
      issue: 7,
      key: 'k',
      body: 'b',
      author: 'github-actions[bot]',
      sleep,
    });
    expect(result?.action).toBe('updated');
    expect(fake.comments).toHaveLength(1);
  });

  test('a request with no answer times out; the adapter gives up when its time budget is spent', async () => {
    fake.failures.push({ method: 'GET', status: 0, hang: true, count: 99 });
    const started = Date.now();
    const error = await api('ghs_actions', { timeoutSeconds: 1, budgetSeconds: 2 })
      .listComments(7)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'unreachable', status: undefined });
    expect((error as Error).message).toMatch(/^GitHub did not answer in time/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test('a refused connection is "unreachable", retried, and says why', async () => {
    const closed = fake.url;
    await fake.close();
    const dead = createGitHubApi({
      token: 't',
      baseUrl: closed,
      owner: 'a',
      repo: 'b',
      sleep,
      nowSeconds: () => 0,
    });
    const error = await dead.listComments(7).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'unreachable' });
    expect((error as Error).message).toMatch(/^GitHub could not be reached \(4 attempts\): .*ECONNREFUSED/);
    expect(sleeps).toEqual([1, 2, 4]);
    fake = await startFakeGitHub();
  });

  test('a short rate limit is waited out once', async () => {
    fake.failures.push({ method: 'GET', status: 429, headers: { 'retry-after': '3' }, count: 1 });
    expect(await api().listComments(7)).toEqual([]);
    expect(sleeps).toEqual([3]);
  });

  test('a long primary rate limit gives up with when it lifts', async () => {
    fake.failures.push({
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(1_000_000 + 1800) },
      message: 'API rate limit exceeded',
      count: 5,
    });
    const error = await api()
      .listComments(7)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'rate-limited', status: 403 });
    expect((error as Error).message).toContain('1800 s');
    expect(sleeps).toEqual([]);
  });
});
