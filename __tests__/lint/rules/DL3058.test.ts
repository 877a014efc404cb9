import { describe, expect, it } from '@jest/globals';
import { DL3058 } from '../../../src/lint/rules/DL3058.js';
import { check, positions } from './helpers.js';

const schema = { labelSchema: { v: 'email' } };

describe('DL3058 label values typed email', () => {
  it.each(['abcd@google.com', 'ops+alerts@example.co.uk'])('accepts %s', (value) => {
    expect(check(DL3058, `FROM debian\nLABEL v="${value}" other="not checked"\n`, schema)).toEqual([]);
  });

  it.each(['not-email', 'a@b', 'Jane <jane@x.org>'])('flags %s on the pair', (value) => {
    const found = check(DL3058, `FROM debian\nLABEL v="${value}"\n`, schema);
    expect(positions(found)).toEqual([[2, 7, 2, 11 + value.length]]);
    expect(found[0]!.message).toContain(value);
  });

  it('ignores values that come from a variable', () => {
    expect(check(DL3058, 'FROM debian\nLABEL v="${X}"\n', schema)).toEqual([]);
  });
});
