import { describe, expect, it } from '@jest/globals';
import { looksLikeImage, parseImageRef } from '../../../../src/lint/rules/support/images.js';

describe('parseImageRef', () => {
  it.each([
    ['debian', { registry: 'docker.io', repository: 'debian' }],
    ['debian:12-slim', { registry: 'docker.io', repository: 'debian', tag: '12-slim' }],
    ['o/app:1', { registry: 'docker.io', repository: 'o/app', tag: '1' }],
    ['localhost:5000/app', { registry: 'localhost:5000', repository: 'app' }],
    [
      'Ghcr.io/o/app:1@sha256:ab',
      { registry: 'ghcr.io', repository: 'o/app', tag: '1', digest: 'sha256:ab' },
    ],
    ['ruby@sha256:f1', { registry: 'docker.io', repository: 'ruby', digest: 'sha256:f1' }],
  ])('splits %s', (ref, expected) => {
    expect(parseImageRef(ref)).toEqual(expected);
  });
  it('tells image references from stage names', () => {
    expect(looksLikeImage('builder')).toBe(false);
    expect(looksLikeImage('build.v2')).toBe(false);
    expect(looksLikeImage('node:20')).toBe(true);
    expect(looksLikeImage('o/app')).toBe(true);
  });
});
