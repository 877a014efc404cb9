import { describe, expect, it } from '@jest/globals';
import { DL3054 } from '../../../src/lint/rules/DL3054.js';
import { check, positions } from './helpers.js';

const schema = { labelSchema: { v: 'spdx' } };

describe('DL3054 label values typed spdx', () => {
  it.each(['MIT', 'Apache-2.0 OR MIT', '(GPL-2.0-only WITH Classpath-exception-2.0)', 'LicenseRef-acme'])(
    'accepts %s',
    (value) => {
      expect(check(DL3054, `FROM debian\nLABEL v="${value}" other="not checked"\n`, schema)).toEqual([]);
    },
  );

  it.each(['not-spdx', 'MIT OR', 'MIT AND AND BSD-3-Clause'])('flags %s on the pair', (value) => {
    const found = check(DL3054, `FROM debian\nLABEL v="${value}"\n`, schema);
    expect(positions(found)).toEqual([[2, 7, 2, 11 + value.length]]);
    expect(found[0]!.message).toContain(value);
  });

  it('ignores values that come from a variable', () => {
    expect(check(DL3054, 'FROM debian\nLABEL v="${X}"\n', schema)).toEqual([]);
  });
});
