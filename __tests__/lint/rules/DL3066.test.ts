import { describe, expect, it } from '@jest/globals';
import { DL3066 } from '../../../src/lint/rules/DL3066.js';
import { check, positions } from './helpers.js';

describe('DL3066 user-numeric', () => {
  it.each(['USER 10001', 'USER 1234:5678', 'ARG UID=10001\nUSER ${UID}', 'ENV U=5\nUSER $U:$U'])(
    'accepts %s',
    (lines) => {
      expect(check(DL3066, `FROM debian\n${lines}\n`)).toEqual([]);
    },
  );

  it.each([
    ['USER app', [[2, 6, 2, 9]]],
    ['USER app:app', [[2, 6, 2, 13]]],
    ['USER ${UNDECLARED}', [[2, 6, 2, 19]]],
  ])('flags %s on the user', (line, expected) => {
    expect(positions(check(DL3066, `FROM debian\n${line}\n`))).toEqual(expected);
  });
});
