import { describe, expect, it } from '@jest/globals';
import { compare } from '../../src/compare/compare.js';
import { toOutputs } from '../../src/report/outputs.js';
import { decide } from '../../src/verdict/verdict.js';
import { HEAD, reportData } from './fixture.js';

describe('toOutputs', () => {
  it('gives every output action.yml lists, in bytes, signed deltas and seconds', () => {
    expect(
      toOutputs(reportData(), { reportPath: '/tmp/r/report.json', commentUrl: 'https://x/c/1' }),
    ).toEqual({
      size: '70000000',
      'compressed-size': '25010000',
      'base-size': '50000000',
      'size-delta': '20000000',
      'size-delta-percent': '40.00',
      layers: '4',
      'base-layers': '3',
      'build-seconds': '22.0',
      'base-build-seconds': '20.0',
      'optimized-size': '40000000',
      savings: '30000000',
      'lint-errors': '1',
      'lint-warnings': '1',
      'pull-bytes': '21010000',
      'over-budget': 'true',
      status: 'fail',
      report: '/tmp/r/report.json',
      'comment-url': 'https://x/c/1',
    });
  });

  it('signs a shrink and leaves values without a baseline empty', () => {
    const shrunk = toOutputs(reportData({ comparison: compare(HEAD, HEAD, { minChange: 0 }) }));
    expect([shrunk['size-delta'], shrunk['size-delta-percent'], shrunk['pull-bytes']]).toEqual([
      '0',
      '0.00',
      '0',
    ]);
    const comparison = compare(null, HEAD, { minChange: 1000 });
    const verdict = decide(comparison, [], {
      sizeMetric: 'uncompressed',
      lint: false,
      lintFailOn: 'error',
      failOnBuildTime: false,
    });
    const alone = toOutputs(reportData({ base: null, comparison, verdict, lintEnabled: false }));
    expect(alone).toMatchObject({
      'base-size': '',
      'size-delta': '',
      'size-delta-percent': '',
      'base-layers': '',
      'build-seconds': '',
      'optimized-size': '',
      'lint-errors': '0',
      'over-budget': 'false',
      status: 'pass',
      report: '',
      'comment-url': '',
    });
  });

  it('writes negative deltas with their sign', () => {
    const smaller = compare(HEAD, { ...HEAD, sizeBytes: HEAD.sizeBytes - 1234 }, { minChange: 0 });
    expect(toOutputs(reportData({ comparison: smaller }))['size-delta']).toBe('-1234');
  });
});
