import { describe, expect, it } from '@jest/globals';
import { parseJsonReport, REPORT_SCHEMA, serializeReport } from '../../src/report/report-json.js';
import { reportData } from './fixture.js';

describe('JSON report', () => {
  it('round-trips with the PR number, both SHAs, measurements, comparison, verdict and findings', () => {
    const data = reportData();
    const parsed = parseJsonReport(serializeReport(data), 'report.json');
    expect(parsed).toEqual({ schema: REPORT_SCHEMA, ...data });
    expect([parsed.pullRequest, parsed.baseSha, parsed.headSha]).toEqual([
      12,
      'a'.repeat(40),
      'b'.repeat(40),
    ]);
  });

  it.each<[string, string]>([
    ['{', 'report.json: not valid JSON'],
    ['[]', 'report.json: not an image-budget report: not a JSON object'],
    ['{"schema":"other"}', `"schema" is not "${REPORT_SCHEMA}"`],
    [
      JSON.stringify({ ...reportData(), schema: REPORT_SCHEMA, headSha: 'main; rm -rf /' }),
      '"headSha" is not a commit SHA',
    ],
    [
      JSON.stringify({ ...reportData(), schema: REPORT_SCHEMA, pullRequest: -1 }),
      '"pullRequest" is not a pull request number',
    ],
    [
      JSON.stringify({ ...reportData(), schema: REPORT_SCHEMA, verdict: { status: 'ok' } }),
      '"verdict" is missing',
    ],
    [JSON.stringify({ ...reportData(), schema: REPORT_SCHEMA, head: {} }), '"head" measurement is missing'],
    [
      // the form of fixes before they were data
      JSON.stringify({
        ...reportData(),
        schema: REPORT_SCHEMA,
        optimizer: { diff: '', fixes: ['Add x (DL3015, line 3)'] },
      }),
      '"optimizer.fixes[0]" is not a fix',
    ],
    [
      JSON.stringify({ ...reportData(), schema: REPORT_SCHEMA, optimizer: { diff: '', fixes: null } }),
      '"optimizer" needs a "diff" text and a "fixes" list',
    ],
  ])('rejects %s', (text, message) => {
    expect(() => parseJsonReport(text, 'report.json')).toThrow(message);
  });
});
