import { describe, expect, it } from '@jest/globals';
import { DL3012 } from '../../../src/lint/rules/DL3012.js';
import { check, positions } from './helpers.js';

describe('DL3012 single-healthcheck', () => {
  it.each([
    'FROM busybox:1.35\nHEALTHCHECK CMD ["true"]\n',
    'FROM busybox:1.35\nHEALTHCHECK CMD ["true"]\nFROM busybox:1.35\nHEALTHCHECK NONE\n',
  ])('accepts %j', (text) => {
    expect(check(DL3012, text)).toEqual([]);
  });
  it('flags the second HEALTHCHECK of a stage', () => {
    const found = check(DL3012, 'FROM busybox:1.35\nHEALTHCHECK CMD ["a"]\nHEALTHCHECK CMD ["b"]\n');
    expect(positions(found)).toEqual([[3, 1, 3, 22]]);
    expect(found[0]!.message).toContain('line 2');
  });
});
