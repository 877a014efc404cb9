import { describe, expect, it } from '@jest/globals';
import { UndefinedArgInFrom } from '../../../src/lint/rules/UndefinedArgInFrom.js';
import { check } from './helpers.js';

describe('UndefinedArgInFrom', () => {
  it('suggests a close name', () => {
    expect(
      check(UndefinedArgInFrom, 'ARG VERSION=1\nFROM alpine:$VERSON\n').map((f) => [f.line, f.message]),
    ).toEqual([[2, "FROM argument 'VERSON' is not declared (did you mean VERSION?)"]]);
  });
  it('accepts predefined platform args', () => {
    expect(check(UndefinedArgInFrom, 'FROM --platform=$BUILDPLATFORM alpine:3.20\n')).toEqual([]);
  });
});
