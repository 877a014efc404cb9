import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { createGitHubApi } from '../../src/github/octokit.js';
import { stickyMarker, upsertStickyComment } from '../../src/github/sticky.js';
import { GitHubError, type GitHubApi } from '../../src/github/types.js';
import { startFakeGitHub, type FakeGitHub } from '../e2e/fake-github.js';

let fake: FakeGitHub;
const sleeps: number[] = [];

function api(token = 'ghs_actions'): GitHubApi {
  return createGitHubApi({
    token,
    baseUrl: fake.url,
    owner: fake.owner,
    repo: fake.repo,
    sleep: async (s) => {
      sleeps.push(s);
    },
    nowSeconds: () => 1_000_000,
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

  test('a 5xx is retried once, then succeeds', async () => {
    fake.failures.push({ method: 'POST', status: 502, count: 1 });
    const c = await api().createComment(7, 'hello');
    expect(c.body).toBe('hello');
    expect(sleeps).toEqual([1]);
  });

  test('a 5xx twice is a server error', async () => {
    fake.failures.push({ method: 'POST', status: 503, count: 2 });
    await expect(api().createComment(7, 'hello')).rejects.toMatchObject({ kind: 'server', status: 503 });
    expect(fake.comments).toHaveLength(0);
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
