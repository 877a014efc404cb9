import { describe, expect, it } from '@jest/globals';
import { ReservedStageName } from '../../../src/lint/rules/ReservedStageName.js';
import { check } from './helpers.js';

describe('ReservedStageName', () => {
  it('reports scratch and context', () => {
    expect(
      check(ReservedStageName, 'FROM alpine:3.20 AS Scratch\nFROM alpine:3.20 AS ctx\n').map((f) => [
        f.line,
        f.message,
      ]),
    ).toEqual([[1, 'Stage name should not use the same name as reserved stage "scratch"']]);
  });
});
