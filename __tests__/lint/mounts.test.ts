import { describe, expect, it } from '@jest/globals';
import {
  hasCacheMount,
  hasCacheMountOver,
  mountsOf,
  scratchMountTargets,
} from '../../src/dockerfile/mounts.js';
import { parseDockerfile } from '../../src/dockerfile/parse.js';

function run(line: string) {
  const ins = parseDockerfile(`FROM busybox:1.35\n${line}\n`).instructions[1]!;
  return { ins, mounts: mountsOf(ins), scratch: scratchMountTargets(ins) };
}

/** The mount records without their flag span and field map, for short expectations. */
function shapes(line: string) {
  return run(line).mounts.map(({ flag: _flag, fields: _fields, ...rest }) => rest);
}

describe('mountsOf', () => {
  it('reads type, target (any spelling, trailing slash dropped), source, from and id', () => {
    expect(
      shapes(
        'RUN --mount=type=cache,target=/var/cache/apt/ --mount=type=tmpfs,dst=/tmp --mount=from=img:1,destination=/x,ro --mount=type=secret,id=npmrc,target=/root/.npmrc --mount=src=pkg,target=/pkg true',
      ),
    ).toEqual([
      { type: 'cache', target: '/var/cache/apt' },
      { type: 'tmpfs', target: '/tmp' },
      { type: 'bind', target: '/x', from: 'img:1' },
      { type: 'secret', target: '/root/.npmrc', id: 'npmrc' },
      { type: 'bind', target: '/pkg', source: 'pkg' },
    ]);
    expect(
      run('RUN --mount=type=cache,target=/a --mount=type=tmpfs,dst=/tmp --mount=target=/b true').scratch,
    ).toEqual(['/a', '/tmp']);
  });

  it('reads the flag as one CSV record: a quoted value may hold a comma, a bare field is a switch', () => {
    const { mounts } = run('RUN --mount=type=bind,"source=a,b",target=/x,readonly true');
    expect(mounts[0]!.source).toBe('a,b');
    expect(mounts[0]!.fields.get('readonly')).toBe('');
    expect(mounts[0]!.flag.name).toBe('mount');
  });

  it('answers the questions the rules ask: cache mounts, and folders a cache or tmpfs mount covers', () => {
    const { ins } = run('RUN --mount=type=cache,target="/var/cache/apt" apt-get install -y x');
    expect(hasCacheMount(ins)).toBe(true);
    expect(hasCacheMountOver(ins, ['/var/cache/apt/archives'])).toBe(true);
    expect(hasCacheMountOver(ins, ['/var/cache/yum'])).toBe(false);
    expect(hasCacheMountOver(run('RUN --mount=type=cache,target=/ true').ins, ['/var/cache/yum'])).toBe(true);
    expect(hasCacheMount(run('RUN --mount=type=tmpfs,target=/tmp true').ins)).toBe(false);
  });

  it('returns nothing without mounts, and the same records when asked again', () => {
    expect(run('RUN true').mounts).toEqual([]);
    const { ins, mounts } = run('RUN --mount=type=cache,target=/c true');
    expect(mountsOf(ins)).toBe(mounts);
  });
});
