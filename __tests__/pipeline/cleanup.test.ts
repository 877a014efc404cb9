// What a run leaves behind is taken away: the containers made from the run's images (a smoke test that timed out
// keeps one) and the run's tags, in one pass even when some tags are already gone.
import { beforeAll, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { removeRunImages } from '../../src/pipeline/cleanup.js';
import { testDeps } from '../support/deps.js';
import { DOCKER, requireDocker } from '../support/docker.js';

const docker = (...args: string[]): string =>
  execFileSync(DOCKER, args, { encoding: 'utf8', stdio: 'pipe' }).trim();

beforeAll(() => requireDocker());

test('removes the containers of every tag and the tags, with a tag already gone among them', async () => {
  const prefix = `ib-cleanup-${randomBytes(4).toString('hex')}`;
  const tags = [`${prefix}-a`, `${prefix}-b`];
  for (const tag of tags) docker('tag', 'busybox:1.35', tag);
  const stopped = docker('create', tags[0]!, 'true');
  const running = docker('run', '--detach', tags[1]!, 'sleep', '300');
  const gone = `${prefix}-never-built`;

  const left = await removeRunImages(testDeps().docker, [...tags, gone]);

  expect(left).toEqual([]);
  const containers = docker('ps', '--all', '--quiet', '--no-trunc');
  expect(containers).not.toContain(stopped);
  expect(containers).not.toContain(running);
  for (const tag of tags) expect(docker('image', 'ls', '--quiet', tag)).toBe('');
  // the base the tags pointed at stays: only the run's names go
  expect(docker('image', 'ls', '--quiet', 'busybox:1.35')).not.toBe('');
}, 60_000);
