import { describe, expect, it } from '@jest/globals';
import { DL4005 } from '../../../src/lint/rules/DL4005.js';
import { check, positions } from './helpers.js';

describe('DL4005 use-shell-instruction', () => {
  it.each(['RUN ln -sf /bin/true /sbin/initctl', 'RUN ln -s foo bar && something /bin/sh'])(
    'accepts %s',
    (line) => {
      expect(check(DL4005, `FROM debian\n${line}\n`)).toEqual([]);
    },
  );

  it('flags linking /bin/sh and suggests SHELL with the link target', () => {
    const found = check(DL4005, 'FROM debian\nRUN ln -sfv /bin/bash /bin/sh\n');
    expect(positions(found)).toEqual([[2, 5, 2, 30]]);
    expect(found[0]!.suggestion).toBe('SHELL ["/bin/bash", "-c"]');
    expect(found[0]!.fix).toBeUndefined();
  });
});
