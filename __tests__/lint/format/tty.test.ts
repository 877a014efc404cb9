import { describe, expect, it } from '@jest/globals';
import { formatTty } from '../../../src/lint/format/tty.js';
import { paired, results } from './fixtures.js';

describe('formatTty', () => {
  it('prints one line per finding and a summary, plain when not on a terminal', () => {
    expect(formatTty(results)).toBe(
      [
        'app/Dockerfile:2:9 DL3000 error: Use an absolute WORKDIR path instead of "a|b".',
        'app/Dockerfile:3:10 SC2086 info: Double quote to prevent globbing and word splitting. (fixable)',
        '2 files linted: 2 problems (1 error, 0 warning, 1 info, 0 style)',
        '',
      ].join('\n'),
    );
  });

  it('colours severities on a terminal and keeps control characters out', () => {
    const out = formatTty(
      [{ file: 'D', findings: [{ ...results[0]!.findings[0]!, message: 'x\u001b[2Jy' }] }],
      { color: true },
    );
    expect(out).toContain('\u001b[31merror\u001b[0m');
    expect(out).not.toContain('\u001b[2J');
    // the 8-bit CSI (C1) some terminals also obey
    const c1 = formatTty([{ file: 'D', findings: [{ ...results[0]!.findings[0]!, message: 'x\u009b2Jy' }] }]);
    expect(c1).toContain('DL3000 error: x 2Jy\n');
  });

  it('names the codes a finding stands for too', () => {
    expect(formatTty([paired]).split('\n')[0]).toBe(
      'Dockerfile:3:1 DL3025 (also JSONArgsRecommended) warning: Use arguments JSON notation for CMD and ENTRYPOINT arguments (fixable)',
    );
  });
});
