import { describe, expect, it } from '@jest/globals';
import { DL4001 } from '../../../src/lint/rules/DL4001.js';
import { check, positions } from './helpers.js';

describe('DL4001 wget-or-curl', () => {
  it('accepts one tool per stage', () => {
    expect(check(DL4001, 'FROM debian AS a\nRUN wget -q x\nFROM debian\nRUN curl -fsS y\n')).toEqual([]);
  });

  it('flags every RUN that uses a tool once both are in the stage', () => {
    const found = check(DL4001, 'FROM debian\nRUN wget -q x\nRUN curl -fsS y\nRUN echo hi\nRUN wget -q z\n');
    expect(positions(found)).toEqual([
      [3, 5, 3, 16],
      [5, 5, 5, 14],
    ]);
  });

  it('flags both tools in one RUN on the first of them', () => {
    expect(positions(check(DL4001, 'FROM debian\nRUN wget -q x && curl y\n'))).toEqual([[2, 5, 2, 14]]);
  });
});
