import { describe, expect, it } from '@jest/globals';
import { compare } from '../../src/compare/compare.js';
import { compareFindings } from '../../src/compare/findings.js';
import { renderComment } from '../../src/report/markdown.js';
import { renderSummary } from '../../src/report/summary.js';
import { decide } from '../../src/verdict/verdict.js';
import { image, type LayerSpec } from '../compare/measurement.js';
import { BASE, DIFF, finding, HEAD, reportData } from './fixture.js';
import { markdownProblems } from './markdown-check.js';

describe('renderComment', () => {
  const body = renderComment(reportData());

  it('starts with the hidden marker and carries the headline table with budget and headroom', () => {
    expect(body.split('\n')[0]).toBe('<!-- image-budget:Dockerfile -->');
    expect(body).toContain(
      '| uncompressed size | 50 MB | 70 MB | 🔺 +20 MB (+40.00%) | 60 MB · **over by 10 MB**<br>growth ≤ +10% |',
    );
    expect(body).toContain('| compressed size | 19 MB | 25 MB | 🔺 +6.01 MB (+31.63%) | — |');
    expect(body).toContain('| layers | 3 | 4 | +1 | 10 · 6 left |');
    expect(body).toContain('| build time | 20.0 s | 22.0 s | +2.0 s (+10.00%), ±20% noise | warns only |');
    expect(body).toContain('| new bytes to pull | — | 21 MB | 2 new layers | — |');
  });

  it('gives the verdict with its numbers in human units, then every regression', () => {
    expect(body).toContain(
      '**❌ fail:** uncompressed size 70 MB is over the 60 MB budget by 10 MB (and 2 more below)',
    );
    expect(body).not.toMatch(/\d,\d{3},\d{3} B/);
    expect(body).toContain('- ❌ 1 lint finding at or above lint-fail-on "error" (1 error): IB101 line 7');
  });

  it('lists the layers that grew with their Dockerfile lines, and charts layer sizes', () => {
    expect(body).toContain('| 3 | `RUN apt-get install -y curl git` | 40 MB | 55 MB | +15 MB |');
    expect(body).toContain('| 7 | `RUN dd if=/dev/zero of=/big bs=1M count=5` | new | 5 MB | +5 MB |');
    expect(body).toContain(
      '  x-axis ["line 1", "line 3", "line 6", "line 7"]\n  y-axis "MB"\n  bar [2, 55, 8, 5]\n  line [2, 40, 8, 0]',
    );
  });

  it('shows the optimizer savings with the diff collapsed, and new and fixed findings', () => {
    expect(body).toContain(
      'Applying 1 fix would save 30 MB (-42.86%) uncompressed, 9.01 MB compressed and 1 layer: the optimized image is 40 MB in 3 layers.',
    );
    expect(body).toContain('- `DL3015` Add --no-install-recommends (line 3): removes no layer');
    // one fix: its bytes are the measured total, so no note about per-fix measurement
    expect(body).not.toContain('measured for all fixes together');
    expect(body).toContain(
      `<details><summary>Diff to apply</summary>\n\n\`\`\`diff\n${DIFF}\n\`\`\`\n\n</details>`,
    );
    expect(body).toMatch(
      /New findings \(2\):[\s\S]*`DL3015`[\s\S]*`IB101`[\s\S]*Fixed findings \(1\):[\s\S]*`DL3009`/,
    );
    expect(markdownProblems(body)).toEqual([]);
  });

  it('without a baseline says why and keeps the budget', () => {
    const comparison = compare(null, HEAD, {
      minChange: 1000,
      noBaselineReason: 'the base commit has no Dockerfile',
    });
    const verdict = decide(comparison, [], {
      budget: 100_000_000,
      sizeMetric: 'uncompressed',
      lint: true,
      lintFailOn: 'error',
      failOnBuildTime: false,
    });
    const text = renderComment(
      reportData({
        base: null,
        comparison,
        verdict,
        limits: { budget: 100_000_000, sizeMetric: 'uncompressed' },
        findingChanges: compareFindings(null, []),
        findings: [],
      }),
    );
    expect(text).toContain(
      '> **No baseline:** the base commit has no Dockerfile. The absolute budget and lint still apply.',
    );
    expect(text).toContain('| uncompressed size | — | 70 MB | — | 100 MB · 30 MB left |');
    expect(text).toContain('| new bytes to pull | — | 25 MB | no base to share layers with | — |');
    expect(text).toContain('**✅ pass:** 30 MB under the 100 MB budget');
    expect(markdownProblems(text)).toEqual([]);
  });

  it('escapes hostile file names, branch names, instructions and messages', () => {
    const hostileLayer: LayerSpec = [
      'RUN /bin/sh -c echo "| x | `y` <script>alert(1)</script> @admin" # buildkit',
      90_000_000,
      9_000_000,
      'sha256:evil',
      4,
    ];
    const head = image('head', [
      ...HEAD.layers.map((l): LayerSpec => [l.createdBy, l.sizeBytes, l.compressedBytes, l.diffId, l.line]),
      hostileLayer,
    ]);
    const comparison = compare(BASE, head, { minChange: 1000 });
    const evil = finding('DL3008', 4, 'error', 'Pin `apt | get` <img src=x> @octocat\n| forged | row |');
    const report = reportData({
      key: 'x --> <b>',
      dockerfile: 'evil`|<b>@team\n| x |.Dockerfile',
      target: '<details>',
      baseRef: 'main`; @someone <script>',
      headRef: 'feat/|pipe|\n# heading',
      head,
      comparison,
      findings: [evil],
      findingChanges: compareFindings([], [evil]),
      optimizer: {
        diff: '```\n</details>\n<script>',
        fixes: [
          { rule: 'IB1`|<i>', description: 'Fix <b>bold</b> @team | pipe', lines: [4], layersRemoved: 1 },
        ],
        error: 'smoke test said <x> @y',
      },
    });
    expect(renderComment(report).split('\n')[0]).toBe('<!-- image-budget:x%20%2D-%3E%20%3Cb%3E -->');
    for (const text of [renderComment(report), renderSummary(report)]) {
      expect(markdownProblems(text)).toEqual([]);
      // What remains of the hostile text is inside code spans or the diff block, where GitHub shows it literally.
      expect(text).toContain('``evil`|<b>@team | x |.Dockerfile``');
      expect(text).toContain('`feat/|pipe| # heading`');
    }
  });
});

describe('size limit', () => {
  // 120 layers that all grew, 5,000 findings, a 300,000-character diff: far more than a comment can hold.
  const specs = (grow: number): LayerSpec[] =>
    Array.from({ length: 120 }, (_, i): LayerSpec => [
      `RUN /bin/sh -c step-${i} | tee log # buildkit`,
      1_000_000 + i * grow,
      500_000,
      `sha256:${grow}-${i}`,
      i + 2,
    ]);
  const base = image('base', specs(0));
  const head = image('head', specs(10_000));
  const findings = Array.from({ length: 5000 }, (_, i) =>
    finding(`DL${3000 + (i % 60)}`, i + 1, 'warning', `finding ${i} with | pipes and \`ticks\` <b>`),
  );
  const comparison = compare(base, head, { minChange: 1000, optimized: image('opt', specs(0)) });
  const verdict = decide(comparison, findings, {
    budget: 100_000_000,
    sizeMetric: 'uncompressed',
    maxIncrease: { percent: 1 },
    lint: true,
    lintFailOn: 'warning',
    failOnBuildTime: false,
  });
  const diff = Array.from({ length: 6000 }, (_, i) => `+RUN echo ${'x'.repeat(40)} ${i}`).join('\n');
  const report = reportData({
    base,
    head,
    comparison,
    verdict,
    limits: { budget: 100_000_000, sizeMetric: 'uncompressed', maxIncrease: { percent: 1 } },
    findings,
    findingChanges: compareFindings([], findings),
    optimizer: {
      diff,
      fixes: findings.map((f) => ({
        rule: f.rule,
        description: `fix ${f.line}`,
        lines: [f.line],
        layersRemoved: 0,
      })),
    },
    runUrl: 'https://github.com/o/r/actions/runs/1',
  });

  it('cuts a huge comment under 60,000 characters with balanced Markdown, keeping headline and verdict', () => {
    const text = renderComment(report);
    expect(text.length).toBeLessThanOrEqual(60_000);
    expect(text.length).toBeGreaterThan(30_000);
    expect(markdownProblems(text)).toEqual([]);
    expect(text).toContain(
      '| uncompressed size | 120 MB | 191 MB | 🔺 +71.4 MB (+59.50%) | 100 MB · **over by 91.4 MB**<br>growth ≤ +1% |',
    );
    expect(text).toContain('**❌ fail:** uncompressed size 191 MB is over the 100 MB budget by 91.4 MB');
    expect(text).toMatch(
      /Shortened to fit GitHub's size limit \(.*\); the \[job summary\]\(https:\/\/github.com\/o\/r\/actions\/runs\/1\) has the full report\./,
    );
    // The small chart is kept; the huge optimizer diff and the 5,000-row lint table are what gave way.
    expect(text).toContain('```mermaid');
    expect(text).toMatch(/Shortened to fit GitHub's size limit \(optimizer, lint\)/);
    expect(text).toContain('… 4950 more in the job summary.');
  });

  it.each([20_000, 8_000, 3_000])('still fits and balances at %d characters', (maxChars) => {
    const text = renderComment(report, { maxChars });
    expect(text.length).toBeLessThanOrEqual(maxChars);
    expect(markdownProblems(text)).toEqual([]);
    expect(text).toContain('| metric | base | head | Δ | budget |');
    expect(text).toContain('**❌ fail:**');
  });

  it('keeps everything in the summary when it fits, and counts what was not annotated', () => {
    const text = renderSummary({ ...report, unannotated: 4990 });
    expect(text.length).toBeLessThanOrEqual(900_000);
    expect(markdownProblems(text)).toEqual([]);
    expect(text).toContain('#### All findings (5000)');
    expect(text).toContain('4990 more not annotated');
    expect(text).toContain('finding 4999 with \\| pipes');
  });
});

describe('details', () => {
  it('numbers repeated chart labels so no layer folds into another', () => {
    const specs: LayerSpec[] = [
      ['RUN /bin/sh -c a # buildkit', 1_000_000, 1, 'sha256:a', 3],
      ['RUN /bin/sh -c b # buildkit', 2_000_000, 1, 'sha256:b', 3],
      ['RUN /bin/sh -c c # buildkit', 3_000_000, 1, 'sha256:c'],
    ];
    const head = image('head', specs);
    const text = renderComment(reportData({ head, comparison: compare(head, head, { minChange: 1 }) }));
    expect(text).toContain('  x-axis ["line 3", "line 3 (2)", "L3"]');
  });

  it('says when build time fails instead of warning', () => {
    const data = reportData();
    const text = renderComment({ ...data, limits: { ...data.limits, failOnBuildTime: true } });
    expect(text).toContain(
      '| build time | 20.0 s | 22.0 s | +2.0 s (+10.00%), ±20% noise | fails above noise |',
    );
  });
});

describe('tiny limits', () => {
  it('clips a long name in the title and keeps a 2,000-character body whole', () => {
    const text = renderComment(reportData({ dockerfile: `${'`'.repeat(5)}${'x'.repeat(5000)}` }), {
      maxChars: 2000,
    });
    expect(text.length).toBeLessThanOrEqual(2000);
    expect(text).toContain('| uncompressed size |');
    expect(markdownProblems(text)).toEqual([]);
  });

  it('falls back to a minimal, balanced body when even the headline does not fit', () => {
    const data = reportData({ dockerfile: `${'`'.repeat(5)}${'x'.repeat(5000)}` });
    const text = renderComment(data, { maxChars: 500 });
    expect(text.length).toBeLessThanOrEqual(500);
    expect(text).toBe(
      '<!-- image-budget:Dockerfile -->\n### 📦 image-budget\n\n**❌ fail**: the report is too long to show here; see the job summary.\n',
    );
    expect(markdownProblems(text)).toEqual([]);
  });
});
