import { describe, expect, it } from '@jest/globals';
import { DL3051 } from '../../../src/lint/rules/DL3051.js';
import { check, positions } from './helpers.js';

const schema = { labelSchema: { owner: 'text' } };

describe('DL3051 label-not-empty', () => {
  it('accepts a filled schema label and empty labels outside the schema', () => {
    expect(check(DL3051, 'FROM debian\nLABEL owner="team" other=""\n', schema)).toEqual([]);
  });

  it('flags an empty schema label', () => {
    expect(positions(check(DL3051, 'FROM debian\nLABEL owner=""\n', schema))).toEqual([[2, 7, 2, 15]]);
    expect(check(DL3051, 'FROM debian\nLABEL owner="  "\n', schema)).toHaveLength(1);
  });
});
