import { describe, expect, it } from '@jest/globals';
import { DL4003 } from '../../../src/lint/rules/DL4003.js';
import { applyFix, check, positions } from './helpers.js';

describe('DL4003 single-cmd', () => {
  it('accepts one CMD per stage', () => {
    expect(check(DL4003, 'FROM debian AS a\nCMD ["a"]\nFROM debian\nCMD ["b"]\n')).toEqual([]);
  });

  it('flags the later CMD and removes the overridden one', () => {
    const text = 'FROM debian\nCMD ["bash"]\nRUN true\nCMD ["sh", \\\n  "-c", "x"]\n';
    const found = check(DL4003, text);
    expect(positions(found)).toEqual([[4, 1, 5, 13]]);
    const fixed = applyFix(text, found[0]!);
    expect(fixed).toBe('FROM debian\nRUN true\nCMD ["sh", \\\n  "-c", "x"]\n');
    expect(check(DL4003, fixed)).toEqual([]);
  });

  it('chains fixes for three CMDs so only the last remains', () => {
    const text = 'FROM debian\nCMD a\nCMD b\nCMD c\n';
    const found = check(DL4003, text);
    expect(positions(found)).toEqual([
      [3, 1, 3, 6],
      [4, 1, 4, 6],
    ]);
    const edits = found.flatMap((f) => f.fix!.edits);
    const fixed = applyFix(text, { ...found[0]!, fix: { description: 'all', edits } });
    expect(fixed).toBe('FROM debian\nCMD c\n');
  });
});
