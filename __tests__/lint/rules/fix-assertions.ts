// Fix assertions for the DL1001/DL3000–DL3030 rule tests: exact output, and no finding left after fixing.
import { expect } from '@jest/globals';
import type { Rule } from '../../../src/lint/types.js';
import { applyFix, check } from './helpers.js';

/** `input` yields exactly one finding whose fix turns it into `output`, which the rule then accepts. */
export function expectFix(rule: Rule, input: string, output: string): void {
  const found = check(rule, input);
  expect(found).toHaveLength(1);
  expect(found[0]!.fixable).toBe(true);
  expect(applyFix(input, found[0]!)).toBe(output);
  expect(check(rule, output)).toEqual([]);
}

/** `input` yields findings, none of them with a fix. */
export function expectNoFix(rule: Rule, input: string): void {
  const found = check(rule, input);
  expect(found.length).toBeGreaterThan(0);
  for (const f of found) expect(f.fix).toBeUndefined();
}
