import { describe, expect, it } from '@jest/globals';
import { DL3061 } from '../../../src/lint/rules/DL3061.js';
import { check, positions } from './helpers.js';

describe('DL3061 from-first', () => {
  it.each(['FROM a\nLABEL x=y', 'ARG A=B\nFROM a', '# syntax=docker/dockerfile:1\nFROM a'])(
    'accepts %s',
    (text) => {
      expect(check(DL3061, `${text}\n`)).toEqual([]);
    },
  );

  it('flags each instruction before the first FROM', () => {
    const found = check(DL3061, 'ARG V=1\nLABEL x=y\nENV A=1\nFROM a\n');
    expect(positions(found)).toEqual([
      [2, 1, 2, 10],
      [3, 1, 3, 8],
    ]);
    expect(found[0]!.message).toContain('LABEL');
  });
});
