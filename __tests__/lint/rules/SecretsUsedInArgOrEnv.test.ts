import { describe, expect, it } from '@jest/globals';
import { SecretsUsedInArgOrEnv } from '../../../src/lint/rules/SecretsUsedInArgOrEnv.js';
import { check } from './helpers.js';

describe('SecretsUsedInArgOrEnv', () => {
  it('reports secret names in stages only', () => {
    expect(
      check(
        SecretsUsedInArgOrEnv,
        'ARG GITHUB_TOKEN\nFROM alpine:3.20\nARG NPM_TOKEN\nENV TOKEN_FILE=/run/t\n',
      ).map((f) => [f.line, f.message]),
    ).toEqual([[3, 'Do not use ARG or ENV instructions for sensitive data (ARG "NPM_TOKEN")']]);
  });
});
