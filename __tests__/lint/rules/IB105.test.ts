import { describe, expect, it } from '@jest/globals';
import { IB105 } from '../../../src/lint/rules/IB105.js';
import { applyFix, check, positions } from './helpers.js';

describe('IB105 package-cache-left', () => {
  it.each([
    ['npm with cache clean', 'FROM node:20-slim\nRUN npm ci && npm cache clean --force\n'],
    ['a cache mount', 'FROM node:20-slim\nRUN --mount=type=cache,target=/root/.npm npm ci\n'],
    [
      'a builder stage',
      'FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\n',
    ],
    ['composer --no-cache', 'FROM php:8.3-cli\nRUN composer install --no-cache\n'],
    [
      'composer with its COMPOSER_HOME removed',
      'FROM php:8.3-cli\nRUN export COMPOSER_HOME="$(mktemp -d)"; composer create-project x/y app; rm -rf "$COMPOSER_HOME"\n',
    ],
    [
      'bundle --version (no install)',
      'FROM ruby:3.3-slim\nRUN gem install --no-document bundler && rm -rf "$(gem env gemdir)"/cache/*.gem && bundle --version\n',
    ],
    [
      'gem without docs and cache',
      'FROM ruby:3.3-slim\nRUN gem install --no-document rake && rm -rf "$(gem env gemdir)"/cache/*.gem\n',
    ],
  ])('accepts %s', (_name, text) => {
    expect(check(IB105, text)).toEqual([]);
  });

  it.each([
    [
      'npm',
      'FROM node:20-slim\nRUN npm ci\n',
      [2, 5, 2, 11],
      'FROM node:20-slim\nRUN npm ci && npm cache clean --force\n',
    ],
    [
      'gem',
      'FROM ruby:3.3-slim\nRUN gem install rake && echo ok\n',
      [2, 5, 2, 21],
      'FROM ruby:3.3-slim\nRUN gem install --no-document rake && rm -rf "$(gem env gemdir)"/cache/*.gem && echo ok\n',
    ],
    [
      'composer',
      'FROM php:8.3-cli\nRUN composer install --no-dev; echo ok\n',
      [2, 5, 2, 30],
      'FROM php:8.3-cli\nRUN composer install --no-dev && composer clear-cache; echo ok\n',
    ],
    [
      'go',
      'FROM golang:1.22\nRUN go build -o /usr/local/bin/app .\n',
      [2, 5, 2, 37],
      'FROM golang:1.22\nRUN go build -o /usr/local/bin/app . && go clean -cache -modcache\n',
    ],
  ])('fixes %s', (_name, text, position, fixed) => {
    const found = check(IB105, text);
    expect(positions(found)).toEqual([position]);
    expect(applyFix(text, found[0]!)).toBe(fixed);
    expect(check(IB105, fixed)).toEqual([]);
  });

  it('does not clean a cache a later RUN still uses', () => {
    const found = check(
      IB105,
      'FROM golang:1.22\nRUN go mod download\nCOPY . .\nRUN go build -o /app . && go clean -cache -modcache\n',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.fix).toBeUndefined();
    expect(found[0]!.message).toContain('the RUN at line 4 runs go again');
  });

  it('does not insert before a redirection or a pipe', () => {
    const found = check(
      IB105,
      'FROM node:20-slim\nRUN npm install > /dev/null\nRUN yes | npm ci | tee log\n',
    );
    expect(found.map((f) => f.fix)).toEqual([undefined, undefined]);
  });
});

describe('IB105 with several installs in one RUN', () => {
  it('adds --no-document to each gem install and one cleanup at the end, then stops', () => {
    const text = 'FROM ruby:3.3-slim\nRUN gem install a && gem install b\n';
    const found = check(IB105, text);
    expect(found).toHaveLength(1);
    const fixed = applyFix(text, found[0]!);
    expect(fixed).toBe(
      'FROM ruby:3.3-slim\nRUN gem install --no-document a && gem install --no-document b && rm -rf "$(gem env gemdir)"/cache/*.gem\n',
    );
    expect(check(IB105, fixed)).toEqual([]);
  });
});
