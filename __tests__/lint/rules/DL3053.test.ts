import { describe, expect, it } from '@jest/globals';
import { DL3053 } from '../../../src/lint/rules/DL3053.js';
import { check, positions } from './helpers.js';

const schema = { labelSchema: { v: 'rfc3339' } };

describe('DL3053 label values typed rfc3339', () => {
  it.each(['2021-03-10T10:26:33.564595127+01:00', '2024-05-01T12:00:00Z'])('accepts %s', (value) => {
    expect(check(DL3053, `FROM debian\nLABEL v="${value}" other="not checked"\n`, schema)).toEqual([]);
  });

  it.each(['not-date', '2024-13-01T00:00:00Z', '2024-05-01'])('flags %s on the pair', (value) => {
    const found = check(DL3053, `FROM debian\nLABEL v="${value}"\n`, schema);
    expect(positions(found)).toEqual([[2, 7, 2, 11 + value.length]]);
    expect(found[0]!.message).toContain(value);
  });

  it('ignores values that come from a variable', () => {
    expect(check(DL3053, 'FROM debian\nLABEL v="${X}"\n', schema)).toEqual([]);
  });
});
