import { describe, expect, it } from '@jest/globals';
import { InvalidDefaultArgInFrom } from '../../../src/lint/rules/InvalidDefaultArgInFrom.js';
import { check } from './helpers.js';

describe('InvalidDefaultArgInFrom', () => {
  it('reports an image name that needs a build argument', () => {
    expect(
      check(InvalidDefaultArgInFrom, 'ARG TAG\nFROM alpine:$TAG\n', { buildArgs: { TAG: '3.20' } }).map(
        (f) => [f.line, f.message],
      ),
    ).toEqual([[2, 'Default value for ARG alpine:$TAG results in empty or invalid base image name']]);
  });
  it('accepts a default', () => {
    expect(check(InvalidDefaultArgInFrom, 'ARG TAG=3.20\nFROM alpine:$TAG\n')).toEqual([]);
  });
});
