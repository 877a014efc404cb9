import { describe, expect, it } from '@jest/globals';
import { DL3055 } from '../../../src/lint/rules/DL3055.js';
import { check, positions } from './helpers.js';

const schema = { labelSchema: { v: 'hash' } };

describe('DL3055 label values typed hash', () => {
  it.each(['2dbfae9', '43c572f1272b6b3171dd1db9e41b7027128ce080'])('accepts %s', (value) => {
    expect(check(DL3055, `FROM debian\nLABEL v="${value}" other="not checked"\n`, schema)).toEqual([]);
  });

  it.each(['not-git-hash', '2dbfae', 'ABCDEF1'])('flags %s on the pair', (value) => {
    const found = check(DL3055, `FROM debian\nLABEL v="${value}"\n`, schema);
    expect(positions(found)).toEqual([[2, 7, 2, 11 + value.length]]);
    expect(found[0]!.message).toContain(value);
  });

  it('ignores values that come from a variable', () => {
    expect(check(DL3055, 'FROM debian\nLABEL v="${X}"\n', schema)).toEqual([]);
  });
});
