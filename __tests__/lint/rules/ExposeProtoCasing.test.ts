import { describe, expect, it } from '@jest/globals';
import { ExposeProtoCasing } from '../../../src/lint/rules/ExposeProtoCasing.js';
import { applyFix, check } from './helpers.js';

describe('ExposeProtoCasing', () => {
  it('lower-cases the protocol', () => {
    const text = 'FROM alpine:3.20\nEXPOSE 80/TCP\n';
    const found = check(ExposeProtoCasing, text);
    expect(found).toHaveLength(1);
    expect(applyFix(text, found[0]!)).toBe('FROM alpine:3.20\nEXPOSE 80/tcp\n');
    expect(check(ExposeProtoCasing, applyFix(text, found[0]!))).toEqual([]);
  });
});
