import { describe, expect, it } from '@jest/globals';
import { foldedName, foldFindings } from '../../src/report/fold.js';
import { findingTable } from '../../src/report/sections/lint.js';
import { finding } from './fixture.js';

describe('foldFindings', () => {
  it('folds rules that report the same problem on the same line, showing the most severe message', () => {
    const dl = finding('DL3059', 5, 'info', 'Merge this RUN with the one on line 4');
    const ib = { ...finding('IB116', 5, 'style', 'The RUNs at lines 4, 5 can be one RUN'), fixable: true };
    const rows = foldFindings([ib, finding('DL3008', 5), dl]);
    expect(rows.map(foldedName)).toEqual(['DL3059/IB116 line 5', 'DL3008 line 5']);
    expect(rows[0]!.finding).toBe(dl);
    expect(rows[0]!.findings).toEqual([ib, dl]);
  });

  it('keeps different problems on one line apart, and the same rules on different lines', () => {
    const rows = foldFindings([
      finding('DL3008', 3),
      finding('DL3015', 3),
      finding('DL3059', 4),
      finding('IB116', 6),
    ]);
    expect(rows.map(foldedName)).toEqual(['DL3008 line 3', 'DL3015 line 3', 'DL3059 line 4', 'IB116 line 6']);
  });

  it('folds identical messages on one line, and a secret flagged by DL3064 and IB110', () => {
    const rows = foldFindings([
      finding('IB110', 2, 'warning', 'ARG TOKEN looks like a secret'),
      finding('DL3064', 2, 'error', 'ARG "TOKEN" looks like a credential'),
      finding('SC2086', 7, 'info', 'Double quote'),
      finding('SC2086', 7, 'info', 'Double quote'),
    ]);
    expect(rows.map(foldedName)).toEqual(['DL3064/IB110 line 2', 'SC2086 line 7']);
    expect(rows[0]!.finding.severity).toBe('error');
  });

  it('names the codes a row stands for too (Finding.also), once, beside the folded ones', () => {
    const rows = foldFindings([
      { ...finding('DL3025', 3), also: ['JSONArgsRecommended'] },
      { ...finding('DL3025', 3, 'warning', 'other text'), also: ['JSONArgsRecommended'] },
      finding('DL3008', 4),
    ]);
    expect(rows.map(foldedName)).toEqual([
      'DL3025 (also JSONArgsRecommended) line 3',
      'DL3025 (also JSONArgsRecommended) line 3',
      'DL3008 line 4',
    ]);
    expect(rows.map((r) => r.also)).toEqual([['JSONArgsRecommended'], ['JSONArgsRecommended'], []]);
  });
});

describe('the comment’s findings table', () => {
  it('names the codes a finding stands for too, as code spans', () => {
    const table = findingTable([{ ...finding('DL3025', 3), also: ['JSONArgsRecommended'] }]);
    expect(table.split('\n')[2]).toMatch(
      /^\| ⚠️ \| `DL3025` \(also `JSONArgsRecommended`\) dl3025-name \| 3 \| /,
    );
  });
});
