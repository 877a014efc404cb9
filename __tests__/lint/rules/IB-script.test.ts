// The RUN-script reader behind canMergeRuns and the append/insert fixes of the IB rules.
import { describe, expect, it } from '@jest/globals';
import { scanScript } from '../../../src/lint/rules/ib-script.js';
import { finalLineage } from '../../../src/lint/rules/ib-helpers.js';
import { parseDockerfile } from '../../../src/lint/parse.js';

describe('scanScript', () => {
  it('reads a plain && chain as safe to join', () => {
    expect(scanScript('apt-get update && apt-get install -y curl')).toEqual({
      hasComment: false,
      topLevelList: false,
      topLevelOr: false,
      trailingOperator: false,
      background: false,
      stateChanges: [],
      functionDefinition: false,
      unbalanced: false,
    });
  });

  it.each([
    ['a; b', 'topLevelList'],
    ['a || b', 'topLevelOr'],
    ['a # note', 'hasComment'],
    ['a;', 'trailingOperator'],
    ['sleep 1 & b', 'background'],
    ['f() { a; }', 'functionDefinition'],
    ['echo "open', 'unbalanced'],
    ['if a; then b', 'unbalanced'],
  ] as const)('%s sets %s', (script, key) => {
    expect(scanScript(script)[key]).toBe(true);
  });

  it.each([
    ['if a; then b; fi', 'topLevelList'],
    ['(a || b)', 'topLevelOr'],
    ['echo "a # b" a#b', 'hasComment'],
    ['echo $(a; b) `c; d`', 'topLevelList'],
    ['a 2>&1 >/dev/null', 'background'],
    ['case x in a) b;; *) c;; esac', 'unbalanced'],
  ] as const)('%s does not set %s', (script, key) => {
    expect(scanScript(script)[key]).toBe(false);
  });

  it('lists state changes of the current shell only', () => {
    expect(scanScript('cd /a && set -e && export A=1 && B=2 && (cd /b) && C=3 make').stateChanges).toEqual([
      'cd',
      'set',
      'export',
      'B=',
    ]);
  });
});

describe('finalLineage', () => {
  it('follows FROM <stage> back from the last stage', () => {
    const file = parseDockerfile('FROM a AS base\nFROM b AS build\nFROM base AS final\nFROM final\n');
    expect([...finalLineage(file)].sort()).toEqual([0, 2, 3]);
  });
});
