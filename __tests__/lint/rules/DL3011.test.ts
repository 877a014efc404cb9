import { describe, expect, it } from '@jest/globals';
import { DL3011 } from '../../../src/lint/rules/DL3011.js';
import { check, positions } from './helpers.js';

describe('DL3011 valid-port-range', () => {
  it.each([
    'EXPOSE 80',
    'EXPOSE 65535/udp',
    'EXPOSE ${PORT}',
    'EXPOSE 40000-60000/tcp',
    'EXPOSE 40000-${TOP}',
  ])('accepts %s', (line) => {
    expect(check(DL3011, `FROM busybox:1.35\n${line}\n`)).toEqual([]);
  });
  it('flags each out-of-range word', () => {
    const found = check(DL3011, 'FROM busybox:1.35\nEXPOSE 80 80000 40000-70000/tcp\n');
    expect(positions(found)).toEqual([
      [2, 11, 2, 16],
      [2, 17, 2, 32],
    ]);
    expect(found[1]!.message).toContain('70000');
  });
});
