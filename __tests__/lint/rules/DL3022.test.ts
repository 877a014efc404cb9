import { describe, expect, it } from '@jest/globals';
import { DL3022 } from '../../../src/lint/rules/DL3022.js';
import { check, positions } from './helpers.js';

describe('DL3022 copy-from-known-stage', () => {
  it.each([
    'FROM busybox:1.35 AS build\nFROM busybox:1.35\nCOPY --from=build /a /a\n',
    'FROM busybox:1.35 AS Build\nFROM busybox:1.35\nCOPY --from=BUILD /a /a\n',
    'FROM busybox:1.35\nFROM busybox:1.35\nCOPY --from=0 /a /a\n',
    'FROM busybox:1.35\nCOPY --from=haskell:9 /a /a\n',
    'FROM busybox:1.35\nCOPY --from=ghcr.io/o/tool /a /a\n',
    'FROM busybox:1.35\nCOPY --from=$STAGE /a /a\n',
    'FROM busybox:1.35\nONBUILD COPY --from=later /a /a\n',
  ])('accepts %j', (text) => {
    expect(check(DL3022, text)).toEqual([]);
  });
  it('flags a stage defined later, on the flag', () => {
    const found = check(DL3022, 'FROM busybox:1.35\nCOPY --from=build /a /a\nFROM busybox:1.35 AS build\n');
    expect(positions(found)).toEqual([[2, 6, 2, 18]]);
  });
  it('flags a stage number that is not earlier', () => {
    expect(positions(check(DL3022, 'FROM busybox:1.35\nCOPY --from=1 /a /a\n'))).toEqual([[2, 6, 2, 14]]);
  });
});
