import { describe, expect, it } from '@jest/globals';
import { compareFindings } from '../../src/compare/findings.js';
import type { Finding } from '../../src/model.js';

function finding(rule: string, line: number, message = `${rule} message`): Finding {
  return {
    file: 'Dockerfile',
    line,
    column: 1,
    endLine: line,
    endColumn: 5,
    rule,
    name: rule.toLowerCase(),
    severity: 'warning',
    category: 'size',
    message,
    fixable: false,
  };
}

describe('compareFindings', () => {
  it('matches by rule and message whatever the line, as a multiset', () => {
    const base = [finding('DL3008', 3), finding('DL3008', 7), finding('DL3015', 3)];
    const head = [finding('DL3008', 4), finding('DL3059', 9), finding('DL3008', 12), finding('DL3008', 20)];
    const result = compareFindings(base, head);
    expect(result.added.map((f) => [f.rule, f.line])).toEqual([
      ['DL3059', 9],
      ['DL3008', 20],
    ]);
    expect(result.unchanged.map((f) => f.line)).toEqual([4, 12]);
    expect(result.fixed.map((f) => [f.rule, f.line])).toEqual([['DL3015', 3]]);
    expect(result.baselineKnown).toBe(true);
  });
  it('calls every head finding new when the base is unknown', () => {
    const head = [finding('DL3008', 4)];
    expect(compareFindings(null, head)).toEqual({
      added: head,
      fixed: [],
      unchanged: [],
      baselineKnown: false,
    });
  });
});
