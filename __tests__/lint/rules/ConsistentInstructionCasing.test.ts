import { describe, expect, it } from '@jest/globals';
import { ConsistentInstructionCasing } from '../../../src/lint/rules/ConsistentInstructionCasing.js';
import { applyFix, check } from './helpers.js';

describe('ConsistentInstructionCasing', () => {
  it('rewrites the keyword in the majority case', () => {
    const text = 'FROM alpine:3.20\ncopy a /a\nCOPY b /b\n';
    const found = check(ConsistentInstructionCasing, text);
    expect(found).toHaveLength(1);
    expect(applyFix(text, found[0]!)).toBe('FROM alpine:3.20\nCOPY a /a\nCOPY b /b\n');
    expect(check(ConsistentInstructionCasing, applyFix(text, found[0]!))).toEqual([]);
  });
  it('lower case when most are', () => {
    const text = 'from alpine:3.20\nRUN true\nrun true\ncmd ["x"]\n';
    const found = check(ConsistentInstructionCasing, text);
    expect(found).toHaveLength(1);
    expect(applyFix(text, found[0]!)).toBe('from alpine:3.20\nrun true\nrun true\ncmd ["x"]\n');
    expect(check(ConsistentInstructionCasing, applyFix(text, found[0]!))).toEqual([]);
  });
  it('reads an ONBUILD keyword as written', () => {
    expect(
      check(ConsistentInstructionCasing, 'FROM alpine:3.20\nonbuild RUN true\nRUN true\n').map((f) => [
        f.line,
        f.message,
      ]),
    ).toEqual([[2, "Command 'onbuild' should match the case of the command majority (uppercase)"]]);
  });
});
