import { describe, expect, it } from '@jest/globals';
import { DL3001 } from '../../../src/lint/rules/DL3001.js';
import { check, positions } from './helpers.js';

describe('DL3001 no-interactive-commands', () => {
  it.each(['RUN apt-get install -y ssh', 'RUN echo top', 'RUN ["ps"]', 'RUN killall5 -s'])(
    'accepts %s',
    (line) => {
      expect(check(DL3001, `FROM busybox:1.35\n${line}\n`)).toEqual([]);
    },
  );
  it('flags the command itself', () => {
    const found = check(DL3001, 'FROM busybox:1.35\nRUN echo hi && top -b -n 1\n');
    expect(positions(found)).toEqual([[2, 16, 2, 27]]);
    expect(found[0]!.message).toContain('`top`');
  });
  it('flags ONBUILD triggers and each command', () => {
    const found = check(DL3001, 'FROM busybox:1.35\nONBUILD RUN service nginx start; vim x\n');
    expect(positions(found)).toEqual([
      [2, 13, 2, 32],
      [2, 34, 2, 39],
    ]);
  });
});
