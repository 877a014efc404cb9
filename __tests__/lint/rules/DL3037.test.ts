import { describe, expect, it } from '@jest/globals';
import { DL3037 } from '../../../src/lint/rules/DL3037.js';
import { check, positions } from './helpers.js';

describe('DL3037 zypper-pin-versions', () => {
  it.each([
    'RUN zypper -n install tomcat=9.0.39',
    'RUN zypper -n install tomcat\\>=9.0 "httpd<2.5"',
    'RUN zypper -n in tomcat-9.0.39-1.rpm',
    'RUN zypper -n refresh',
  ])('accepts %s', (line) => {
    expect(check(DL3037, `FROM opensuse/leap:15\n${line}\n`)).toEqual([]);
  });

  it('flags each unpinned package on its word', () => {
    const found = check(DL3037, 'FROM opensuse/leap:15\nRUN zypper -n install tomcat vim=9 curl\n');
    expect(positions(found)).toEqual([
      [2, 23, 2, 29],
      [2, 36, 2, 40],
    ]);
    expect(found[1]!.message).toContain('curl=<version>');
  });
});
