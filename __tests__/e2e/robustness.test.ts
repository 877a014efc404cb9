// A hostile pull request and a failing world, end to end (dist/index.js as a process, the real engine, a GitHub
// API on 127.0.0.1): paths that lead out of the workspace stop the run before anything is built; failed builds
// and smoke tests leave nothing on the Docker host but build cache; a GitHub API that never answers costs only
// the comment; every degradation the verdict depends on is a warning.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDist } from '../support/dist.js';
import { DOCKER_CLASSIC_CLIENT, requireDocker } from '../support/docker.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { dataDockerfile, makeScenario, runAction, type ActionRun, type Scenario } from './run-action.js';

// Each test runs the action (and builds) up to three times on a shared machine: a generous cap against a hang.
jest.setTimeout(300_000);

let fake: FakeGitHub;
const dirs: string[] = [];
/** Markers put into the Dockerfiles of this file: every image and container they made is found by them. */
const markers: string[] = [];

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
  // the build cache these tests made (kept by the action on purpose) goes with them
  const ours = markers.flatMap((m) => markedImages(m));
  if (ours.length > 0) docker('image', 'rm', '--force', ...ours);
});

function scenario(base: Record<string, string | null>, head: Record<string, string | null>): Scenario {
  const s = makeScenario(base, head);
  dirs.push(s.dir);
  return s;
}

function docker(...args: string[]): string {
  try {
    return execFileSync(DOCKER_CLASSIC_CLIENT, args, { encoding: 'utf8', stdio: 'pipe' });
  } catch (error: unknown) {
    return String((error as { stdout?: unknown }).stdout ?? '');
  }
}

function marker(): string {
  const m = `ib-robust-${randomBytes(5).toString('hex')}`;
  markers.push(m);
  return m;
}

/** Every image (intermediate ones too) one of whose steps mentions `mark`. */
function markedImages(mark: string): string[] {
  return docker('images', '--all', '--quiet', '--no-trunc')
    .split('\n')
    .filter(Boolean)
    .filter((id, at, all) => all.indexOf(id) === at)
    .filter((id) => docker('history', '--no-trunc', '--format', '{{.CreatedBy}}', id).includes(mark));
}

/** Every container, running or not, whose command or image mentions `mark`. */
function markedContainers(mark: string, images: string[]): string[] {
  return docker('ps', '--all', '--no-trunc', '--format', '{{.ID}} {{.Image}} {{.Command}}')
    .split('\n')
    .filter(
      (line) =>
        line.includes(mark) || images.some((id) => line.includes(id.replace('sha256:', '').slice(0, 12))),
    );
}

/** Image ids a classic rebuild of `dockerfile` takes from the cache. */
function reusedByRebuild(dockerfile: string): string[] {
  const dir = join(dirs[0]!, `rebuild-${randomBytes(3).toString('hex')}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'Dockerfile'), dockerfile);
  let output: string;
  try {
    output = execFileSync(DOCKER_CLASSIC_CLIENT, ['build', '--force-rm', dir], {
      encoding: 'utf8',
      stdio: 'pipe',
      env: { ...process.env, DOCKER_BUILDKIT: '0' },
    });
  } catch (error: unknown) {
    output = String((error as { stdout?: unknown }).stdout ?? '');
  }
  return [...output.matchAll(/---> Using cache\n\s*---> ([0-9a-f]+)/g)].map((m) => m[1]!);
}

/** Nothing the run made is left but build cache: no container, none of its tags, and every image that holds one
 *  of its steps is reused by a rebuild of the same Dockerfile. */
function expectOnlyCacheLeft(run: ActionRun, mark: string, dockerfiles: string[]): void {
  const images = markedImages(mark);
  expect(markedContainers(mark, images)).toEqual([]);
  const tags = /^removed images: (.*)$/m.exec(run.stdout)?.[1]?.trim().split(' ') ?? [];
  for (const tag of tags) expect(docker('image', 'inspect', '--format', '{{.Id}}', tag).trim()).toBe('');
  const reused = dockerfiles.flatMap(reusedByRebuild);
  for (const id of images)
    expect(reused.some((short) => id.replace('sha256:', '').startsWith(short))).toBe(true);
}

describe('paths that lead out of the workspace', () => {
  test('context and dockerfile through .., an absolute path or a symbolic link stop the run before a build', async () => {
    const s = scenario({ Dockerfile: dataDockerfile(1000) }, { Dockerfile: dataDockerfile(2000) });
    mkdirSync(join(s.dir, 'other-checkout'));
    writeFileSync(join(s.dir, 'other-checkout', 'Dockerfile'), 'FROM busybox:1.35\n');
    symlinkSync(join(s.dir, 'other-checkout'), join(s.workspace, 'elsewhere'));
    symlinkSync(join(s.dir, 'other-checkout', 'Dockerfile'), join(s.workspace, 'Dockerfile.elsewhere'));
    const cases: [string, string][] = [
      ['context', '../..'],
      ['context', join(s.dir, 'other-checkout')],
      ['context', 'elsewhere'],
      ['dockerfile', '../../etc/passwd'],
      ['dockerfile', join(s.dir, 'other-checkout', 'Dockerfile')],
      ['dockerfile', 'Dockerfile.elsewhere'],
    ];
    for (const [index, [input, value]] of cases.entries()) {
      const run = await runAction({
        scenario: s,
        apiUrl: fake.url,
        label: `escape-${index}`,
        inputs: { [input]: value },
      });
      expect([input, value, run.code]).toEqual([input, value, 1]);
      expect(run.stdout).toContain(
        `::error::the \`${input}\` input ${JSON.stringify(value)} points outside the workspace ${s.workspace}`,
      );
      expect(run.stdout).not.toContain('build head');
      expect(run.stdout).not.toMatch(/\n\s+at /);
      expect(fake.requests).toHaveLength(0);
    }
  });
});

describe('after failures nothing is left on the Docker host but build cache', () => {
  test('a head build that fails: no container, no tag; its output reaches the comment without colour codes', async () => {
    const mark = marker();
    const head = `FROM busybox:1.35\nRUN echo ${mark} > /m\nRUN printf '\\033[31m${mark}-red\\033[0m\\n' && exit 7\n`;
    const s = scenario({ Dockerfile: dataDockerfile(1000) }, { Dockerfile: head });
    const run = await runAction({ scenario: s, apiUrl: fake.url, label: 'head-fails' });
    expect(run.code).toBe(1);
    expect(run.outputs['status']).toBe('fail');
    const body = fake.comments[0]!.body;
    // the line printf coloured, as plain text (the step's source shows `\033[31m` literally, which is fine);
    // BuildKit's plain progress puts the step number and time before it (`#6 0.972 `), the classic builder nothing
    const printed = new RegExp(`\\n(#\\d+ [\\d.]+ )?${mark}-red\\n`);
    expect(body).toMatch(printed);
    expect(body).not.toContain('\u001b');
    expect(run.summary).toMatch(printed);
    expect(run.summary).not.toContain('\u001b');
    expectOnlyCacheLeft(run, mark, [head]);
  });

  test('a base build that fails: a warning that growth limits were not checked, nothing left behind', async () => {
    const mark = marker();
    const base = `FROM busybox:1.35\nRUN echo ${mark}-base > /m\nRUN exit 3\n`;
    const head = dataDockerfile(2000, `RUN echo ${mark}-head > /m\n`);
    const s = scenario({ Dockerfile: base }, { Dockerfile: head });
    const run = await runAction({
      scenario: s,
      apiUrl: fake.url,
      label: 'base-fails',
      inputs: { 'max-increase': '10%', optimize: 'false' },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^::warning::no baseline: the base build failed.*so `max-increase` were not checked\.$/m,
    );
    expectOnlyCacheLeft(run, mark, [base, head]);
  });

  test('a smoke test that fails on the head image is a warning, with the optimizer and without it', async () => {
    const mark = marker();
    const head = dataDockerfile(2000, `RUN echo ${mark} > /m\n`);
    const s = scenario({ Dockerfile: dataDockerfile(1000) }, { Dockerfile: head });
    const withOptimizer = await runAction({
      scenario: s,
      apiUrl: fake.url,
      label: 'smoke-opt',
      inputs: { 'smoke-test': `echo ${mark}-smoke; exit 4` },
    });
    expect(withOptimizer.code).toBe(0);
    expect(withOptimizer.stdout).toMatch(
      /^::warning file=Dockerfile::the optimizer could not check any fix: the smoke test fails on the original image/m,
    );
    const without = await runAction({
      scenario: s,
      apiUrl: fake.url,
      label: 'smoke-plain',
      inputs: { 'smoke-test': `echo ${mark}-smoke; exit 4`, optimize: 'false' },
    });
    expect(without.stdout).toMatch(
      /^::warning file=Dockerfile::the smoke test fails on the head image: .*-smoke/m,
    );
    expectOnlyCacheLeft(without, mark, [head]);
  });
});

describe('a GitHub API that fails costs at most the comment', () => {
  test('a comment POST that is never answered: the run ends in time with outputs, summary, report and a warning', async () => {
    const s = scenario({ Dockerfile: dataDockerfile(1000) }, { Dockerfile: dataDockerfile(3000) });
    fake.failures.push({ method: 'POST', path: /\/comments$/, status: 0, hang: true, count: 99 });
    const started = Date.now();
    // no base build and no optimizer: the time measured is the comment's, not the machine's
    const run = await runAction({
      scenario: s,
      apiUrl: fake.url,
      label: 'hang',
      inputs: { baseline: 'none', optimize: 'false' },
    });
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(run.code).toBe(0);
    expect(Number(run.outputs['size'])).toBeGreaterThan(3000);
    expect(run.outputs['status']).toBe('pass');
    expect(run.outputs['comment-url']).toBe('');
    expect(existsSync(run.outputs['report']!)).toBe(true);
    expect(run.summary).toContain('image-budget');
    expect(run.stdout).toMatch(
      /^::warning::The pull request comment could not be posted: GitHub did not answer in time/m,
    );
    expect(fake.requests.filter((r) => r.method === 'POST').length).toBeGreaterThan(1);
    expect(fake.comments).toHaveLength(0);
  });

  test('500, 500, 201 on the comment POST ends with exactly one comment', async () => {
    const s = scenario({ Dockerfile: dataDockerfile(1000) }, { Dockerfile: dataDockerfile(3000) });
    fake.failures.push({
      method: 'POST',
      path: /\/comments$/,
      status: 500,
      message: 'Bad gateway',
      count: 2,
    });
    const run = await runAction({
      scenario: s,
      apiUrl: fake.url,
      label: 'flaky',
      inputs: { optimize: 'false' },
    });
    expect(run.code).toBe(0);
    expect(fake.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([500, 500, 201]);
    expect(fake.comments).toHaveLength(1);
    expect(run.outputs['comment-url']).toContain(`#issuecomment-${fake.comments[0]!.id}`);
    expect(run.stdout).not.toContain('could not be posted');
  });
});
