import { describe, expect, it } from '@jest/globals';
import { DL3038 } from '../../../src/lint/rules/DL3038.js';
import { applyFix, check, positions } from './helpers.js';

describe('DL3038 dnf-assume-yes', () => {
  it.each([
    'RUN dnf install -y httpd-2.4 && dnf clean all',
    'RUN dnf --assumeyes install httpd-2.4',
    'RUN microdnf -y install httpd-2.4',
    'RUN notdnf install httpd',
    'RUN dnf makecache',
  ])('accepts %s', (line) => {
    expect(check(DL3038, `FROM fedora:42\n${line}\n`)).toEqual([]);
  });

  it('flags dnf and inserts -y right after the subcommand', () => {
    const text = 'FROM fedora:42\nRUN dnf install httpd-2.4 && dnf clean all\n';
    const found = check(DL3038, text);
    expect(positions(found)).toEqual([[2, 5, 2, 26]]);
    const fixed = applyFix(text, found[0]!);
    expect(fixed).toBe('FROM fedora:42\nRUN dnf install -y httpd-2.4 && dnf clean all\n');
    expect(check(DL3038, fixed)).toEqual([]);
  });

  it('fixes microdnf and group installs the same way', () => {
    const text = 'FROM fedora:42\nRUN microdnf --nodocs group install "Development Tools"\n';
    const found = check(DL3038, text);
    expect(positions(found)).toEqual([[2, 5, 2, 56]]);
    expect(applyFix(text, found[0]!)).toBe(
      'FROM fedora:42\nRUN microdnf --nodocs group install -y "Development Tools"\n',
    );
  });
});
