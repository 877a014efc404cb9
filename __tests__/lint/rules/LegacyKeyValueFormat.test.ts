import { describe, expect, it } from '@jest/globals';
import { LegacyKeyValueFormat } from '../../../src/lint/rules/LegacyKeyValueFormat.js';
import { applyFix, check } from './helpers.js';

describe('LegacyKeyValueFormat', () => {
  it('writes key=value', () => {
    const text = 'FROM alpine:3.20\nENV APP_HOME /app\n';
    const found = check(LegacyKeyValueFormat, text);
    expect(found).toHaveLength(1);
    expect(applyFix(text, found[0]!)).toBe('FROM alpine:3.20\nENV APP_HOME=/app\n');
    expect(check(LegacyKeyValueFormat, applyFix(text, found[0]!))).toEqual([]);
  });
  it('quotes a value with spaces', () => {
    const text = 'FROM alpine:3.20\nLABEL description a small image\n';
    const found = check(LegacyKeyValueFormat, text);
    expect(found).toHaveLength(1);
    expect(applyFix(text, found[0]!)).toBe('FROM alpine:3.20\nLABEL description="a small image"\n');
    expect(check(LegacyKeyValueFormat, applyFix(text, found[0]!))).toEqual([]);
  });
  it('no fix for a value with quotes', () => {
    const [f] = check(LegacyKeyValueFormat, 'FROM alpine:3.20\nENV A "b c"\n');
    expect(f?.fix).toBeUndefined();
  });
});
