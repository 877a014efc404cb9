import { describe, expect, it } from '@jest/globals';
import { DL3027 } from '../../../src/lint/rules/DL3027.js';
import { check, positions } from './helpers.js';
import { expectFix, expectNoFix } from './fix-assertions.js';

const FROM = 'FROM debian:bookworm-slim\n';

describe('DL3027 use-apt-get', () => {
  it.each(['RUN apt-get install -y curl', 'RUN apt-cache policy curl', 'RUN echo apt'])(
    'accepts %s',
    (line) => {
      expect(check(DL3027, `${FROM}${line}\n`)).toEqual([]);
    },
  );
  it('flags the apt word', () => {
    expect(positions(check(DL3027, `${FROM}RUN true && apt install -y curl\n`))).toEqual([[2, 13, 2, 16]]);
  });
  it('fixes by renaming the program', () => {
    expectFix(DL3027, `${FROM}RUN apt -y update\n`, `${FROM}RUN apt-get -y update\n`);
    expectFix(
      DL3027,
      `${FROM}RUN /usr/bin/apt install -y curl\n`,
      `${FROM}RUN /usr/bin/apt-get install -y curl\n`,
    );
  });
  it.each(['RUN apt list --installed', 'RUN apt full-upgrade -y', 'RUN apt upgrade -y'])(
    'does not fix %s, whose apt-get meaning differs',
    (line) => {
      expectNoFix(DL3027, `${FROM}${line}\n`);
    },
  );
});
