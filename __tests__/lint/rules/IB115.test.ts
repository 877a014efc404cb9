import { describe, expect, it } from '@jest/globals';
import { IB115 } from '../../../src/lint/rules/IB115.js';
import { check, positions } from './helpers.js';

describe('IB115 no-healthcheck', () => {
  it.each([
    'FROM busybox:1.35\nCMD ["sh"]\n',
    'FROM busybox:1.35\nEXPOSE 80\nHEALTHCHECK CMD wget -qO- http://localhost/ || exit 1\n',
    'FROM busybox:1.35\nEXPOSE 80\nHEALTHCHECK NONE\n',
    'FROM busybox:1.35 AS web\nEXPOSE 80\nFROM busybox:1.35\n',
  ])('accepts %j', (text) => {
    expect(check(IB115, text)).toEqual([]);
  });

  it('flags EXPOSE without HEALTHCHECK', () => {
    const found = check(IB115, 'FROM busybox:1.35\nEXPOSE 8080\nCMD ["httpd", "-f"]\n');
    expect(positions(found)).toEqual([[2, 1, 2, 12]]);
    expect(found[0]!.severity).toBe('info');
  });
});
