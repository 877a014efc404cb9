import { describe, expect, it } from '@jest/globals';
import { DL1001 } from '../../../src/lint/rules/DL1001.js';
import { check, positions } from './helpers.js';

describe('DL1001 no-inline-ignore-pragma', () => {
  it.each([
    '# hadolint shell=powershell\nFROM busybox:1.35\n',
    '# hadolint global ignore=DL3003\nFROM busybox:1.35\n',
    '# just a comment\nFROM busybox:1.35\n',
    'FROM busybox:1.35\nRUN echo "# hadolint ignore=DL3003"\n',
  ])('accepts %j', (text) => {
    expect(check(DL1001, text)).toEqual([]);
  });
  it('flags an inline hadolint pragma on the comment', () => {
    const found = check(DL1001, 'FROM busybox:1.35\n  # hadolint ignore=DL3003\nRUN cd /tmp\n');
    expect(positions(found)).toEqual([[2, 3, 2, 27]]);
    expect(found[0]!.severity).toBe('style');
  });
  it('flags the image-budget spelling too', () => {
    const found = check(DL1001, '# image-budget ignore=IB101\nFROM busybox:1.35\n');
    expect(positions(found)).toEqual([[1, 1, 1, 28]]);
  });
});
