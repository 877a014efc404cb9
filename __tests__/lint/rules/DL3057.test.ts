import { describe, expect, it } from '@jest/globals';
import { DL3057 } from '../../../src/lint/rules/DL3057.js';
import { check, positions } from './helpers.js';

describe('DL3057 healthcheck', () => {
  it.each([
    'FROM scratch\nHEALTHCHECK NONE',
    'FROM scratch\nHEALTHCHECK --interval=30s CMD ["/bin/check"]',
    'FROM scratch AS base\nHEALTHCHECK CMD /bin/check\nFROM base',
    'FROM debian AS build\nFROM scratch\nHEALTHCHECK NONE',
  ])('accepts %s', (text) => {
    expect(check(DL3057, `${text}\n`)).toEqual([]);
  });

  it('flags the final stage once, on its FROM', () => {
    const text = 'FROM scratch AS base\nHEALTHCHECK CMD /bin/check\nFROM scratch\n';
    expect(positions(check(DL3057, text))).toEqual([[3, 1, 3, 13]]);
  });

  it('ignores an ONBUILD HEALTHCHECK (it applies to images built later)', () => {
    expect(check(DL3057, 'FROM scratch\nONBUILD HEALTHCHECK NONE\n')).toHaveLength(1);
  });
});
