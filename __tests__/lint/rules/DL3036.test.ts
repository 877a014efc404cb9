import { describe, expect, it } from '@jest/globals';
import { DL3036 } from '../../../src/lint/rules/DL3036.js';
import { applyFix, check, positions } from './helpers.js';

describe('DL3036 zypper-clean', () => {
  it.each([
    'RUN zypper -n install httpd=2.4 && zypper clean',
    'RUN zypper -n in httpd=2.4 && zypper cc -a',
    'RUN zypper -n install httpd=2.4 && rm -rf /var/cache/zypp/*',
    'RUN --mount=type=cache,target=/var/cache/zypp zypper -n install httpd=2.4',
    'RUN --mount=type=tmpfs,target=/var/cache/zypp zypper -n install httpd=2.4',
  ])('accepts %s', (line) => {
    expect(check(DL3036, `FROM opensuse/leap:15\n${line}\n`)).toEqual([]);
  });

  it('flags the install and appends zypper clean', () => {
    const text = 'FROM opensuse/leap:15\nRUN zypper -n install httpd=2.4\n';
    const found = check(DL3036, text);
    expect(positions(found)).toEqual([[2, 5, 2, 32]]);
    const fixed = applyFix(text, found[0]!);
    expect(fixed).toBe('FROM opensuse/leap:15\nRUN zypper -n install httpd=2.4 && zypper clean --all\n');
    expect(check(DL3036, fixed)).toEqual([]);
  });

  it('flags a clean that comes before the install', () => {
    expect(
      positions(check(DL3036, 'FROM opensuse/leap:15\nRUN zypper clean && zypper -n in vim=9\n')),
    ).toEqual([[2, 21, 2, 39]]);
  });
});
