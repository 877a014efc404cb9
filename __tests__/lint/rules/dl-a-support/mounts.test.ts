import { describe, expect, it } from '@jest/globals';
import { parseDockerfile } from '../../../../src/dockerfile/parse.js';
import { mountsOf, scratchMountTargets } from '../../../../src/lint/rules/dl-a-support/mounts.js';

function run(line: string) {
  const ins = parseDockerfile(`FROM busybox:1.35\n${line}\n`).instructions[1]!;
  return { mounts: mountsOf(ins), scratch: scratchMountTargets(ins) };
}

describe('mountsOf', () => {
  it('reads type, target (any spelling, trailing slash dropped) and from', () => {
    const { mounts, scratch } = run(
      'RUN --mount=type=cache,target=/var/cache/apt/ --mount=type=tmpfs,dst=/tmp --mount=from=img:1,destination=/x,ro true',
    );
    expect(mounts).toEqual([
      { type: 'cache', target: '/var/cache/apt' },
      { type: 'tmpfs', target: '/tmp' },
      { type: 'bind', target: '/x', from: 'img:1' },
    ]);
    expect(scratch).toEqual(['/var/cache/apt', '/tmp']);
  });
  it('returns nothing without mounts', () => {
    expect(run('RUN true').mounts).toEqual([]);
  });
});
