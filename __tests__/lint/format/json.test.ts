import { describe, expect, it } from '@jest/globals';
import { formatJson } from '../../../src/lint/format/json.js';
import { paired, results } from './fixtures.js';

describe('formatJson', () => {
  it('prints one flat array with exactly the documented keys', () => {
    const out = JSON.parse(formatJson(results)) as Record<string, unknown>[];
    expect(out).toHaveLength(2);
    expect(Object.keys(out[1]!)).toEqual([
      'file',
      'line',
      'column',
      'endLine',
      'endColumn',
      'rule',
      'name',
      'severity',
      'category',
      'message',
      'fixable',
    ]);
    expect(formatJson([])).toBe('[]\n');
  });

  it('adds `also` to a finding that stands for another code too, and only to it', () => {
    const out = JSON.parse(formatJson([paired, ...results])) as Record<string, unknown>[];
    expect(out.map((f) => [f.rule, f.also])).toEqual([
      ['DL3025', ['JSONArgsRecommended']],
      ['DL3000', undefined],
      ['SC2086', undefined],
    ]);
    expect(Object.keys(out[0]!).at(-1)).toBe('also');
  });
});
