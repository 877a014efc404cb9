import { describe, expect, it } from '@jest/globals';
import { DL3007 } from '../../../src/lint/rules/DL3007.js';
import { check, positions } from './helpers.js';

describe('DL3007 no-latest-tag', () => {
  it.each([
    'FROM debian:bookworm',
    'FROM debian',
    'FROM debian:latest@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb',
    'FROM registry.example.com:5000/latest:1',
  ])('accepts %s', (line) => {
    expect(check(DL3007, `${line}\n`)).toEqual([]);
  });
  it('flags :latest on the image word', () => {
    expect(positions(check(DL3007, 'FROM busybox:1.35\nFROM debian:latest AS builder\n'))).toEqual([
      [2, 6, 2, 19],
    ]);
  });
});
