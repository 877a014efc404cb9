import { describe, expect, it } from '@jest/globals';
import { lintText } from '../../src/lint/engine.js';
import { DL3000 } from '../../src/lint/rules/DL3000.js';

// DL3000 (relative WORKDIR) is the probe: each case says which WORKDIR lines still report.
const lines = (text: string): number[] =>
  lintText(text, 'Dockerfile', { rules: [DL3000] }).map((f) => f.line);

describe('pragmas', () => {
  it('ignore= silences the next instruction only, in both spellings', () => {
    expect(lines('FROM busybox:1.35\n# hadolint ignore=DL3000\nWORKDIR a\nWORKDIR b\n')).toEqual([4]);
    expect(
      lines('FROM busybox:1.35\n# image-budget ignore=DL3008, DL3000 # why\nWORKDIR a\nWORKDIR b\n'),
    ).toEqual([4]);
  });

  it('ignore= needs the instruction on the next line, as in hadolint; only comments may stand between', () => {
    // hadolint maps the pragma to line + 1: a blank line in between leaves the instruction reported
    expect(lines('FROM busybox:1.35\n# hadolint ignore=DL3000\n\nWORKDIR a\n')).toEqual([4]);
    expect(lines('FROM busybox:1.35\n# hadolint ignore=DL3000\nWORKDIR a\nWORKDIR b\n')).toEqual([4]);
    // stacked pragma or comment lines (hadolint would honour only the last line before the instruction)
    expect(
      lines('FROM busybox:1.35\n# hadolint ignore=DL3000\n# image-budget ignore=IB101\nWORKDIR a\n'),
    ).toEqual([]);
  });

  it('global ignore= silences the whole file, wherever it stands', () => {
    expect(lines('FROM busybox:1.35\nWORKDIR a\n# hadolint global ignore = DL3000\nWORKDIR b\n')).toEqual([]);
    expect(lines('# image-budget global ignore=DL3000\nFROM busybox:1.35\nWORKDIR a\n')).toEqual([]);
  });

  it('stage ignore= silences the stage that starts next', () => {
    const text =
      'FROM busybox:1.35\nWORKDIR a\n# hadolint stage ignore=DL3000\nFROM busybox:1.35\nWORKDIR b\nFROM busybox:1.35\nWORKDIR c\n';
    expect(lines(text)).toEqual([2, 7]);
  });

  it('drops a pragma whose list holds something that is not a rule code', () => {
    expect(lines('FROM busybox:1.35\n# hadolint ignore=crazy,DL3000\nWORKDIR a\n')).toEqual([3]);
  });

  it('an ignore pragma covers every line of a multi-line instruction and ONBUILD triggers', () => {
    const text = 'FROM busybox:1.35\n# hadolint ignore=DL3000\nONBUILD WORKDIR \\\n  a\nONBUILD WORKDIR b\n';
    expect(lines(text)).toEqual([5]);
  });

  it('other comments and other codes do not silence anything', () => {
    expect(
      lines('FROM busybox:1.35\n# ignore=DL3000\nWORKDIR a\n# hadolint ignore=DL3001\nWORKDIR b\n'),
    ).toEqual([3, 5]);
  });
});

describe('pragmas switched off (disable-ignore-pragma)', () => {
  it('honours no ignore pragma of any form', () => {
    const text =
      '# hadolint global ignore=DL3000\nFROM busybox:1.35\n# hadolint stage ignore=DL3000\nFROM busybox:1.35\n# image-budget ignore=DL3000\nWORKDIR a\n';
    expect(lintText(text, 'Dockerfile', { rules: [DL3000] }).map((f) => f.line)).toEqual([]);
    expect(lintText(text, 'Dockerfile', { rules: [DL3000], pragmas: false }).map((f) => f.line)).toEqual([6]);
  });
});
