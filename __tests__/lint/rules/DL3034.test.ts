import { describe, expect, it } from '@jest/globals';
import { DL3034 } from '../../../src/lint/rules/DL3034.js';
import { applyFix, check, positions } from './helpers.js';

describe('DL3034 zypper-non-interactive', () => {
  it.each([
    'RUN zypper install -y httpd=2.4',
    'RUN zypper -n install httpd=2.4',
    'RUN zypper --non-interactive in httpd=2.4',
    'RUN zypper install --no-confirm httpd=2.4',
    'RUN zypper refresh',
  ])('accepts %s', (line) => {
    expect(check(DL3034, `FROM opensuse/leap:15\n${line}\n`)).toEqual([]);
  });

  it('flags the command and inserts the global option after the program name', () => {
    const text = 'FROM opensuse/leap:15\nRUN zypper install httpd=2.4 && zypper clean\n';
    const found = check(DL3034, text);
    expect(positions(found)).toEqual([[2, 5, 2, 29]]);
    const fixed = applyFix(text, found[0]!);
    expect(fixed).toBe(
      'FROM opensuse/leap:15\nRUN zypper --non-interactive install httpd=2.4 && zypper clean\n',
    );
    expect(check(DL3034, fixed)).toEqual([]);
  });

  it('flags remove and ONBUILD triggers', () => {
    const found = check(DL3034, 'FROM opensuse/leap:15\nONBUILD RUN zypper rm vim\n');
    expect(positions(found)).toEqual([[2, 13, 2, 26]]);
  });
});
