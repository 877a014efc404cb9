import { describe, expect, it } from '@jest/globals';
import { DL3024 } from '../../../src/lint/rules/DL3024.js';
import { check, positions } from './helpers.js';

describe('DL3024 unique-stage-names', () => {
  it('accepts distinct names', () => {
    expect(check(DL3024, 'FROM busybox:1.35 AS a\nFROM busybox:1.35 AS b\nFROM a\n')).toEqual([]);
  });
  it('flags the repeated name, case-insensitively', () => {
    const found = check(DL3024, 'FROM busybox:1.35 AS foo\nRUN true\nFROM busybox:1.35 as Foo\n');
    expect(positions(found)).toEqual([[3, 22, 3, 25]]);
    expect(found[0]!.message).toContain('line 1');
  });
});
