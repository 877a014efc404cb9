import { describe, expect, it } from '@jest/globals';
import { DL3065 } from '../../../src/lint/rules/DL3065.js';
import { applyFix, check, positions } from './helpers.js';

describe('DL3065 from-platform-redundant', () => {
  it.each([
    'FROM alpine:3.20',
    'FROM --platform=$BUILDPLATFORM golang:1.22 AS build',
    'FROM --platform=linux/arm64 alpine:3.20',
  ])('accepts %s', (line) => {
    expect(check(DL3065, `${line}\n`)).toEqual([]);
  });

  it.each([
    ['FROM --platform=$TARGETPLATFORM alpine:3.20 AS run\n', 32, 'FROM alpine:3.20 AS run\n'],
    ['FROM --platform=${TARGETPLATFORM}  alpine:3.20\n', 34, 'FROM alpine:3.20\n'],
  ])('flags the flag in %j and removes it', (text, endColumn, expected) => {
    const found = check(DL3065, text);
    expect(positions(found)).toEqual([[1, 6, 1, endColumn]]);
    const fixed = applyFix(text, found[0]!);
    expect(fixed).toBe(expected);
    expect(check(DL3065, fixed)).toEqual([]);
  });
});
