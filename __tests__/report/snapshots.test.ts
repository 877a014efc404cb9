// The whole report as a reader sees it, in the terminal (`image-budget check`) and in the pull request comment,
// for a pass, a warning and a failure, each with and without a budget. The snapshots are the reviewable record
// of the wording: a change to them is a change to what users read.
import { describe, expect, it } from '@jest/globals';
import { formatCheckText } from '../../src/cli/check-text.js';
import { compare } from '../../src/compare/compare.js';
import { compareFindings } from '../../src/compare/findings.js';
import type { Finding, ImageMeasurement } from '../../src/model.js';
import { renderComment } from '../../src/report/markdown.js';
import type { OptimizerReport, ReportData, ReportLimits } from '../../src/report/types.js';
import { decide } from '../../src/verdict/verdict.js';
import { BASE, DIFF, finding, HEAD, OPTIMIZED, reportData } from './fixture.js';
import { markdownProblems } from './markdown-check.js';

/** The head with 12 MB shipped in the apt layer (line 3) and deleted by the layer of line 7. */
const HIDDEN_HEAD: ImageMeasurement = {
  ...HEAD,
  hiddenBytes: 12_000_000,
  efficiency: 1 - 12_000_000 / HEAD.sizeBytes,
  layers: HEAD.layers.map((layer) => (layer.line === 3 ? { ...layer, hiddenBytes: 12_000_000 } : layer)),
};

// Two rules reporting the consecutive RUNs of line 6 fold into one row; the rest are distinct problems.
const WARNINGS: Finding[] = [
  finding(
    'DL3008',
    3,
    'warning',
    'Pin versions in apt-get install: curl, git (for example `curl=<version>`).',
  ),
  finding('DL3059', 6, 'info', 'Merge this RUN with the one on line 3 (`&&`): one layer instead of two.'),
  finding(
    'IB116',
    6,
    'style',
    'The RUNs at lines 3, 6 can be one RUN: each RUN adds a layer and a build step.',
  ),
];
const WITH_ERROR: Finding[] = [
  ...WARNINGS,
  finding(
    'IB101',
    7,
    'error',
    '"/big" is created by the RUN at line 7 and removed later: its bytes still ship.',
  ),
];

const TWO_FIXES: OptimizerReport = {
  diff: DIFF,
  fixes: [
    { rule: 'DL3015', description: 'Add --no-install-recommends', lines: [3], layersRemoved: 0 },
    { rule: 'IB116', description: 'Merge the RUNs at lines 3, 6', lines: [3, 6], layersRemoved: 1 },
  ],
};
/** Built one fix at a time (the optimizer does that when the image with every fix fails a check). */
const MEASURED_FIXES: OptimizerReport = {
  diff: DIFF,
  fixes: [
    {
      rule: 'DL3015',
      description: 'Add --no-install-recommends',
      lines: [3],
      layersRemoved: 0,
      measured: { savedBytes: 30_000_000, savedCompressedBytes: 9_000_000, layersSaved: 0 },
    },
    {
      rule: 'IB116',
      description: 'Merge the RUNs at lines 3, 6',
      lines: [3, 6],
      layersRemoved: 1,
      measured: { savedBytes: 200, savedCompressedBytes: 100, layersSaved: 1 },
    },
  ],
};

function report(options: {
  limits: Omit<ReportLimits, 'sizeMetric'>;
  findings: Finding[];
  head?: ImageMeasurement;
  optimizer?: OptimizerReport;
}): ReportData {
  const head = options.head ?? HEAD;
  const comparison = compare(BASE, head, {
    minChange: 1000,
    buildSeconds: { base: 20, head: 22, sameCacheState: true },
    optimized: OPTIMIZED,
  });
  const limits: ReportLimits = { sizeMetric: 'uncompressed', ...options.limits };
  const verdict = decide(comparison, options.findings, {
    ...limits,
    lint: true,
    lintFailOn: 'error',
    failOnBuildTime: false,
  });
  return reportData({
    head,
    comparison,
    verdict,
    limits,
    findings: options.findings,
    findingChanges: compareFindings([finding('DL3008', 3)], options.findings),
    optimizer: options.optimizer ?? TWO_FIXES,
  });
}

const CASES: [string, ReportData][] = [
  ['pass without limits', report({ limits: {}, findings: WARNINGS })],
  [
    'pass with a budget, growth and layer limits, hidden bytes',
    report({
      limits: { budget: 150_000_000, maxIncrease: { percent: 50 }, maxLayers: 10 },
      findings: WARNINGS,
      head: HIDDEN_HEAD,
    }),
  ],
  ['warn without a budget', report({ limits: { warnIncrease: { bytes: 1_000_000 } }, findings: WARNINGS })],
  [
    'warn with a budget',
    report({ limits: { budget: 150_000_000, warnIncrease: { percent: 10 } }, findings: WARNINGS }),
  ],
  ['fail without a budget', report({ limits: {}, findings: WITH_ERROR, optimizer: MEASURED_FIXES })],
  ['fail with a budget', reportData()],
  [
    'pass without a baseline',
    (() => {
      const comparison = compare(null, HEAD, {
        minChange: 1000,
        noBaselineReason: 'the base commit has no Dockerfile',
      });
      const limits: ReportLimits = {
        sizeMetric: 'uncompressed',
        budget: 100_000_000,
        maxIncrease: { percent: 5 },
      };
      const verdict = decide(comparison, [], {
        ...limits,
        lint: true,
        lintFailOn: 'error',
        failOnBuildTime: false,
      });
      return reportData({
        base: null,
        comparison,
        verdict,
        limits,
        findings: [],
        findingChanges: compareFindings(null, []),
      });
    })(),
  ],
];

describe.each(CASES)('%s', (_name, data) => {
  it('terminal', () => {
    expect(formatCheckText(data)).toMatchSnapshot();
  });

  it('comment', () => {
    const body = renderComment(data);
    expect(markdownProblems(body)).toEqual([]);
    expect(body).toMatchSnapshot();
  });
});

describe('what the snapshots must say', () => {
  const text = (name: string): string => formatCheckText(CASES.find(([n]) => n === name)![1]);
  const comment = (name: string): string => renderComment(CASES.find(([n]) => n === name)![1]);

  it('a pass says what it was judged against', () => {
    expect(text('pass without limits')).toContain('PASS: no budget or growth limit set\n');
    expect(comment('pass without limits')).toContain('**✅ pass:** no budget or growth limit set');
    expect(text('pass with a budget, growth and layer limits, hidden bytes')).toContain(
      'PASS: 80 MB under the 150 MB budget; grew by 20 MB (+40.00%), within the max-increase of +50%; 4 layers of at most 10',
    );
  });

  it('hidden bytes above the floor are in the headline, with the layer that holds them', () => {
    const name = 'pass with a budget, growth and layer limits, hidden bytes';
    expect(comment(name)).toContain('| hidden bytes | 0 B | 12 MB | 🔺 +12 MB | — |');
    expect(comment(name)).toContain('(all in the layer of line 3)');
    expect(text(name)).toMatch(/hidden bytes +0 B {2}→ +12 MB {3}\+12 MB\n/);
    expect(comment('pass without limits')).not.toContain('hidden bytes');
  });

  it('lint findings are named, with two rules for one problem on one row', () => {
    expect(text('warn with a budget')).toContain(
      '    info     DL3059/IB116 line 6  Merge this RUN with the one on line 3 (`&&`): one layer instead of two. (new)',
    );
    expect(comment('warn with a budget')).toContain('| ℹ️ | `DL3059` `IB116` dl3059-name | 6 |');
  });

  it('each fix says what it saves, and what is measured', () => {
    expect(comment('warn with a budget')).toContain(
      'The bytes are measured for all fixes together; each fix shows the layers it removes.',
    );
    expect(comment('warn with a budget')).toContain(
      '- `IB116` Merge the RUNs at lines 3, 6: removes 1 layer',
    );
    expect(text('fail without a budget')).toContain(
      'IB116    Merge the RUNs at lines 3, 6: saves 1 layer and no bytes',
    );
    expect(text('fail without a budget')).toContain(
      'DL3015   Add --no-install-recommends (line 3): saves 30 MB (9 MB compressed)',
    );
  });
});
