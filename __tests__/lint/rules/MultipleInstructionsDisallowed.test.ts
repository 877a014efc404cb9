import { describe, expect, it } from '@jest/globals';
import { MultipleInstructionsDisallowed } from '../../../src/lint/rules/MultipleInstructionsDisallowed.js';
import { check } from './helpers.js';

describe('MultipleInstructionsDisallowed', () => {
  it('reports the earlier instruction', () => {
    expect(
      check(MultipleInstructionsDisallowed, 'FROM alpine:3.20\nCMD ["a"]\nCMD ["b"]\n').map((f) => [
        f.line,
        f.message,
      ]),
    ).toEqual([
      [
        2,
        'Multiple CMD instructions should not be used in the same stage because only the last one will be used',
      ],
    ]);
  });
  it('one per stage', () => {
    expect(
      check(MultipleInstructionsDisallowed, 'FROM alpine:3.20 AS a\nCMD ["a"]\nFROM a\nCMD ["b"]\n'),
    ).toEqual([]);
  });
});
