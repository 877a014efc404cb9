// IB101's fix, proven with real builds: the merged Dockerfile builds, ends with the same files, and the image is
// smaller by the size of the file that used to be deleted one layer too late.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IB101 } from '../../../src/lint/rules/IB101.js';
import { DOCKER_BUILDKIT_CLIENT, removeImages, requireDocker, testTag } from '../../support/docker.js';
import { applyFix, check } from './helpers.js';

const FILE_BYTES = 3 * 1024 * 1024;
const DOCKERFILE = [
  'FROM busybox:1.35',
  `RUN dd if=/dev/urandom of=/payload.bin bs=1024 count=${FILE_BYTES / 1024} && echo made > /made.txt`,
  'RUN cp /made.txt /copy.txt',
  'RUN rm /payload.bin',
  '',
].join('\n');

const docker = (...args: string[]): string =>
  execFileSync(DOCKER_BUILDKIT_CLIENT, args, {
    encoding: 'utf8',
    env: { ...process.env, DOCKER_BUILDKIT: '1' },
  });

describe('IB101 fix on a real build', () => {
  const before = testTag('ib101-before');
  const after = testTag('ib101-after');
  let dir = '';

  beforeAll(() => {
    requireDocker();
    dir = mkdtempSync(join(tmpdir(), 'ib101-'));
  });
  afterAll(() => {
    removeImages(before, after);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('saves the deleted file and keeps the final filesystem', () => {
    const found = check(IB101, DOCKERFILE);
    expect(found).toHaveLength(1);
    const fixed = applyFix(DOCKERFILE, found[0]!);
    expect(check(IB101, fixed)).toEqual([]);

    writeFileSync(join(dir, 'before.Dockerfile'), DOCKERFILE);
    writeFileSync(join(dir, 'after.Dockerfile'), fixed);
    docker('build', '--network', 'none', '-q', '-f', join(dir, 'before.Dockerfile'), '-t', before, dir);
    docker('build', '--network', 'none', '-q', '-f', join(dir, 'after.Dockerfile'), '-t', after, dir);

    const size = (tag: string): number =>
      Number(docker('image', 'inspect', '--format', '{{.Size}}', tag).trim());
    const saved = size(before) - size(after);
    expect(saved).toBeGreaterThanOrEqual(FILE_BYTES);
    expect(saved).toBeLessThan(FILE_BYTES + 64 * 1024);

    const listing = (tag: string): string =>
      docker(
        'run',
        '--rm',
        '--network',
        'none',
        tag,
        'sh',
        '-c',
        'ls / && cat /copy.txt && test ! -e /payload.bin',
      );
    expect(listing(after)).toBe(listing(before));
  });
});
