import { describe, expect, it } from '@jest/globals';
import { RedundantTargetPlatform } from '../../../src/lint/rules/RedundantTargetPlatform.js';
import { applyFix, check } from './helpers.js';

describe('RedundantTargetPlatform', () => {
  it('removes the flag', () => {
    const text = 'FROM --platform=${TARGETPLATFORM} alpine:3.20\n';
    const found = check(RedundantTargetPlatform, text);
    expect(found).toHaveLength(1);
    expect(applyFix(text, found[0]!)).toBe('FROM alpine:3.20\n');
    expect(check(RedundantTargetPlatform, applyFix(text, found[0]!))).toEqual([]);
  });
  it('accepts BUILDPLATFORM', () => {
    expect(check(RedundantTargetPlatform, 'FROM --platform=$BUILDPLATFORM alpine:3.20\n')).toEqual([]);
  });
});
