// Precision cases found on real Dockerfiles outside the corpus: each block is one class of wrong finding, written
// as the smallest Dockerfiles that show it (and the nearby cases that must still be flagged).
import { describe, expect, it } from '@jest/globals';
import { DL3009 } from '../../src/lint/rules/DL3009.js';
import { check } from './rules/helpers.js';

const FROM = 'FROM debian:bookworm-slim\n';

describe('apt dist-clean clears the lists (DL3009)', () => {
  it.each([
    'RUN apt-get update && apt-get install -y curl && apt-get dist-clean',
    'RUN apt update && apt install -y curl && apt dist-clean',
    'RUN apt-get update && apt-get install -y curl && apt-get -q dist-clean',
  ])('accepts %s', (line) => {
    expect(check(DL3009, `${FROM}${line}\n`)).toEqual([]);
  });
  it.each([
    // the lists come back with the update that follows
    'RUN apt-get dist-clean && apt-get update && apt-get install -y curl',
    // `clean` keeps the lists
    'RUN apt-get update && apt-get install -y curl && apt-get clean',
  ])('still flags %s', (line) => {
    expect(check(DL3009, `${FROM}${line}\n`).map((f) => f.rule)).toEqual(['DL3009']);
  });
});
