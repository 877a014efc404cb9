import { describe, expect, it } from '@jest/globals';
import { DL3008 } from '../../../src/lint/rules/DL3008.js';
import { check, positions } from './helpers.js';

describe('DL3008 apt-pin-versions', () => {
  it.each([
    'RUN apt-get install -y curl=7.88.1-10',
    'RUN apt-get install -y ./tool_1.0_amd64.deb',
    'RUN apt-get install -y -t bookworm-backports git=1:2.39*',
    'RUN apt-get install -y curl/bookworm',
    'RUN apt-get -o Dpkg::Options::=--force-confnew install -y vim=2:9.0*',
    'RUN apt install curl',
    'RUN apt-get update',
  ])('accepts %s', (line) => {
    expect(check(DL3008, `FROM debian:bookworm-slim\n${line}\n`)).toEqual([]);
  });
  it('flags the unpinned packages of one command in one finding', () => {
    const found = check(
      DL3008,
      'FROM debian:bookworm-slim\nRUN apt-get install -y curl=7 wget \\\n    git\n',
    );
    expect(positions(found)).toEqual([[2, 31, 3, 8]]);
    expect(found[0]!.message).toContain('wget, git');
  });
  it('flags each apt-get install separately', () => {
    const found = check(
      DL3008,
      'FROM debian:bookworm-slim\nRUN apt-get install -y a && apt-get install -y b\n',
    );
    expect(positions(found)).toEqual([
      [2, 24, 2, 25],
      [2, 48, 2, 49],
    ]);
  });
});
