import { describe, expect, it } from '@jest/globals';
import { WorkdirRelativePath } from '../../../src/lint/rules/WorkdirRelativePath.js';
import { check } from './helpers.js';

describe('WorkdirRelativePath', () => {
  it('reports the first relative WORKDIR only', () => {
    expect(
      check(WorkdirRelativePath, 'FROM alpine:3.20\nWORKDIR app\nWORKDIR sub\n').map((f) => [
        f.line,
        f.message,
      ]),
    ).toEqual([[2, 'Relative workdir "app" can have unexpected results if the base image changes']]);
  });
  it('inherits an absolute WORKDIR from the parent stage', () => {
    expect(check(WorkdirRelativePath, 'FROM alpine:3.20 AS a\nWORKDIR /app\nFROM a\nWORKDIR sub\n')).toEqual(
      [],
    );
  });
});
