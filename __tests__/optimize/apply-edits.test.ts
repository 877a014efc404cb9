import { describe, expect, it } from '@jest/globals';
import { applyEdits, invalidReason, selectBatches } from '../../src/optimize/apply-edits.js';

describe('applyEdits', () => {
  it('applies edits in text order whatever order they come in', () => {
    expect(
      applyEdits('abcdef', [
        { start: 4, end: 5, text: 'E' },
        { start: 0, end: 0, text: '>' },
        { start: 1, end: 3, text: '' },
      ]),
    ).toBe('>adEf');
  });
  it('refuses overlapping or out-of-range edits', () => {
    expect(() => applyEdits('abc', [{ start: 2, end: 9, text: '' }])).toThrow('outside the text');
    expect(() =>
      applyEdits('abcdef', [
        { start: 0, end: 3, text: '' },
        { start: 2, end: 4, text: '' },
      ]),
    ).toThrow('overlapping');
  });
  it('names why a batch is invalid', () => {
    expect(invalidReason([{ start: 1.5, end: 2, text: '' }], 5)).toBe('edit offsets are not integers');
    expect(
      invalidReason(
        [
          { start: 1, end: 1, text: 'a' },
          { start: 1, end: 1, text: 'b' },
        ],
        5,
      ),
    ).toBe('the fix has two edits at the same offset');
    expect(invalidReason([{ start: 0, end: 5, text: 'x' }], 5)).toBeNull();
  });
});

describe('selectBatches', () => {
  it('keeps batches atomic and defers the ones touching an accepted batch', () => {
    const sel = selectBatches(
      [
        { id: 'b', edits: [{ start: 5, end: 6, text: 'x' }] },
        {
          id: 'a',
          edits: [
            { start: 0, end: 1, text: 'x' },
            { start: 6, end: 7, text: 'y' },
          ],
        },
        { id: 'c', edits: [{ start: 8, end: 9, text: 'z' }] },
        { id: 'bad', edits: [{ start: 8, end: 99, text: 'z' }] },
      ],
      10,
    );
    expect(sel.accepted.map((b) => b.id)).toEqual(['a', 'c']);
    expect(sel.deferred.map((b) => b.id)).toEqual(['b']);
    expect(sel.invalid.map((i) => i.batch.id)).toEqual(['bad']);
  });
  it('breaks ties by the caller order', () => {
    const sel = selectBatches(
      [
        { id: 'first', edits: [{ start: 2, end: 2, text: 'x' }] },
        { id: 'second', edits: [{ start: 2, end: 2, text: 'y' }] },
      ],
      4,
    );
    expect(sel.accepted.map((b) => b.id)).toEqual(['first']);
  });
});
