import { describe, expect, it } from '@jest/globals';
import { DL3019 } from '../../../src/lint/rules/DL3019.js';
import { check, positions } from './helpers.js';
import { expectFix } from './fix-assertions.js';

describe('DL3019 apk-no-cache', () => {
  it.each([
    'RUN apk add --no-cache curl=8',
    'RUN --mount=type=cache,target=/var/cache/apk apk add -U curl=8',
    'RUN --mount=type=tmpfs,target=/var/cache/apk/ apk add curl=8',
    'RUN apk del curl',
    'RUN apk add --no-network --virtual .rundeps $runDeps',
  ])('accepts %s', (line) => {
    expect(check(DL3019, `FROM busybox:1.35\n${line}\n`)).toEqual([]);
  });
  it('flags apk … add, even with a cache mount elsewhere', () => {
    const found = check(
      DL3019,
      'FROM busybox:1.35\nRUN --mount=type=cache,target=/var/cache/foo apk -U add curl=8\n',
    );
    expect(positions(found)).toEqual([[2, 46, 2, 56]]);
  });
  it('fixes by adding --no-cache right after add', () => {
    expectFix(
      DL3019,
      'FROM busybox:1.35\nRUN apk update && apk add curl=8\n',
      'FROM busybox:1.35\nRUN apk update && apk add --no-cache curl=8\n',
    );
  });
});
