import { describe, expect, it } from '@jest/globals';
import { MaintainerDeprecated } from '../../../src/lint/rules/MaintainerDeprecated.js';
import { applyFix, check } from './helpers.js';

describe('MaintainerDeprecated', () => {
  it('rewrites MAINTAINER into a label', () => {
    const text = 'FROM alpine:3.20\nMAINTAINER Jane "JD" Doe\n';
    const found = check(MaintainerDeprecated, text);
    expect(found).toHaveLength(1);
    expect(applyFix(text, found[0]!)).toBe('FROM alpine:3.20\nLABEL maintainer="Jane \\"JD\\" Doe"\n');
    expect(check(MaintainerDeprecated, applyFix(text, found[0]!))).toEqual([]);
  });
});
