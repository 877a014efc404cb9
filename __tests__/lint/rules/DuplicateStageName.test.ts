import { describe, expect, it } from '@jest/globals';
import { DuplicateStageName } from '../../../src/lint/rules/DuplicateStageName.js';
import { check } from './helpers.js';

describe('DuplicateStageName', () => {
  it('reports the later stage, names compared in lower case', () => {
    expect(
      check(DuplicateStageName, 'FROM alpine:3.20 AS b\nFROM alpine:3.20 AS B\n').map((f) => [
        f.line,
        f.message,
      ]),
    ).toEqual([[2, 'Duplicate stage name "b", stage names should be unique']]);
  });
});
