import { describe, expect, it } from '@jest/globals';
import { DL3050 } from '../../../src/lint/rules/DL3050.js';
import { check, positions } from './helpers.js';

const strict = { labelSchema: { owner: 'text' }, strictLabels: true };

describe('DL3050 label-not-in-schema', () => {
  it('accepts schema labels, and anything when strict labels are off', () => {
    expect(check(DL3050, 'FROM debian\nLABEL owner=x\n', strict)).toEqual([]);
    expect(check(DL3050, 'FROM debian\nLABEL other=x\n', { labelSchema: { owner: 'text' } })).toEqual([]);
  });

  it('flags each extra key', () => {
    expect(positions(check(DL3050, 'FROM debian\nLABEL owner=x other="y"\n', strict))).toEqual([
      [2, 15, 2, 24],
    ]);
  });
});
