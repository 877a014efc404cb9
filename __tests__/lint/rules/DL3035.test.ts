import { describe, expect, it } from '@jest/globals';
import { DL3035 } from '../../../src/lint/rules/DL3035.js';
import { check, positions } from './helpers.js';

describe('DL3035 zypper-no-dist-upgrade', () => {
  it.each(['RUN zypper -n install httpd=2.4', 'RUN zypper -n update', 'RUN echo zypper dup'])(
    'accepts %s',
    (line) => {
      expect(check(DL3035, `FROM opensuse/leap:15\n${line}\n`)).toEqual([]);
    },
  );

  it.each([
    ['RUN zypper dist-upgrade', [[2, 5, 2, 24]]],
    ['RUN zypper -n dup && zypper clean', [[2, 5, 2, 18]]],
  ])('flags %s', (line, expected) => {
    expect(positions(check(DL3035, `FROM opensuse/leap:15\n${line}\n`))).toEqual(expected);
  });
});
