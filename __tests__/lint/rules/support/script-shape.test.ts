// The RUN-script reader behind canMergeRuns and the append/insert fixes of the IB rules.
import { describe, expect, it } from '@jest/globals';
import { scanScript } from '../../../../src/lint/rules/support/script-shape.js';
import { canMergeRuns, lastMergeable } from '../../../../src/lint/rules/support/merge-runs.js';
import { finalLineage } from '../../../../src/lint/rules/support/stages.js';
import { parseDockerfile } from '../../../../src/dockerfile/parse.js';

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

describe('lastMergeable', () => {
  // the longest run canMergeRuns says yes to, asked the slow way: one canMergeRuns call per growing run
  function slowLast(text: string, i: number): number {
    const file = parseDockerfile(text);
    const list = file.stages[0]!.instructions;
    let j = i;
    while (
      j + 1 < list.length &&
      list[j + 1]!.keyword === 'RUN' &&
      canMergeRuns(file, list[i]!, list[j + 1]!).ok
    )
      j++;
    return j;
  }

  it.each([
    ['plain RUNs join', 'FROM a\nRUN a\nRUN b\nRUN c\n'],
    ['a cd stops the run after it', 'FROM a\nRUN a\nRUN cd /x\nRUN b\nRUN c\n'],
    ['a later || is not joined', 'FROM a\nRUN a\nRUN b || c\nRUN d\n'],
    ['a ;-list can start a run, not follow one', 'FROM a\nRUN a; b\nRUN c\nRUN d; e\n'],
    ['an ignore pragma between two RUNs', 'FROM a\nRUN a\nRUN b\n# hadolint ignore=DL3008\nRUN c\n'],
    ['comments between RUNs are kept', 'FROM a\nRUN a\n# note\nRUN b\n'],
    [
      'flags, exec form and heredocs',
      'FROM a\nRUN a\nRUN --mount=type=cache,target=/x b\nRUN ["c"]\nRUN d\nRUN <<EOF\ne\nEOF\n',
    ],
    ['a trailing comment or &', 'FROM a\nRUN a # x\nRUN b\nRUN c &\nRUN d\n'],
    ['another instruction between', 'FROM a\nRUN a\nENV X=1\nRUN b\nRUN c\n'],
    ['after a SHELL', 'FROM a\nSHELL ["pwsh", "-c"]\nRUN a\nRUN b\n'],
  ])('%s: the same last RUN as canMergeRuns gives', (_, text) => {
    const file = parseDockerfile(text);
    const list = file.stages[0]!.instructions;
    list.forEach((ins, i) => {
      if (ins.keyword !== 'RUN') return;
      expect([i, lastMergeable(file, file.stages[0]!, i)]).toEqual([i, slowLast(text, i)]);
    });
  });

  it('joins three plain RUNs and stops at a shell state change', () => {
    const file = parseDockerfile('FROM a\nRUN a\nRUN b\nRUN c\nRUN cd /x\nRUN d\n');
    expect(lastMergeable(file, file.stages[0]!, 1)).toBe(4);
    expect(lastMergeable(file, file.stages[0]!, 4)).toBe(4);
  });
});
