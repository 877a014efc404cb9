import { describe, expect, it } from '@jest/globals';
import { DL3052 } from '../../../src/lint/rules/DL3052.js';
import { check, positions } from './helpers.js';

const schema = { labelSchema: { v: 'url' } };

describe('DL3052 label values typed url', () => {
  it.each(['https://example.com/repo', 'http://localhost:8080/x'])('accepts %s', (value) => {
    expect(check(DL3052, `FROM debian\nLABEL v="${value}" other="not checked"\n`, schema)).toEqual([]);
  });

  it.each(['not-url', 'example.com'])('flags %s on the pair', (value) => {
    const found = check(DL3052, `FROM debian\nLABEL v="${value}"\n`, schema);
    expect(positions(found)).toEqual([[2, 7, 2, 11 + value.length]]);
    expect(found[0]!.message).toContain(value);
  });

  it('ignores values that come from a variable', () => {
    expect(check(DL3052, 'FROM debian\nLABEL v="${X}"\n', schema)).toEqual([]);
  });
});
