import { describe, expect, it } from '@jest/globals';
import { DL3006 } from '../../../src/lint/rules/DL3006.js';
import { check, positions } from './helpers.js';

describe('DL3006 image-tag-required', () => {
  it.each([
    'FROM debian:12',
    'FROM ruby@sha256:f1dbca0f5dbc9',
    'FROM scratch',
    'FROM ${BASE}',
    'FROM localhost:5000/app:1.2',
    'FROM golang:1.22 AS build\nFROM build AS test',
    'FROM golang:1.22 AS Build\nFROM build',
  ])('accepts %j', (text) => {
    expect(check(DL3006, `${text}\n`)).toEqual([]);
  });
  it('flags the untagged image word', () => {
    const found = check(DL3006, 'FROM busybox:1.35 AS a\nFROM --platform=$BUILDPLATFORM node AS b\n');
    expect(positions(found)).toEqual([[2, 32, 2, 36]]);
    expect(found[0]!.message).toContain('"node"');
  });
  it('flags a registry image without tag even when the registry has a port', () => {
    expect(positions(check(DL3006, 'FROM localhost:5000/app\n'))).toEqual([[1, 6, 1, 24]]);
  });
});
