import { describe, expect, it } from '@jest/globals';
import { DL3032 } from '../../../src/lint/rules/DL3032.js';
import { applyFix, check, positions } from './helpers.js';

describe('DL3032 yum-clean-all', () => {
  it.each([
    'RUN yum install -y httpd-2.4 && yum clean all',
    'RUN yum install -y httpd-2.4 && rm -rf /var/cache/yum/*',
    'RUN --mount=type=cache,target=/var/cache/yum yum install -y httpd-2.4',
    'RUN yum makecache',
    'RUN ["yum", "install", "-y", "httpd"]',
  ])('accepts %s', (line) => {
    expect(check(DL3032, `FROM centos:7\n${line}\n`)).toEqual([]);
  });

  it('flags the install command and appends the clean in the same RUN', () => {
    const text = 'FROM centos:7\nRUN yum install -y httpd-2.4\n';
    const found = check(DL3032, text);
    expect(positions(found)).toEqual([[2, 5, 2, 29]]);
    const fixed = applyFix(text, found[0]!);
    expect(fixed).toBe('FROM centos:7\nRUN yum install -y httpd-2.4 && yum clean all\n');
    expect(check(DL3032, fixed)).toEqual([]);
  });

  it('flags a clean that runs before the install, and fixes after the last install of a chain', () => {
    const text = 'FROM centos:7\nRUN yum clean all && \\\n    yum install -y a-1 && echo done\n';
    const found = check(DL3032, text);
    expect(positions(found)).toEqual([[3, 5, 3, 23]]);
    const fixed = applyFix(text, found[0]!);
    expect(fixed).toBe(
      'FROM centos:7\nRUN yum clean all && \\\n    yum install -y a-1 && yum clean all && echo done\n',
    );
    expect(check(DL3032, fixed)).toEqual([]);
  });

  it('reports ONBUILD triggers too', () => {
    expect(positions(check(DL3032, 'FROM centos:7\nONBUILD RUN yum install -y a-1\n'))).toEqual([
      [2, 13, 2, 31],
    ]);
  });

  it('offers no fix when the install feeds a pipe', () => {
    const found = check(DL3032, 'FROM centos:7\nRUN yum install -y a-1 | tee /log\n');
    expect(found).toHaveLength(1);
    expect(found[0]!.fix).toBeUndefined();
  });
});
