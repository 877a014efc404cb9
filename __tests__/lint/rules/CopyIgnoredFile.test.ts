import { describe, expect, it } from '@jest/globals';
import { CopyIgnoredFile } from '../../../src/lint/rules/CopyIgnoredFile.js';
import { check } from './helpers.js';

describe('CopyIgnoredFile', () => {
  it('reports an ignored source', () => {
    expect(
      check(CopyIgnoredFile, 'FROM alpine:3.20\nCOPY ./dist/app.js /app/\n', { dockerignore: ['dist'] }).map(
        (f) => [f.line, f.message],
      ),
    ).toEqual([[2, 'Attempting to Copy file "dist/app.js" that is excluded by .dockerignore']]);
  });
  it('off with ! exceptions', () => {
    expect(
      check(CopyIgnoredFile, 'FROM alpine:3.20\nCOPY dist /app/\n', { dockerignore: ['dist', '!dist/keep'] }),
    ).toEqual([]);
  });
  it('off without a .dockerignore', () => {
    expect(check(CopyIgnoredFile, 'FROM alpine:3.20\nCOPY dist /app/\n')).toEqual([]);
  });
});
