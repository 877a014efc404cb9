import { describe, expect, it } from '@jest/globals';
import { formatJson } from '../../../src/lint/format/json.js';
import { results } from './fixtures.js';

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
});
