import { describe, expect, it } from '@jest/globals';
import { JSONArgsRecommended } from '../../../src/lint/rules/JSONArgsRecommended.js';
import { applyFix, check } from './helpers.js';

describe('JSONArgsRecommended', () => {
  it('writes the JSON form', () => {
    const text = 'FROM alpine:3.20\nCMD node server.js\n';
    const found = check(JSONArgsRecommended, text);
    expect(found).toHaveLength(1);
    expect(applyFix(text, found[0]!)).toBe('FROM alpine:3.20\nCMD ["node", "server.js"]\n');
    expect(check(JSONArgsRecommended, applyFix(text, found[0]!))).toEqual([]);
  });
  it('not after a SHELL in a parent stage', () => {
    expect(
      check(JSONArgsRecommended, 'FROM alpine:3.20 AS a\nSHELL ["/bin/bash", "-c"]\nFROM a\nCMD echo hi\n'),
    ).toEqual([]);
  });
  it('no fix for shell syntax', () => {
    const [f] = check(JSONArgsRecommended, 'FROM alpine:3.20\nCMD a && b\n');
    expect(f?.fix).toBeUndefined();
  });
});
