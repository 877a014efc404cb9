import { describe, expect, it } from '@jest/globals';
import { DL3014 } from '../../../src/lint/rules/DL3014.js';
import { check, positions } from './helpers.js';
import { expectFix } from './fix-assertions.js';

const FROM = 'FROM debian:bookworm-slim\n';

describe('DL3014 apt-get-assume-yes', () => {
  it.each([
    'RUN apt-get install -y curl',
    'RUN apt-get -yq install curl',
    'RUN apt-get install --assume-yes curl',
    'RUN apt-get install -qq curl',
    'RUN apt-get install -q -q curl',
    'RUN apt-get install -q=2 curl',
    'RUN apt-get -o APT::Get::Assume-Yes=true install curl',
    'RUN apt-get update',
    'RUN if apt-get install -s "pg-$V-jit" >/dev/null; then echo ok; fi',
  ])('accepts %s', (line) => {
    expect(check(DL3014, `${FROM}${line}\n`)).toEqual([]);
  });
  it('flags apt-get … install', () => {
    const found = check(DL3014, `${FROM}RUN apt-get update && apt-get -q install curl\n`);
    expect(positions(found)).toEqual([[2, 23, 2, 41]]);
  });
  it('fixes by adding -y right after install', () => {
    expectFix(
      DL3014,
      `${FROM}RUN apt-get install --quiet curl\n`,
      `${FROM}RUN apt-get install -y --quiet curl\n`,
    );
  });
});
