import { describe, expect, it } from '@jest/globals';
import { StageNameCasing } from '../../../src/lint/rules/StageNameCasing.js';
import { applyFix, check } from './helpers.js';

describe('StageNameCasing', () => {
  it('lower-cases the stage name', () => {
    const text = 'FROM alpine:3.20 AS Build\nFROM scratch\nCOPY --from=Build /a /a\n';
    const found = check(StageNameCasing, text);
    expect(found).toHaveLength(1);
    expect(applyFix(text, found[0]!)).toBe(
      'FROM alpine:3.20 AS build\nFROM scratch\nCOPY --from=Build /a /a\n',
    );
    expect(check(StageNameCasing, applyFix(text, found[0]!))).toEqual([]);
  });
  it('accepts lower-case names', () => {
    expect(check(StageNameCasing, 'FROM alpine:3.20 AS build\n')).toEqual([]);
  });
});
