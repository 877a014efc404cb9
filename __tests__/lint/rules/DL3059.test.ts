import { describe, expect, it } from '@jest/globals';
import { DL3059 } from '../../../src/lint/rules/DL3059.js';
import { check, positions } from './helpers.js';

describe('DL3059 consolidate-run', () => {
  it.each([
    'RUN a\nWORKDIR /\nRUN b',
    'RUN a && b\nRUN c',
    'RUN --mount=type=secret,id=x a\nRUN b',
    'RUN ["a"]\nRUN ["b"]',
  ])('accepts %s', (lines) => {
    expect(check(DL3059, `FROM debian\n${lines}\n`)).toEqual([]);
  });

  it('flags the second RUN, across comments, with a merged suggestion', () => {
    const found = check(DL3059, 'FROM debian\nRUN apt-get update\n# why\nRUN make\n');
    expect(positions(found)).toEqual([[4, 1, 4, 9]]);
    expect(found[0]!.suggestion).toBe('RUN apt-get update \\\n && make');
    expect(found[0]!.fix).toBeUndefined();
  });

  it('flags each further one-command RUN in a row', () => {
    expect(positions(check(DL3059, 'FROM debian\nRUN a && b\nRUN c\nRUN d\nRUN e\n'))).toEqual([
      [4, 1, 4, 6],
      [5, 1, 5, 6],
    ]);
  });
});
