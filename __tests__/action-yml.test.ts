// action.yml is the contract users read: every input the code parses is declared, every output it sets too.
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ACTION_ONLY_INPUTS } from '../src/action/io.js';
import { INPUT_NAMES } from '../src/inputs.js';
import { ROOT } from './support/dist.js';

const action = parse(readFileSync(`${ROOT}/action.yml`, 'utf8')) as {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
};

describe('action.yml', () => {
  test('runs the bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  test('declares exactly the inputs the action reads, each described', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES, ...ACTION_ONLY_INPUTS].sort());
    for (const [name, input] of Object.entries(action.inputs))
      expect([name, typeof input.description]).toEqual([name, 'string']);
  });

  test('declares every output of issue 5', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(
      [
        'size',
        'compressed-size',
        'base-size',
        'size-delta',
        'size-delta-percent',
        'layers',
        'base-layers',
        'build-seconds',
        'base-build-seconds',
        'optimized-size',
        'savings',
        'lint-errors',
        'lint-warnings',
        'pull-bytes',
        'over-budget',
        'status',
        'report',
        'comment-url',
      ].sort(),
    );
  });
});
