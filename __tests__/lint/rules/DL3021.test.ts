import { describe, expect, it } from '@jest/globals';
import { DL3021 } from '../../../src/lint/rules/DL3021.js';
import { check, positions } from './helpers.js';
import { expectFix, expectNoFix } from './fix-assertions.js';

const FROM = 'FROM busybox:1.35\n';

describe('DL3021 copy-multiple-sources-to-dir', () => {
  it.each([
    'COPY a b',
    'COPY a b c/',
    'COPY a b "c/"',
    'COPY ["a", "b", "c/"]',
    'COPY a b $DEST',
    'COPY --from=x a b C:\\\\app\\\\',
  ])('accepts %s', (line) => {
    expect(check(DL3021, `${FROM}${line}\n`)).toEqual([]);
  });
  it('flags the destination word', () => {
    const found = check(DL3021, `${FROM}COPY --chown=1 a b "dir"\n`);
    expect(positions(found)).toEqual([[2, 20, 2, 25]]);
  });
  it('fixes by appending the slash (inside quotes)', () => {
    expectFix(DL3021, `${FROM}COPY a b dir\n`, `${FROM}COPY a b dir/\n`);
    expectFix(DL3021, `${FROM}COPY a b "my dir"\n`, `${FROM}COPY a b "my dir/"\n`);
  });
  it('does not fix when a wildcard may match a single file', () => {
    expectNoFix(DL3021, `${FROM}COPY *.json *.lock app\n`);
  });
});
