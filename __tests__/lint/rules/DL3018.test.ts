import { describe, expect, it } from '@jest/globals';
import { DL3018 } from '../../../src/lint/rules/DL3018.js';
import { check, positions } from './helpers.js';

describe('DL3018 apk-pin-versions', () => {
  it.each([
    'RUN apk add --no-cache curl=8.5.0-r0',
    'RUN apk add --no-cache "git>=2.40" libffi~3.4 python3=~3.11',
    'RUN apk add --virtual .deps -X https://dl-cdn.alpinelinux.org/alpine/edge/testing gcc=13.2.1-r0',
    'RUN apk add ./local-1.0.apk',
    'RUN apk del curl',
  ])('accepts %s', (line) => {
    expect(check(DL3018, `FROM busybox:1.35\n${line}\n`)).toEqual([]);
  });
  it('flags the unpinned packages', () => {
    const found = check(DL3018, 'FROM busybox:1.35\nRUN apk add --no-cache \\\n  curl=8 \\\n  git\n');
    expect(positions(found)).toEqual([[4, 3, 4, 6]]);
    expect(found[0]!.message).toContain('git');
  });
});
