import { describe, expect, it } from '@jest/globals';
import { IB110 } from '../../../src/lint/rules/IB110.js';
import { check, positions } from './helpers.js';

describe('IB110 secret-in-env-arg', () => {
  it.each([
    'ENV PASSWORD_FILE=/run/secrets/db',
    'ENV DB_PASSWORD=',
    'ENV TOKEN_URL=https://auth.example.com/token',
    'ENV OAUTH_TOKEN_ENDPOINT=https://auth.example.com/oauth/token',
    'ENV DB_DSN="postgres://db/app?password=$DB_PASSWORD"',
    'ENV PROMPT="enter the password: then press enter"',
    'ENV OAUTH_SCOPES=token_type=bearer',
    'ENV sa_password="_"',
    'ENV ALLOW_EMPTY_PASSWORD=yes',
    'ENV GPG_KEY 7169605F62C751356D054A26A821E680E5FA6305',
    'ENV TOKEN_TTL=3600',
    'ARG NODE_VERSION=20',
    'ENV SECRET_PATH=/etc/app/secret',
  ])('accepts %s', (line) => {
    expect(check(IB110, `FROM busybox:1.35\n${line}\n`)).toEqual([]);
  });

  it.each([
    ['ENV DB_PASSWORD=hunter2', [2, 5, 2, 24]],
    ['ARG NPM_TOKEN', [2, 5, 2, 14]],
    ['ENV API_KEY abc123', [2, 5, 2, 12]],
    ['ENV A=1 GITHUB_TOKEN=$GH', [2, 9, 2, 25]],
    ['ENV AWS_ID_VALUE=AKIAABCDEFGHIJKLMNOP', [2, 5, 2, 38]],
    ['ENV DATABASE_URL=postgres://app:s3cret@db/app', [2, 5, 2, 46]],
    ['ENV CONFIG="password=hunter2"', [2, 5, 2, 30]],
    ['ENV DB_DSN=host=db;user=app;password=hunter2', [2, 5, 2, 45]],
    // an empty default is filled by --build-arg, like no default
    ['ARG NPM_TOKEN=', [2, 5, 2, 15]],
    ['ARG TOKEN=""', [2, 5, 2, 13]],
  ])('flags %s', (line, position) => {
    const found = check(IB110, `FROM busybox:1.35\n${line}\n`);
    expect(positions(found)).toEqual([position]);
    expect(found[0]!.severity).toBe('error');
    expect(found[0]!.message).not.toContain('hunter2');
  });

  it('accepts the name of a secret that a secret mount reads (the recommended way)', () => {
    const text =
      'FROM busybox:1.35\nARG PULL_SECRET="instructlab-pull"\nRUN --mount=type=secret,id=${PULL_SECRET}/.dockerconfigjson true\n';
    expect(check(IB110, text)).toEqual([]);
    // a cache mount with that id is no secret mount
    const cache = 'FROM busybox:1.35\nARG PULL_SECRET=abc\nRUN --mount=type=cache,id=$PULL_SECRET true\n';
    expect(positions(check(IB110, cache))).toEqual([[2, 5, 2, 20]]);
  });
});
