import { describe, expect, it } from '@jest/globals';
import { DL3002 } from '../../../src/lint/rules/DL3002.js';
import { check, positions } from './helpers.js';

describe('DL3002 last-user-not-root', () => {
  it.each([
    'FROM busybox:1.35\nUSER app\n',
    'FROM busybox:1.35\nUSER root\nRUN id\nUSER 1000:1000\n',
    'FROM busybox:1.35 AS b\nUSER root\nUSER nobody\nFROM scratch\nCOPY --from=b /x /x\n',
    'FROM busybox:1.35\nUSER rootless\n',
  ])('accepts %j', (text) => {
    expect(check(DL3002, text)).toEqual([]);
  });
  it.each(['root', '0', 'root:root', '0:0'])('flags USER %s on its word', (user) => {
    const found = check(DL3002, `FROM busybox:1.35\nUSER ${user}\n`);
    expect(positions(found)).toEqual([[2, 6, 2, 6 + user.length]]);
  });
  it('flags every stage that ends as root, even when a later stage switches', () => {
    const text = 'FROM busybox:1.35 AS base\nUSER root\nRUN id\nFROM scratch\nUSER app\n';
    expect(positions(check(DL3002, text))).toEqual([[2, 6, 2, 10]]);
  });
});
