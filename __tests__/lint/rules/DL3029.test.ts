import { describe, expect, it } from '@jest/globals';
import { DL3029 } from '../../../src/lint/rules/DL3029.js';
import { check, positions } from './helpers.js';

describe('DL3029 no-fixed-platform', () => {
  it.each([
    'FROM debian:12',
    'FROM --platform=$BUILDPLATFORM debian:12',
    'FROM --platform="${TARGETPLATFORM:-linux/amd64}" debian:12',
    'FROM --platform=${BUILDOS}/${BUILDARCH} debian:12',
  ])('accepts %s', (line) => {
    expect(check(DL3029, `${line}\n`)).toEqual([]);
  });
  it('flags a fixed platform on the flag', () => {
    expect(positions(check(DL3029, 'FROM --platform=linux/amd64 debian:12\n'))).toEqual([[1, 6, 1, 28]]);
  });
});
