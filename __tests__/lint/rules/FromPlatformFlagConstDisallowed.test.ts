import { describe, expect, it } from '@jest/globals';
import { FromPlatformFlagConstDisallowed } from '../../../src/lint/rules/FromPlatformFlagConstDisallowed.js';
import { check } from './helpers.js';

describe('FromPlatformFlagConstDisallowed', () => {
  it('reports a constant platform', () => {
    expect(
      check(FromPlatformFlagConstDisallowed, 'FROM --platform=linux/arm64 alpine:3.20\n').map((f) => [
        f.line,
        f.message,
      ]),
    ).toEqual([[1, 'FROM --platform flag should not use constant value "linux/arm64"']]);
  });
  it('allowed when the stage is named after it', () => {
    expect(
      check(FromPlatformFlagConstDisallowed, 'FROM --platform=linux/arm64 alpine:3.20 AS build-arm64\n'),
    ).toEqual([]);
  });
});
