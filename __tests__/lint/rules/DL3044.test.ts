import { describe, expect, it } from '@jest/globals';
import { DL3044 } from '../../../src/lint/rules/DL3044.js';
import { check, positions } from './helpers.js';

describe('DL3044 env-self-reference', () => {
  it.each([
    'ENV A=1\nENV B=$A/x',
    'ENV PATH=/opt/bin:$PATH',
    'ENV A=1 B=${AB}/x C=$BA',
    'ARG A\nENV A=${A}',
    'ENV A 1 $A',
  ])('accepts %s', (lines) => {
    expect(check(DL3044, `FROM debian\n${lines}\n`)).toEqual([]);
  });

  it('flags the pair that refers to a variable set earlier in the same ENV', () => {
    const found = check(DL3044, 'FROM debian\nENV A=1 \\\n    B="${A}/x" C=$A\n');
    expect(positions(found)).toEqual([
      [3, 5, 3, 15],
      [3, 16, 3, 20],
    ]);
    expect(found[0]!.message).toContain('"A"');
  });

  it('flags a second self-reference within one ENV', () => {
    expect(positions(check(DL3044, 'FROM debian\nENV PATH=/a:$PATH PATH=/b:$PATH\n'))).toEqual([
      [2, 19, 2, 32],
    ]);
  });
});
