import { describe, expect, it } from '@jest/globals';
import { IB107 } from '../../../src/lint/rules/IB107.js';
import { applyFix, check, positions } from './helpers.js';

describe('IB107 heavy-base-image', () => {
  it.each([
    'FROM node:20-slim\n',
    'FROM python:3.12-alpine\n',
    'FROM debian:bookworm-slim\n',
    'FROM ${BASE}\n',
    'FROM node:20 AS build\nFROM gcr.io/distroless/nodejs20\n',
    'FROM ubuntu:24.04\n',
    'FROM debian:experimental\n',
  ])('accepts %j', (text) => {
    expect(check(IB107, text)).toEqual([]);
  });

  it.each([
    ['node:20', 'node:20-slim'],
    ['node', 'node:slim'],
    ['node:20-bookworm', 'node:20-bookworm-slim'],
    ['python:3.12', 'python:3.12-slim'],
    ['python:3.12-bookworm', 'python:3.12-slim-bookworm'],
    ['ruby:3.3', 'ruby:3.3-slim'],
    ['debian:bookworm', 'debian:bookworm-slim'],
    ['debian:12', 'debian:12-slim'],
    ['debian', 'debian:stable-slim'],
    ['docker.io/library/python:3.11', 'docker.io/library/python:3.11-slim'],
  ])('swaps %s for %s (aggressive)', (from, to) => {
    const text = `FROM ${from}\nCMD ["sh"]\n`;
    const found = check(IB107, text);
    expect(positions(found)).toEqual([[1, 6, 1, 6 + from.length]]);
    expect(found[0]!.fix?.level).toBe('aggressive');
    const fixed = applyFix(text, found[0]!);
    expect(fixed).toBe(`FROM ${to}\nCMD ["sh"]\n`);
    expect(check(IB107, fixed)).toEqual([]);
  });

  it('only suggests when the image is pinned by digest', () => {
    const found = check(IB107, `FROM node:20@sha256:${'a'.repeat(64)}\n`);
    expect(found[0]!.fix).toBeUndefined();
    expect(found[0]!.suggestion).toBe('FROM node:20-slim');
  });

  it('judges an ARG default used in FROM, and leaves the fix to the ARG line (suggestion only)', () => {
    const found = check(IB107, 'ARG IMG=node:20\nFROM ${IMG}\nCMD ["node", "a.js"]\n');
    expect(positions(found)).toEqual([[2, 6, 2, 12]]);
    expect(found[0]!.message).toMatch(/^\$\{IMG\} \(node:20, the ARG default\) is a full image/);
    expect(found[0]!.suggestion).toBe('FROM node:20-slim');
    expect(found[0]!.fix).toBeUndefined();
    expect(check(IB107, 'ARG IMG=node:20-slim\nFROM ${IMG}\n')).toEqual([]);
  });
});
