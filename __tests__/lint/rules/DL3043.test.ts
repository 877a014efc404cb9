import { describe, expect, it } from '@jest/globals';
import { DL3043 } from '../../../src/lint/rules/DL3043.js';
import { check, positions } from './helpers.js';

describe('DL3043 onbuild-forbidden-trigger', () => {
  it.each(['ONBUILD RUN make', 'ONBUILD COPY . /app', 'FROM debian', 'MAINTAINER someone'])(
    'accepts %s',
    (line) => {
      expect(check(DL3043, `FROM debian\n${line}\n`)).toEqual([]);
    },
  );

  it.each([
    ['ONBUILD FROM debian', [[2, 9, 2, 20]]],
    ['ONBUILD MAINTAINER "BoJack"', [[2, 9, 2, 28]]],
    ['ONBUILD ONBUILD RUN x', [[2, 9, 2, 22]]],
  ])('flags %s on the trigger', (line, expected) => {
    expect(positions(check(DL3043, `FROM debian\n${line}\n`))).toEqual(expected);
  });
});
