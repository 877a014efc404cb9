import { describe, expect, it } from '@jest/globals';
import { DL3015 } from '../../../src/lint/rules/DL3015.js';
import { check, positions } from './helpers.js';
import { expectFix } from './fix-assertions.js';

const FROM = 'FROM debian:bookworm-slim\n';

describe('DL3015 apt-no-install-recommends', () => {
  it.each([
    'RUN apt-get install -y --no-install-recommends curl',
    'RUN apt-get -o APT::Install-Recommends=false install -y curl',
    'RUN apt-get -y -oAPT::Install-Recommends=0 install curl',
    'RUN apt-get upgrade -y',
  ])('accepts %s', (line) => {
    expect(check(DL3015, `${FROM}${line}\n`)).toEqual([]);
  });
  it('flags apt-get … install on its own line of a continuation', () => {
    const found = check(DL3015, `${FROM}RUN apt-get update \\\n && apt-get -y install curl\n`);
    expect(positions(found)).toEqual([[3, 5, 3, 23]]);
  });
  it('fixes by adding the flag right after install', () => {
    expectFix(
      DL3015,
      `${FROM}RUN apt-get update && sudo apt-get install -y make\n`,
      `${FROM}RUN apt-get update && sudo apt-get install --no-install-recommends -y make\n`,
    );
  });
  it('keeps the certificates that HTTPS clients only recommend', () => {
    expectFix(
      DL3015,
      `${FROM}RUN apt-get install -y curl=7.88* \\\n  jq\n`,
      `${FROM}RUN apt-get install --no-install-recommends -y curl=7.88* \\\n  jq ca-certificates\n`,
    );
    expectFix(
      DL3015,
      `${FROM}RUN apt-get install -y git ca-certificates\n`,
      `${FROM}RUN apt-get install --no-install-recommends -y git ca-certificates\n`,
    );
  });
});
