import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  baselineCacheKey,
  getBaseline,
  saveBaseline,
  type BaselineRequest,
} from '../../src/compare/baseline.js';
import { memoryCache, testDeps } from '../support/deps.js';
import { lintEnvironment, Linter } from '../../src/lint/linter.js';
import { removeImages, requireDocker, testTag } from '../support/docker.js';
import { commit, git, initRepo, tempDir } from '../support/git-repo.js';

const made: string[] = [];
let repo: string;
let tmp: string;
let good: string;
let noDockerfile: string;
let broken: string;

beforeAll(() => {
  requireDocker();
  repo = initRepo(tempDir('baseline'));
  tmp = tempDir('baseline-tmp');
  noDockerfile = commit(repo, { 'README.md': 'hi' }, 'no dockerfile yet');
  good = commit(
    repo,
    { Dockerfile: 'FROM busybox:1.35\nRUN head -c 200000 /dev/zero > /blob\n', 'ctx/a.txt': 'a' },
    'dockerfile',
  );
  broken = commit(repo, { Dockerfile: 'FROM busybox:1.35\nRUN exit 3\n' }, 'broken');
  commit(repo, { Dockerfile: 'FROM busybox:1.35\nRUN head -c 300000 /dev/zero > /blob\n' }, 'head');
});
afterAll(() => {
  removeImages(...made);
  rmSync(repo, { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
});

function request(ref: string, mode: BaselineRequest['mode'] = 'build'): BaselineRequest {
  const tag = testTag('baseline');
  made.push(tag);
  return {
    mode,
    repo,
    ref,
    build: { dockerfile: join(repo, 'Dockerfile'), context: repo, network: 'none' },
    tag,
    tempDir: tmp,
  };
}

describe('getBaseline', () => {
  test('builds the base commit in a temporary worktree and measures it', async () => {
    const deps = testDeps();
    const result = await getBaseline(deps, {
      ...request(good),
      linter: new Linter(lintEnvironment(undefined, null), { warn: () => undefined, rules: [] }),
    });
    expect(result.available).toBe(true);
    if (!result.available) return;
    expect(result.sha).toBe(good);
    expect(result.source).toBe('build');
    // the base layer has the 200,000-byte file, not the head's 300,000
    expect(result.measurement.layers.at(-1)!.sizeBytes).toBeGreaterThanOrEqual(200000);
    expect(result.measurement.layers.at(-1)!.sizeBytes).toBeLessThan(300000);
    expect(result.findings).toEqual([]);
    expect(git(repo, 'worktree', 'list').split('\n')).toHaveLength(1);
  });

  test('a base without the Dockerfile is "no baseline" with the reason', async () => {
    const result = await getBaseline(testDeps(), request(noDockerfile));
    expect(result).toEqual({
      available: false,
      sha: noDockerfile,
      reason: `the base commit ${noDockerfile.slice(0, 12)} has no Dockerfile`,
    });
  });

  test('a base whose build fails is "no baseline" with the failing step', async () => {
    const result = await getBaseline(testDeps(), request(broken));
    expect(result.available).toBe(false);
    if (result.available) return;
    expect(result.reason).toMatch(/^the base build failed/);
    expect(result.reason).toMatch(/exit 3|code: 3|returned a non-zero code/);
    expect(git(repo, 'worktree', 'list').split('\n')).toHaveLength(1);
  });

  test('an unknown ref is "no baseline", not a crash', async () => {
    const result = await getBaseline(testDeps(), request('0'.repeat(40)));
    expect(result.available).toBe(false);
    if (result.available) return;
    expect(result.reason).toContain('fetching it failed');
  });

  test('baseline: cache uses a stored report and skips the build; a miss says why', async () => {
    const cache = memoryCache();
    const deps = testDeps({ cache });
    const miss = await getBaseline(deps, request(good, 'cache'));
    expect(miss).toMatchObject({ available: false, reason: expect.stringContaining('no cached report') });
    const built = await getBaseline(deps, request(good, 'build'));
    if (!built.available) throw new Error(built.reason);
    const key = await saveBaseline(deps, built, request(good).build, repo);
    expect(key).toBe(baselineCacheKey(good, { dockerfile: 'Dockerfile' }));
    const hit = await getBaseline(deps, request(good, 'auto'));
    expect(hit).toMatchObject({ available: true, source: 'cache', sha: good });
    if (hit.available) expect(hit.measurement.sizeBytes).toBe(built.measurement.sizeBytes);
    expect(hit.available && hit.image).toBeFalsy();
  });

  test('baseline: none', async () => {
    expect(await getBaseline(testDeps(), request(good, 'none'))).toEqual({
      available: false,
      reason: 'baseline is off (`baseline: none`)',
    });
  });
});
