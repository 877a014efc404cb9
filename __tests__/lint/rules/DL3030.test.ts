import { describe, expect, it } from '@jest/globals';
import { DL3030 } from '../../../src/lint/rules/DL3030.js';
import { check, positions } from './helpers.js';
import { expectFix } from './fix-assertions.js';

describe('DL3030 yum-assume-yes', () => {
  it.each([
    'RUN yum install -y httpd && yum clean all',
    'RUN yum --assumeyes groupinstall tools',
    'RUN yum clean all',
    'RUN bash -c `# not a yum command`',
  ])('accepts %s', (line) => {
    expect(check(DL3030, `FROM busybox:1.35\n${line}\n`)).toEqual([]);
  });
  it('flags yum … install', () => {
    expect(positions(check(DL3030, 'FROM busybox:1.35\nRUN yum --enablerepo epel install x\n'))).toEqual([
      [2, 5, 2, 34],
    ]);
  });
  it('fixes by adding -y right after the subcommand', () => {
    expectFix(
      DL3030,
      'FROM busybox:1.35\nRUN yum install httpd\n',
      'FROM busybox:1.35\nRUN yum install -y httpd\n',
    );
  });
});
