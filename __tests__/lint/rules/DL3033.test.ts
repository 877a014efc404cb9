import { describe, expect, it } from '@jest/globals';
import { DL3033 } from '../../../src/lint/rules/DL3033.js';
import { check, positions } from './helpers.js';

describe('DL3033 yum-pin-versions', () => {
  it.each([
    'RUN yum install -y tomcat-9.2 && yum clean all',
    'RUN yum install -y openssl-1:1.1.1k gcc-c++-1.1.1',
    'RUN yum install -y /tmp/local.rpm',
    'RUN yum module install -y nodejs:18',
    'RUN yum -y groupinstall "Development Tools"',
  ])('accepts %s', (line) => {
    expect(check(DL3033, `FROM centos:7\n${line}\n`)).toEqual([]);
  });

  it('flags each unpinned package on its word', () => {
    const found = check(DL3033, 'FROM centos:7\nRUN yum install -y tomcat httpd-2.4 rpm-sign\n');
    expect(positions(found)).toEqual([
      [2, 20, 2, 26],
      [2, 37, 2, 45],
    ]);
    expect(found[0]!.message).toContain('tomcat-<version>');
  });

  it('flags an unpinned module stream', () => {
    expect(positions(check(DL3033, 'FROM centos:7\nRUN yum module install -y nodejs\n'))).toEqual([
      [2, 27, 2, 33],
    ]);
  });

  it('resolves versions from ARG anywhere and from ENV of the stage or the stage it builds on', () => {
    const ok = 'ARG V=2.51.0-2.fc42\nFROM fedora:42\nRUN yum -y install git-core-${V}\n';
    expect(check(DL3033, ok)).toEqual([]);
    const inherited = 'FROM fedora:42 AS base\nENV V=2.51.0\nFROM base\nRUN yum -y install git-core-$V\n';
    expect(check(DL3033, inherited)).toEqual([]);
    const lost = 'FROM fedora:42 AS base\nENV V=2.51.0\nFROM fedora:42\nRUN yum -y install git-core-$V\n';
    expect(positions(check(DL3033, lost))).toEqual([[4, 20, 4, 31]]);
  });
});
