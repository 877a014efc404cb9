import { describe, expect, it } from '@jest/globals';
import { DL3048 } from '../../../src/lint/rules/DL3048.js';
import { check, positions } from './helpers.js';

describe('DL3048 label-key-valid', () => {
  it.each(['LABEL org.valid-key.label3="x"', 'LABEL maintainer=x version=1', 'LABEL ${KEY}=x'])(
    'accepts %s',
    (line) => {
      expect(check(DL3048, `FROM debian\n${line}\n`)).toEqual([]);
    },
  );

  it.each([
    ['LABEL com.docker.thing=x', 'reserved'],
    ['LABEL 1abc=x', 'start with'],
    ['LABEL abc-=x', 'end with'],
    ['LABEL Abc=x', 'start with'],
    ['LABEL a$b=x', 'only contain'],
    ['LABEL a..b=x', 'consecutive'],
  ])('flags %s', (line, why) => {
    const found = check(DL3048, `FROM debian\n${line}\n`);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(why);
  });

  it('flags each bad key on its own pair', () => {
    const found = check(DL3048, 'FROM debian\nLABEL ok=1 io.docker.x=2\n');
    expect(positions(found)).toEqual([[2, 12, 2, 25]]);
    expect(positions(check(DL3048, 'FROM debian\nLABEL -bad "v"\n'))).toEqual([[2, 7, 2, 11]]);
  });
});
