import { describe, expect, it } from '@jest/globals';
import { DL3023 } from '../../../src/lint/rules/DL3023.js';
import { check, positions } from './helpers.js';

describe('DL3023 copy-from-self', () => {
  it.each([
    'FROM busybox:1.35 AS build\nFROM busybox:1.35 AS run\nCOPY --from=build /a /a\n',
    'FROM busybox:1.35\nCOPY /a /a\n',
  ])('accepts %j', (text) => {
    expect(check(DL3023, text)).toEqual([]);
  });
  it('flags a copy from the stage itself, by name or number', () => {
    const text = 'FROM busybox:1.35 AS foo\nCOPY --from=foo /a /a\nFROM busybox:1.35\nCOPY --from=1 /b /b\n';
    expect(positions(check(DL3023, text))).toEqual([
      [2, 6, 2, 16],
      [4, 6, 4, 14],
    ]);
  });
});
