import { describe, expect, it } from '@jest/globals';
import { DL3040 } from '../../../src/lint/rules/DL3040.js';
import { applyFix, check, positions } from './helpers.js';

describe('DL3040 dnf-clean-all', () => {
  it.each([
    'RUN dnf install -y mariadb-10.4 && dnf clean all',
    'RUN dnf -y upgrade && rm -rf /var/cache/dnf',
    'RUN microdnf install -y mariadb-10.4 && microdnf clean all',
    'RUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y mariadb-10.4',
    'RUN dnf makecache',
  ])('accepts %s', (line) => {
    expect(check(DL3040, `FROM fedora:42\n${line}\n`)).toEqual([]);
  });

  it('flags the install and appends the clean of the same program', () => {
    const text = 'FROM fedora:42\nRUN microdnf install -y mariadb-10.4\n';
    const found = check(DL3040, text);
    expect(positions(found)).toEqual([[2, 5, 2, 37]]);
    const fixed = applyFix(text, found[0]!);
    expect(fixed).toBe('FROM fedora:42\nRUN microdnf install -y mariadb-10.4 && microdnf clean all\n');
    expect(check(DL3040, fixed)).toEqual([]);
  });

  it('does not count a clean by the other program or before the install', () => {
    expect(positions(check(DL3040, 'FROM fedora:42\nRUN dnf in -y a-1 && microdnf clean all\n'))).toEqual([
      [2, 5, 2, 18],
    ]);
    expect(positions(check(DL3040, 'FROM fedora:42\nRUN rm -rf /var/cache/libdnf5 && dnf -y up\n'))).toEqual([
      [2, 34, 2, 43],
    ]);
  });
});
