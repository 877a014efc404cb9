import { describe, expect, it } from '@jest/globals';
import { DL3060 } from '../../../src/lint/rules/DL3060.js';
import { applyFix, check, positions } from './helpers.js';

describe('DL3060 yarn-cache-clean', () => {
  it.each([
    'RUN yarn install --frozen-lockfile && yarn cache clean',
    'RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install',
    'RUN yarn build',
  ])('accepts %s', (line) => {
    expect(check(DL3060, `FROM node:20\n${line}\n`)).toEqual([]);
  });

  it('flags the install in the final stage and appends the clean', () => {
    const text = 'FROM node:20\nRUN yarn install --frozen-lockfile\n';
    const found = check(DL3060, text);
    expect(positions(found)).toEqual([[2, 5, 2, 35]]);
    const fixed = applyFix(text, found[0]!);
    expect(fixed).toBe('FROM node:20\nRUN yarn install --frozen-lockfile && yarn cache clean\n');
    expect(check(DL3060, fixed)).toEqual([]);
  });

  it('ignores build stages the final image does not build on, but not the ones it does', () => {
    expect(
      check(
        DL3060,
        'FROM node:20 AS build\nRUN yarn install\nFROM busybox:1.35\nCOPY --from=build /app /app\n',
      ),
    ).toEqual([]);
    expect(
      positions(check(DL3060, 'FROM node:20 AS deps\nRUN yarn install\nFROM deps\nRUN yarn build\n')),
    ).toEqual([[2, 5, 2, 17]]);
  });

  it('flags a cache mount on the wrong path', () => {
    expect(
      check(DL3060, 'FROM node:20\nRUN --mount=type=cache,target=/var/lib/x yarn install\n'),
    ).toHaveLength(1);
  });
});
