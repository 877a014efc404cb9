import { describe, expect, it } from '@jest/globals';
import { DL3004 } from '../../../src/lint/rules/DL3004.js';
import { check, positions } from './helpers.js';

describe('DL3004 no-sudo', () => {
  it.each(['RUN apt-get install -y sudo', 'RUN echo sudo', 'USER root'])('accepts %s', (line) => {
    expect(check(DL3004, `FROM busybox:1.35\n${line}\n`)).toEqual([]);
  });
  it('flags the sudo word of each command', () => {
    const found = check(DL3004, 'FROM busybox:1.35\nRUN apt-get update && sudo apt-get install -y x\n');
    expect(positions(found)).toEqual([[2, 23, 2, 27]]);
  });
  it('flags /usr/bin/sudo and ONBUILD triggers', () => {
    const found = check(DL3004, 'FROM busybox:1.35\nONBUILD RUN /usr/bin/sudo -u app make\n');
    expect(positions(found)).toEqual([[2, 13, 2, 26]]);
  });
});
