import { describe, expect, it } from '@jest/globals';
import { FromAsCasing } from '../../../src/lint/rules/FromAsCasing.js';
import { applyFix, check } from './helpers.js';

describe('FromAsCasing', () => {
  it('writes AS in the case of FROM', () => {
    const text = 'FROM alpine:3.20 as base\n';
    const found = check(FromAsCasing, text);
    expect(found).toHaveLength(1);
    expect(applyFix(text, found[0]!)).toBe('FROM alpine:3.20 AS base\n');
    expect(check(FromAsCasing, applyFix(text, found[0]!))).toEqual([]);
  });
  it('and as for a lower-case from', () => {
    const text = 'from alpine:3.20 AS base\n';
    const found = check(FromAsCasing, text);
    expect(found).toHaveLength(1);
    expect(applyFix(text, found[0]!)).toBe('from alpine:3.20 as base\n');
    expect(check(FromAsCasing, applyFix(text, found[0]!))).toEqual([]);
  });
  it('leaves a mixed-case From alone', () => {
    expect(check(FromAsCasing, 'From alpine:3.20 as base\n')).toEqual([]);
  });
});
