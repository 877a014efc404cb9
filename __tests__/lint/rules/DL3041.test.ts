import { describe, expect, it } from '@jest/globals';
import { DL3041 } from '../../../src/lint/rules/DL3041.js';
import { check, positions } from './helpers.js';

describe('DL3041 dnf-pin-versions', () => {
  it.each([
    'RUN dnf install -y tomcat-9.0.1 && dnf clean all',
    'RUN microdnf install -y openssl-1:1.1.1k gcc-c++-1.1.1',
    'RUN dnf module install -y nodejs:18',
    'RUN dnf -y group install "Development Tools"',
    'RUN notdnf install tomcat',
  ])('accepts %s', (line) => {
    expect(check(DL3041, `FROM fedora:42\n${line}\n`)).toEqual([]);
  });

  it('flags unpinned packages and modules on their words', () => {
    expect(positions(check(DL3041, 'FROM fedora:42\nRUN dnf install -y rpm-sign\n'))).toEqual([
      [2, 20, 2, 28],
    ]);
    expect(positions(check(DL3041, 'FROM fedora:42\nRUN microdnf module install -y tomcat\n'))).toEqual([
      [2, 32, 2, 38],
    ]);
  });

  it('does not resolve an ENV from a stage that is not inherited', () => {
    const text = 'FROM fedora:42 AS b\nENV v=2.51.0\nFROM fedora:42\nRUN dnf -y install git-core-${v}\n';
    expect(positions(check(DL3041, text))).toEqual([[4, 20, 4, 33]]);
  });
});
