import { describe, expect, it } from '@jest/globals';
import { NoEmptyContinuation } from '../../../src/lint/rules/NoEmptyContinuation.js';
import { applyFix, check } from './helpers.js';

describe('NoEmptyContinuation', () => {
  it('reports the last line and removes the empty lines', () => {
    const text = 'FROM alpine:3.20\nRUN echo a \\\n\n  b\n';
    const found = check(NoEmptyContinuation, text);
    expect(found.map((f) => f.line)).toEqual([4]);
    expect(applyFix(text, found[0]!)).toBe('FROM alpine:3.20\nRUN echo a \\\n  b\n');
  });
  it('accepts comment lines in a continuation', () => {
    expect(check(NoEmptyContinuation, 'FROM alpine:3.20\nRUN echo a \\\n# note\n  b\n')).toEqual([]);
  });
});
