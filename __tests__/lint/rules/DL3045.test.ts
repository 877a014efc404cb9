import { describe, expect, it } from '@jest/globals';
import { DL3045 } from '../../../src/lint/rules/DL3045.js';
import { check, positions } from './helpers.js';

describe('DL3045 copy-relative-without-workdir', () => {
  it.each([
    'FROM debian\nCOPY a /usr/local/bin/a',
    'FROM debian\nCOPY a "/opt/a"',
    'FROM debian\nCOPY a c:\\\\tools\\\\a',
    'FROM debian\nCOPY a $DEST',
    'FROM debian\nWORKDIR /app\nCOPY a b',
    'FROM debian AS base\nWORKDIR /app\nFROM base\nCOPY a b',
    'FROM debian\nCOPY ["a", "/opt/a"]',
  ])('accepts %s', (text) => {
    expect(check(DL3045, `${text}\n`)).toEqual([]);
  });

  it('flags the destination word', () => {
    const found = check(DL3045, 'FROM debian\nCOPY --chown=1:1 a.sh b.sh\n');
    expect(positions(found)).toEqual([[2, 23, 2, 27]]);
    expect(found[0]!.message).toContain('"b.sh"');
  });

  it('does not carry WORKDIR into a stage that does not build on it', () => {
    const text = 'FROM debian AS one\nWORKDIR /usr\nFROM debian\nCOPY foo bar\n';
    expect(positions(check(DL3045, text))).toEqual([[4, 10, 4, 13]]);
  });
});
