import { describe, expect, it } from '@jest/globals';
import { UndefinedVar } from '../../../src/lint/rules/UndefinedVar.js';
import { check } from './helpers.js';

describe('UndefinedVar', () => {
  it('reports a variable used before its ARG', () => {
    expect(
      check(UndefinedVar, 'FROM alpine:3.20\nCOPY $foo .\nARG foo=bar\nCOPY $foo .\n').map((f) => [
        f.line,
        f.message,
      ]),
    ).toEqual([[2, "Usage of undefined variable '$foo'"]]);
  });
  it('counts stage ARGs without a value; a build argument needs its ARG', () => {
    const found = check(UndefinedVar, 'FROM alpine:3.20\nARG A\nCOPY $A $B .\n', { buildArgs: { B: 'x' } });
    expect(found.map((f) => f.message)).toEqual(["Usage of undefined variable '$B'"]);
  });

  it('leaves RUN to the shell', () => {
    expect(check(UndefinedVar, 'FROM alpine:3.20\nRUN echo $NOPE\n')).toEqual([]);
  });
});
