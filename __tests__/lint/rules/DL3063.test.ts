import { describe, expect, it } from '@jest/globals';
import { DL3063 } from '../../../src/lint/rules/DL3063.js';
import { check, positions } from './helpers.js';

describe('DL3063 stage-name-reserved', () => {
  it.each(['FROM debian AS build', 'FROM scratch', 'FROM debian'])('accepts %s', (line) => {
    expect(check(DL3063, `${line}\n`)).toEqual([]);
  });

  it.each([
    ['FROM debian AS scratch', [[1, 16, 1, 23]]],
    ['FROM debian as Context', [[1, 16, 1, 23]]],
  ])('flags %s on the name', (line, expected) => {
    expect(positions(check(DL3063, `${line}\n`))).toEqual(expected);
  });
});
