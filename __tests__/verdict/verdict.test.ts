import { describe, expect, it } from '@jest/globals';
import { compare } from '../../src/compare/compare.js';
import type { Finding, Severity } from '../../src/model.js';
import { decide, reaches, type VerdictOptions } from '../../src/verdict/verdict.js';
import { image } from '../compare/measurement.js';

const OPTIONS: VerdictOptions = {
  sizeMetric: 'uncompressed',
  lint: true,
  lintFailOn: 'error',
  failOnBuildTime: false,
};

// base 100 MB / 40 MB compressed; head 108 MB / 41 MB compressed, 3 layers.
const base = image('base', [
  ['COPY a /a', 60_000_000, 30_000_000, 'sha256:a'],
  ['COPY b /b', 40_000_000, 10_000_000, 'sha256:b1'],
]);
const head = image('head', [
  ['COPY a /a', 60_000_000, 30_000_000, 'sha256:a'],
  ['COPY b /b', 48_000_000, 11_000_000, 'sha256:b2'],
  ['RUN x', 0, 0, 'sha256:empty'],
]);
const comparison = compare(base, head, { minChange: 1000, buildSeconds: { base: 20, head: 40 } });

function finding(severity: Severity, rule = 'DL3008', line = 3): Finding {
  return {
    file: 'Dockerfile',
    line,
    column: 1,
    endLine: line,
    endColumn: 2,
    rule,
    name: 'x',
    severity,
    category: 'size',
    message: 'm',
    fixable: false,
  };
}

describe('reaches', () => {
  it.each([
    ['error', 'error', true],
    ['warning', 'error', false],
    ['error', 'warning', true],
    ['style', 'info', false],
    ['style', 'style', true],
    ['error', 'none', false],
  ] as const)('%s at %s → %s', (severity, threshold, expected) => {
    expect(reaches(severity, threshold)).toBe(expected);
  });
});

describe('decide', () => {
  it.each<[string, Partial<VerdictOptions>, string, boolean, string[]]>([
    [
      'within budget: build time warns only',
      { budget: 150_000_000 },
      'warn',
      false,
      [
        'warn build-time: build time grew from 20.0 s to 40.0 s (+100.00%), outside the ±20% noise of shared runners',
      ],
    ],
    [
      'over budget',
      { budget: 100_000_000 },
      'fail',
      true,
      [
        'fail budget: uncompressed size 108 MB is over the 100 MB budget by 8 MB',
        'warn build-time: build time grew from 20.0 s to 40.0 s (+100.00%), outside the ±20% noise of shared runners',
      ],
    ],
    [
      'compressed metric under its budget',
      { budget: 41_000_000, sizeMetric: 'compressed', failOnBuildTime: true },
      'fail',
      false,
      [
        'fail build-time: build time grew from 20.0 s to 40.0 s (+100.00%), outside the ±20% noise of shared runners',
      ],
    ],
    [
      'max-increase percent exceeded (bytes part fine)',
      { maxIncrease: { bytes: 10_000_000, percent: 5 } },
      'fail',
      true,
      [
        'fail max-increase: uncompressed size grew by 8 MB (+8.00%), from 100 MB to 108 MB: more than the max-increase of 5%',
        'warn build-time: build time grew from 20.0 s to 40.0 s (+100.00%), outside the ±20% noise of shared runners',
      ],
    ],
    [
      'max-increase bytes exceeded, warn-increase not repeated',
      { maxIncrease: { bytes: 5_000_000 }, warnIncrease: { percent: 1 } },
      'fail',
      true,
      [
        'fail max-increase: uncompressed size grew by 8 MB (+8.00%), from 100 MB to 108 MB: more than the max-increase of 5 MB',
        'warn build-time: build time grew from 20.0 s to 40.0 s (+100.00%), outside the ±20% noise of shared runners',
      ],
    ],
    [
      'growth under max-increase passes; warn-increase warns',
      { maxIncrease: { bytes: 10_000_000, percent: 10 }, warnIncrease: { bytes: 1_000_000 } },
      'warn',
      false,
      [
        'warn warn-increase: uncompressed size grew by 8 MB (+8.00%), from 100 MB to 108 MB: more than the warn-increase of 1 MB',
        'warn build-time: build time grew from 20.0 s to 40.0 s (+100.00%), outside the ±20% noise of shared runners',
      ],
    ],
    [
      'max-layers',
      { maxLayers: 1 },
      'fail',
      true,
      [
        'fail max-layers: 2 layers, 1 more than the max-layers of 1',
        'warn build-time: build time grew from 20.0 s to 40.0 s (+100.00%), outside the ±20% noise of shared runners',
      ],
    ],
  ])('%s', (_name, options, status, overBudget, reasons) => {
    const verdict = decide(comparison, [], { ...OPTIONS, ...options });
    expect(verdict.status).toBe(status);
    expect(verdict.overBudget).toBe(overBudget);
    expect(verdict.reasons.map((r) => `${r.level} ${r.kind}: ${r.message}`)).toEqual(reasons);
  });

  it('gives the headroom against the chosen metric', () => {
    expect(decide(comparison, [], { ...OPTIONS, budget: 150_000_000 }).headroomBytes).toBe(42_000_000);
    expect(
      decide(comparison, [], { ...OPTIONS, budget: 40_000_000, sizeMetric: 'compressed' }).headroomBytes,
    ).toBe(-1_000_000);
    expect(decide(comparison, [], OPTIONS).headroomBytes).toBeUndefined();
  });

  it('a growth below min-change never fails max-increase', () => {
    const tiny = image('head', [
      ['COPY a /a', 60_000_000, 30_000_000, 'sha256:a'],
      ['COPY b /b', 40_000_500, 10_000_000, 'sha256:b1'],
    ]);
    const verdict = decide(compare(base, tiny, { minChange: 1000 }), [], {
      ...OPTIONS,
      maxIncrease: { bytes: 0 },
    });
    expect(verdict.status).toBe('pass');
  });

  it.each<[VerdictOptions['lintFailOn'], boolean, string, string[]]>([
    [
      'error',
      true,
      'fail',
      ['2 lint findings at or above lint-fail-on "error" (2 errors): DL3000 line 1, DL3001 line 2'],
    ],
    [
      'warning',
      true,
      'fail',
      [
        '3 lint findings at or above lint-fail-on "warning" (2 errors, 1 warning): DL3000 line 1, DL3001 line 2, DL3002 line 3',
      ],
    ],
    ['none', true, 'pass', []],
    ['error', false, 'pass', []],
  ])('lint at %s (lint %s)', (lintFailOn, lint, status, messages) => {
    const findings = [
      finding('error', 'DL3000', 1),
      finding('error', 'DL3001', 2),
      finding('warning', 'DL3002', 3),
      finding('style', 'DL3003', 4),
    ];
    const verdict = decide(compare(base, base, { minChange: 1 }), findings, { ...OPTIONS, lintFailOn, lint });
    expect([verdict.status, verdict.overBudget]).toEqual([status, false]);
    expect(verdict.reasons.map((r) => r.message)).toEqual(messages);
  });

  it('without a baseline: says why, still enforces the budget, skips growth limits', () => {
    const alone = compare(null, head, {
      minChange: 1000,
      noBaselineReason: 'the base build failed at line 4',
    });
    const verdict = decide(alone, [], { ...OPTIONS, budget: 107_000_000, maxIncrease: { percent: 1 } });
    expect(verdict.reasons.map((r) => `${r.level} ${r.kind}: ${r.message}`)).toEqual([
      'info no-baseline: no baseline: the base build failed at line 4; growth limits were not checked, the budget was',
      'fail budget: uncompressed size 108 MB is over the 107 MB budget by 1 MB',
    ]);
    expect(decide(alone, [], { ...OPTIONS, budget: 200_000_000 }).status).toBe('pass');
  });
});

describe('reason wording', () => {
  it('names two rules that report one problem on a line once, as the report lists them', () => {
    const findings = [
      { ...finding('warning', 'DL3059', 5), message: 'Merge this RUN with the one on line 4' },
      { ...finding('warning', 'IB116', 5), message: 'The RUNs at lines 4, 5 can be one RUN' },
      finding('warning', 'DL3008', 5),
    ];
    const verdict = decide(compare(base, base, { minChange: 1 }), findings, {
      ...OPTIONS,
      lintFailOn: 'warning',
    });
    expect(verdict.reasons.map((r) => r.message)).toEqual([
      '3 lint findings at or above lint-fail-on "warning" (3 warnings): DL3059/IB116 line 5, DL3008 line 5',
    ]);
  });

  it('gives sizes in human units with enough digits to tell the head from the budget', () => {
    const close = image('close', [['COPY a /a', 60_000_400, 30_000_000, 'sha256:c']]);
    const verdict = decide(compare(null, close, { minChange: 1 }), [], {
      ...OPTIONS,
      budget: 60_000_000,
    });
    expect(verdict.reasons.filter((r) => r.kind === 'budget').map((r) => r.message)).toEqual([
      'uncompressed size 60.0004 MB is over the 60 MB budget by 400 B',
    ]);
  });
});

describe('BuildKit checks under check=error=true', () => {
  const checkError = (rule: string, line: number): Finding => ({
    ...finding('error', rule, line),
    checkError: true,
  });

  it('fail the verdict even when lint-fail-on lets their severity pass', () => {
    // a severity override may have lowered it; error=true still fails, as the build fails
    const lowered = { ...checkError('FromAsCasing', 1), severity: 'info' as const };
    for (const lintFailOn of ['none', 'error'] as const) {
      const verdict = decide(compare(base, base, { minChange: 1 }), [lowered], { ...OPTIONS, lintFailOn });
      expect([verdict.status, verdict.reasons.map((r) => r.message)]).toEqual([
        'fail',
        ['1 lint finding of BuildKit checks under check=error=true (1 info): FromAsCasing line 1'],
      ]);
    }
  });

  it('are named beside the findings that reach the threshold', () => {
    const verdict = decide(
      compare(base, base, { minChange: 1 }),
      [finding('error', 'DL3008', 3), { ...checkError('UndefinedVar', 4), severity: 'warning' }],
      OPTIONS,
    );
    expect(verdict.reasons.map((r) => r.message)).toEqual([
      '2 lint findings at or above lint-fail-on "error" or of BuildKit checks under check=error=true (1 error, 1 warning): DL3008 line 3, UndefinedVar line 4',
    ]);
  });

  it('the same findings without it pass under lint-fail-on none', () => {
    const verdict = decide(compare(base, base, { minChange: 1 }), [finding('error', 'FromAsCasing', 1)], {
      ...OPTIONS,
      lintFailOn: 'none',
    });
    expect(verdict.status).toBe('pass');
  });
});
