import { describe, expect, it } from '@jest/globals';
import { DL3009 } from '../../../src/lint/rules/DL3009.js';
import { check, positions } from './helpers.js';
import { expectFix, expectNoFix } from './fix-assertions.js';

const FROM = 'FROM debian:bookworm-slim\n';

describe('DL3009 apt-lists-cleanup', () => {
  it.each([
    'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
    'RUN apt-get update && apt-get install -y curl && rm -fr /var/lib/apt/lists',
    'RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl',
    'RUN --mount=type=cache,target=/var/lib/apt --mount=type=tmpfs,target=/var/cache/apt apt-get update',
    'RUN apt-get install -y ./local.deb',
  ])('accepts %s', (line) => {
    expect(check(DL3009, `${FROM}${line}\n`)).toEqual([]);
  });
  it('flags the update command', () => {
    const found = check(DL3009, `${FROM}RUN apt-get update && apt-get install -y curl\n`);
    expect(positions(found)).toEqual([[2, 5, 2, 19]]);
  });
  it('still flags with a cache mount on /var/cache/apt only', () => {
    const text = `${FROM}RUN --mount=type=cache,target=/var/cache/apt apt update && apt install -y curl\n`;
    expect(positions(check(DL3009, text))).toEqual([[2, 46, 2, 56]]);
  });
  it('ignores stages that never reach the final image', () => {
    const text = `FROM debian:bookworm-slim AS tools\nRUN apt-get update && apt-get install -y curl\nFROM busybox:1.35\n`;
    expect(check(DL3009, text)).toEqual([]);
  });
  it('flags a stage that a later stage builds on', () => {
    const text = `FROM debian:bookworm-slim AS base\nRUN apt-get update && apt-get install -y curl\nFROM base\nRUN true\n`;
    expect(positions(check(DL3009, text))).toEqual([[2, 5, 2, 19]]);
  });
  it('flags ONBUILD triggers in any stage', () => {
    const text = `FROM debian:bookworm-slim AS base\nONBUILD RUN apt-get update\nFROM busybox:1.35\n`;
    expect(positions(check(DL3009, text))).toEqual([[2, 13, 2, 27]]);
  });
  it('fixes by appending the cleanup at the end of the RUN', () => {
    expectFix(
      DL3009,
      `${FROM}RUN apt-get update \\\n && apt-get install -y curl\nCMD ["sh"]\n`,
      `${FROM}RUN apt-get update \\\n && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nCMD ["sh"]\n`,
    );
  });
  it('fixes after a closing keyword', () => {
    expectFix(
      DL3009,
      `${FROM}RUN if true; then apt-get update && apt-get install -y curl; fi\n`,
      `${FROM}RUN if true; then apt-get update && apt-get install -y curl; fi && rm -rf /var/lib/apt/lists/*\n`,
    );
  });
  it.each([
    ['the RUN installs nothing', 'RUN apt-get update\nRUN apt-get install -y curl\n'],
    [
      'a later RUN installs without updating',
      'RUN apt-get update && apt-get install -y a\nRUN apt-get install -y b\n',
    ],
    ['the script ends with ;', 'RUN apt-get update && apt-get install -y a;\n'],
    ['the script ends with a comment', 'RUN apt-get update && apt-get install -y a # done\n'],
    ['the script is a heredoc', 'RUN <<EOF\napt-get update\napt-get install -y a\nEOF\n'],
  ])('does not fix when %s', (_why, body) => {
    expectNoFix(DL3009, `${FROM}${body}`);
  });
});
