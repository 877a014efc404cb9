import { describe, expect, it } from '@jest/globals';
import { IB111 } from '../../../src/lint/rules/IB111.js';
import { check, positions } from './helpers.js';

describe('IB111 docker-socket', () => {
  it('accepts other volumes and mounts', () => {
    expect(
      check(IB111, 'FROM busybox:1.35\nVOLUME /data\nRUN --mount=type=cache,target=/root/.cache true\n'),
    ).toEqual([]);
  });

  it('flags VOLUME of the socket in both forms', () => {
    const found = check(
      IB111,
      'FROM busybox:1.35\nVOLUME /var/run/docker.sock\nVOLUME ["/data", "/run/docker.sock"]\n',
    );
    expect(positions(found)).toEqual([
      [2, 8, 2, 28],
      [3, 19, 3, 35],
    ]);
  });

  it('flags a RUN bind mount of the socket', () => {
    const found = check(
      IB111,
      'FROM busybox:1.35\nRUN --mount=type=bind,source=/var/run/docker.sock,target=/var/run/docker.sock docker ps\n',
    );
    expect(positions(found)).toEqual([[2, 5, 2, 78]]);
  });
});
