import { describe, expect, it } from '@jest/globals';
import { DL3049 } from '../../../src/lint/rules/DL3049.js';
import { check, positions } from './helpers.js';

const schema = { labelSchema: { owner: 'text' } };

describe('DL3049 label-required', () => {
  it('is off without a label schema', () => {
    expect(check(DL3049, 'FROM debian\n')).toEqual([]);
  });

  it('accepts a labelled stage, and build stages that only feed a labelled one', () => {
    expect(check(DL3049, 'FROM debian\nLABEL owner="team"\n', schema)).toEqual([]);
    expect(
      check(
        DL3049,
        'FROM debian AS build\nFROM busybox:1.35\nLABEL owner=x\nCOPY --from=build /a /a\n',
        schema,
      ),
    ).toEqual([]);
    expect(check(DL3049, 'FROM debian AS base\nLABEL owner=x\nFROM base\n', schema)).toEqual([]);
  });

  it('flags every unlabelled stage on its FROM', () => {
    const found = check(DL3049, 'FROM debian AS one\nLABEL other=x\nFROM busybox:1.35\n', schema);
    expect(positions(found)).toEqual([
      [1, 1, 1, 19],
      [3, 1, 3, 18],
    ]);
    expect(found[0]!.message).toContain('"owner"');
  });

  it('flags a second result that lacks the label even if its base feeds a labelled one', () => {
    const text = 'FROM debian AS base\nFROM base\nLABEL owner=x\n\nFROM base\n';
    expect(positions(check(DL3049, text, schema))).toEqual([[5, 1, 5, 10]]);
  });
});
