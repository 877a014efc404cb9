import { describe, expect, it } from '@jest/globals';
import { DL4004 } from '../../../src/lint/rules/DL4004.js';
import { applyFix, check, positions } from './helpers.js';

describe('DL4004 single-entrypoint', () => {
  it('accepts one ENTRYPOINT per stage', () => {
    expect(check(DL4004, 'FROM debian AS a\nENTRYPOINT ["a"]\nFROM debian\nENTRYPOINT ["b"]\n')).toEqual([]);
  });

  it('flags the later ENTRYPOINT and removes the overridden one', () => {
    const text = 'FROM debian\nENTRYPOINT bash\nRUN foo\nENTRYPOINT ["/app"]\n';
    const found = check(DL4004, text);
    expect(positions(found)).toEqual([[4, 1, 4, 20]]);
    expect(found[0]!.message).toContain('line 2');
    const fixed = applyFix(text, found[0]!);
    expect(fixed).toBe('FROM debian\nRUN foo\nENTRYPOINT ["/app"]\n');
    expect(check(DL4004, fixed)).toEqual([]);
  });
});
