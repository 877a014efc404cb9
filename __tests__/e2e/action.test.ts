// End to end: dist/index.js as a process, a real git repository, the real Docker Engine (busybox images) and a
// GitHub REST API on 127.0.0.1.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { bytesApart, humanBytes } from '../../src/report/units.js';
import { ensureDist, ROOT } from '../support/dist.js';
import { requireDocker } from '../support/docker.js';
import { MAX_COMMENT_CHARS, startFakeGitHub, type FakeGitHub } from './fake-github.js';
import {
  dataDockerfile,
  makeScenario,
  NODE24,
  pullRequestPayload,
  runAction,
  type ActionRun,
  type Scenario,
} from './run-action.js';

let fake: FakeGitHub;
const dirs: string[] = [];

beforeAll(() => {
  requireDocker();
  ensureDist();
});
beforeEach(async () => {
  fake = await startFakeGitHub();
});
afterEach(async () => fake.close());
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function scenario(base: Record<string, string | null>, head: Record<string, string | null>): Scenario {
  const s = makeScenario(base, head);
  dirs.push(s.dir);
  return s;
}

/** The images a run removed at the end are really gone. */
function expectImagesRemoved(run: ActionRun): void {
  const line = run.stdout.split('\n').find((l) => l.startsWith('removed images: '));
  expect(line).toBeDefined();
  for (const tag of line!.slice('removed images: '.length).trim().split(' ')) {
    expect(() => execFileSync('docker', ['image', 'inspect', tag], { stdio: 'pipe' })).toThrow();
  }
}

describe('the action on a pull request', () => {
  test('first run creates exactly one comment, a second run updates it; outputs go to GITHUB_OUTPUT', async () => {
    const s = scenario({ Dockerfile: dataDockerfile(100_000) }, { Dockerfile: dataDockerfile(300_000) });
    const first = await runAction({ scenario: s, apiUrl: fake.url, label: 'first' });
    expect(first.code).toBe(0);
    expect(fake.comments).toHaveLength(1);
    const comment = fake.comments[0]!;
    expect(comment.login).toBe('github-actions[bot]');
    expect(comment.body).toContain('<!-- image-budget:Dockerfile -->');
    const o = first.outputs;
    expect(Number(o['size'])).toBeGreaterThan(300_000);
    expect(Number(o['size-delta'])).toBeGreaterThanOrEqual(200_000);
    expect(Number(o['size-delta'])).toBeLessThan(210_000);
    expect(Number(o['size'])).toBe(Number(o['base-size']) + Number(o['size-delta']));
    expect(Number(o['pull-bytes'])).toBeGreaterThanOrEqual(200_000);
    expect(o['layers']).toBe(o['base-layers']);
    expect(o['status']).toBe('pass');
    expect(o['over-budget']).toBe('false');
    expect(o['comment-url']).toBe(`https://github.com/acme/shop/pull/7#issuecomment-${comment.id}`);
    expect(existsSync(o['report']!)).toBe(true);
    const report = JSON.parse(readFileSync(o['report']!, 'utf8')) as {
      pullRequest: number;
      baseSha: string;
      headSha: string;
    };
    expect(report).toMatchObject({ pullRequest: 7, baseSha: s.baseSha, headSha: s.headSha });
    expect(first.summary).toContain('image-budget');
    expect(first.stdout).toContain(`against base ${s.baseSha}`);
    expectImagesRemoved(first);

    const second = await runAction({ scenario: s, apiUrl: fake.url, label: 'second' });
    expect(second.code).toBe(0);
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]!.id).toBe(comment.id);
    expect(fake.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  test('over budget: exit 1, over-budget=true, the comment says by how much', async () => {
    const s = scenario({ Dockerfile: dataDockerfile(100_000) }, { Dockerfile: dataDockerfile(400_000) });
    const run = await runAction({
      scenario: s,
      apiUrl: fake.url,
      label: 'budget',
      inputs: { budget: '2MB' },
    });
    expect(run.code).toBe(1);
    expect(run.outputs['over-budget']).toBe('true');
    expect(run.outputs['status']).toBe('fail');
    const over = Number(run.outputs['size']) - 2_000_000;
    expect(over).toBeGreaterThan(0);
    expect(fake.comments).toHaveLength(1);
    // human units in the comment and the log, as the headline shows them; the bytes are in the outputs
    const [size, budget] = bytesApart(Number(run.outputs['size']), 2_000_000);
    const sentence = `uncompressed size ${size} is over the ${budget} budget by ${humanBytes(over)}`;
    expect(fake.comments[0]!.body).toContain(sentence);
    expect(run.stdout).toContain(`::error::`);
    expect(run.stdout).toContain(sentence);
  });

  test('growth under max-increase passes; over it fails', async () => {
    const s = scenario({ Dockerfile: dataDockerfile(100_000) }, { Dockerfile: dataDockerfile(150_000) });
    const under = await runAction({
      scenario: s,
      apiUrl: fake.url,
      label: 'under',
      inputs: { 'max-increase': '10%' },
    });
    expect(under.code).toBe(0);
    expect(under.outputs['status']).toBe('pass');
    const over = await runAction({
      scenario: s,
      apiUrl: fake.url,
      label: 'over',
      inputs: { 'max-increase': '10kB' },
    });
    expect(over.code).toBe(1);
    expect(over.outputs['over-budget']).toBe('true');
  });

  test('a base without the Dockerfile is "no baseline", and within budget the check passes', async () => {
    const s = scenario({}, { Dockerfile: dataDockerfile(100_000) });
    const run = await runAction({
      scenario: s,
      apiUrl: fake.url,
      label: 'nobase',
      inputs: { budget: '10MB' },
    });
    expect(run.code).toBe(0);
    expect(run.outputs['base-size']).toBe('');
    expect(run.outputs['status']).not.toBe('fail');
    expect(fake.comments[0]!.body.toLowerCase()).toContain('no baseline');
    expect(fake.comments[0]!.body).toContain(`has no Dockerfile`);
  });

  test('a read-only token (fork): exit 0, summary and outputs written, a notice, no comment', async () => {
    const s = scenario({ Dockerfile: dataDockerfile(100_000) }, { Dockerfile: dataDockerfile(120_000) });
    const run = await runAction({
      scenario: s,
      apiUrl: fake.url,
      label: 'fork',
      inputs: { 'github-token': 'ghs_readonly' },
    });
    expect(run.code).toBe(0);
    expect(fake.comments).toHaveLength(0);
    expect(fake.requests.some((r) => r.method === 'POST' && r.status === 403)).toBe(true);
    expect(run.summary).toContain('image-budget');
    expect(run.outputs['status']).toBe('pass');
    expect(run.outputs['comment-url']).toBe('');
    expect(run.stdout).toMatch(
      /::notice::The pull request comment could not be posted: the token cannot write comments \(403\)/,
    );
  });

  test('a fork pull request is detected from the payload: no write attempted', async () => {
    const s = scenario({ Dockerfile: dataDockerfile(100_000) }, { Dockerfile: dataDockerfile(120_000) });
    const payload = pullRequestPayload(s, { headRepo: 'mallory/shop' });
    const run = await runAction({ scenario: s, apiUrl: fake.url, label: 'fork2', payload });
    expect(run.code).toBe(0);
    expect(fake.requests).toHaveLength(0);
    expect(run.stdout).toContain(
      '::notice::The pull request comment is skipped: the pull request comes from the fork mallory/shop',
    );
  });

  test('two comment keys make two comments', async () => {
    const s = scenario({ Dockerfile: dataDockerfile(100_000) }, { Dockerfile: dataDockerfile(120_000) });
    await runAction({ scenario: s, apiUrl: fake.url, label: 'k1', inputs: { 'comment-key': 'web' } });
    await runAction({ scenario: s, apiUrl: fake.url, label: 'k2', inputs: { 'comment-key': 'worker' } });
    await runAction({ scenario: s, apiUrl: fake.url, label: 'k3', inputs: { 'comment-key': 'web' } });
    expect(fake.comments).toHaveLength(2);
    expect(fake.comments[0]!.body).toContain('<!-- image-budget:web -->');
    expect(fake.comments[1]!.body).toContain('<!-- image-budget:worker -->');
  });

  test('a report larger than the comment limit is cut cleanly', async () => {
    const args = Array.from({ length: 400 }, (_, i) => `ARG DB_PASSWORD_${i}=hunter${i}\n`).join('');
    const s = scenario(
      { Dockerfile: dataDockerfile(100_000) },
      { Dockerfile: args + dataDockerfile(120_000) },
    );
    const run = await runAction({
      scenario: s,
      apiUrl: fake.url,
      label: 'big',
      inputs: { 'lint-fail-on': 'none' },
    });
    expect(run.code).toBe(0);
    const body = fake.comments[0]!.body;
    expect(body.length).toBeLessThanOrEqual(60_000);
    expect(body.length).toBeLessThan(MAX_COMMENT_CHARS);
    // the headline and verdict survive, and every <details> and code fence is closed
    expect(body).toMatch(/\| *uncompressed/i);
    expect(body.split('<details').length).toBe(body.split('</details>').length);
    expect((body.match(/^```/gm) ?? []).length % 2).toBe(0);
    expect(body).toMatch(/shortened|omitted|more/i);
    // annotations: at most 10 per level
    expect((run.stdout.match(/^::error /gm) ?? []).length).toBeLessThanOrEqual(10);
    expect((run.stdout.match(/^::warning /gm) ?? []).length).toBeLessThanOrEqual(10);
  });

  test('a head that does not build: exit 1, the failing step in the comment and an error on its line', async () => {
    const s = scenario(
      { Dockerfile: dataDockerfile(1000) },
      { Dockerfile: 'FROM busybox:1.35\nRUN echo broken && exit 7\n' },
    );
    const run = await runAction({ scenario: s, apiUrl: fake.url, label: 'broken' });
    expect(run.code).toBe(1);
    expect(run.outputs['status']).toBe('fail');
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]!.body).toContain('The image did not build');
    expect(run.stdout).toMatch(/::error file=Dockerfile/);
    expect(run.summary).toContain('The image did not build');
  });

  test('pull_request_target refuses to build pull request code unless allowed', async () => {
    const s = scenario({ Dockerfile: dataDockerfile(1000) }, { Dockerfile: dataDockerfile(2000) });
    const run = await runAction({
      scenario: s,
      apiUrl: fake.url,
      label: 'prt',
      eventName: 'pull_request_target',
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('does not build code in a pull_request_target run');
    expect(run.stdout).not.toContain('removed images');
  });

  test('invalid inputs fail at once with every problem listed', async () => {
    const s = scenario({ Dockerfile: dataDockerfile(1000) }, { Dockerfile: dataDockerfile(2000) });
    const run = await runAction({
      scenario: s,
      apiUrl: fake.url,
      label: 'bad',
      inputs: { budget: 'lots', 'max-increase': 'ten', 'size-metric': 'fluffy' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Invalid action inputs (3)');
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });

  test('runs on Node 24, the runtime action.yml declares', async () => {
    // Node 24 from the npm registry into /tmp/node24 (idempotent; a no-op when it is there).
    execFileSync('bash', ['scripts/node24.sh'], { cwd: ROOT, stdio: 'pipe' });
    const version = execFileSync(NODE24, ['--version'], { encoding: 'utf8' });
    expect(version).toMatch(/^v24\./);
    const s = scenario({ Dockerfile: dataDockerfile(100_000) }, { Dockerfile: dataDockerfile(130_000) });
    const run = await runAction({ scenario: s, apiUrl: fake.url, label: 'node24', node: NODE24 });
    expect(run.code).toBe(0);
    expect(fake.comments).toHaveLength(1);
    expect(Number(run.outputs['size-delta'])).toBeGreaterThanOrEqual(30_000);
  });
});
