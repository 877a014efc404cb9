import { describe, expect, it } from '@jest/globals';
import { DL3056 } from '../../../src/lint/rules/DL3056.js';
import { check, positions } from './helpers.js';

const schema = { labelSchema: { v: 'semver' } };

describe('DL3056 label values typed semver', () => {
  it.each(['1.0.0', '2.0.1-rc1', '1.2.3+build.5'])('accepts %s', (value) => {
    expect(check(DL3056, `FROM debian\nLABEL v="${value}" other="not checked"\n`, schema)).toEqual([]);
  });

  it.each(['not-sem-ver', '1.2', 'v1.2.3', '01.2.3'])('flags %s on the pair', (value) => {
    const found = check(DL3056, `FROM debian\nLABEL v="${value}"\n`, schema);
    expect(positions(found)).toEqual([[2, 7, 2, 11 + value.length]]);
    expect(found[0]!.message).toContain(value);
  });

  it('ignores values that come from a variable', () => {
    expect(check(DL3056, 'FROM debian\nLABEL v="${X}"\n', schema)).toEqual([]);
  });
});
