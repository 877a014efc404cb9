// The sentence that names the commit that grew the image: its forms (one commit, a range, no growth, unknown),
// in the comment with every untrusted text escaped, and the check a published JSON report's `growth` must pass.
import { describe, expect, it } from '@jest/globals';
import type { GrowthReport } from '../../src/bisect/growth.js';
import { growthProblem, growthSentence } from '../../src/report/growth-text.js';
import { renderComment } from '../../src/report/markdown.js';
import { parseJsonReport, serializeReport } from '../../src/report/report-json.js';
import { reportData } from './fixture.js';
import { markdownProblems } from './markdown-check.js';

const SHA = 'abc1234def567890abc1234def567890abc12345';
const OTHER = '0123456789abcdef0123456789abcdef01234567';

const found: GrowthReport = {
  kind: 'found',
  commit: { sha: SHA, subject: 'add data' },
  range: [{ sha: SHA, subject: 'add data' }],
  before: OTHER,
  bytes: 5_000_000,
  layer: { sizeBytes: 5_000_000, line: 3, instruction: 'RUN', createdBy: 'RUN head -c 5000000 /dev/urandom' },
  builds: 3,
};

describe('growthSentence', () => {
  it('names the commit, its subject, the Dockerfile line and the bytes', () => {
    expect(growthSentence(found, 'Dockerfile', 'terminal')).toBe(
      "Most of the growth came from abc1234 'add data' (Dockerfile line 3, +5 MB).",
    );
  });

  it('a range the budget could not split says so, with its ends', () => {
    const range: GrowthReport = {
      ...found,
      range: [
        { sha: OTHER, subject: 'one' },
        { sha: SHA, subject: 'two' },
      ],
      stoppedBecause: 'the build budget (2) ran out',
    };
    delete (range as { commit?: unknown }).commit;
    expect(growthSentence(range, 'Dockerfile', 'terminal')).toBe(
      'Most of the growth came from one of the 2 commits 0123456…abc1234 (Dockerfile line 3, +5 MB); the build budget (2) ran out before one was left.',
    );
  });

  it('no growth and no answer', () => {
    expect(growthSentence({ kind: 'no-growth', bytes: -10, builds: 2 }, 'Dockerfile', 'terminal')).toBe(
      'The commits of this range did not grow the image in all (-10 B, 2 builds).',
    );
    expect(
      growthSentence(
        { kind: 'unknown', reason: 'the base x could not be measured', builds: 1 },
        'D',
        'markdown',
      ),
    ).toBe('Which commit grew the image is unknown: the base x could not be measured.');
  });

  it('untrusted subjects reach the comment escaped and the terminal without control characters', () => {
    const evil: GrowthReport = {
      ...found,
      commit: { sha: SHA, subject: '<img src=x> @org/team *bold* | \u001b[31mred' },
    };
    const md = growthSentence(evil, 'docker/[x].Dockerfile', 'markdown');
    expect(md).toContain('&lt;img src=x&gt;');
    expect(md).toContain('@\u200borg');
    expect(md).toContain('\\*bold\\*');
    expect(md).toContain('docker/\\[x\\].Dockerfile line 3');
    expect(growthSentence(evil, 'Dockerfile', 'terminal')).not.toMatch(/\u001b/);
  });

  it('is in the comment under the verdict, and survives the JSON report', () => {
    const data = { ...reportData(), growth: found };
    const body = renderComment(data);
    expect(body).toContain("Most of the growth came from abc1234 'add data' (Dockerfile line 3, +5 MB).");
    expect(body.indexOf('Most of the growth')).toBeGreaterThan(body.indexOf('**❌ fail:**'));
    expect(markdownProblems(body)).toEqual([]);
    expect(renderComment(parseJsonReport(serializeReport(data), 'report.json'))).toBe(body);
  });
});

describe('growthProblem', () => {
  it('accepts what the search writes and refuses shapes the sentence cannot render', () => {
    expect(growthProblem(found)).toBeNull();
    expect(growthProblem({ kind: 'no-growth', bytes: 0, builds: 2 })).toBeNull();
    expect(growthProblem({ kind: 'found', range: [], bytes: 1, builds: 1 })).toContain('growth.range');
    expect(growthProblem({ ...found, commit: { sha: 1 } })).toContain('growth.commit');
    expect(growthProblem({ kind: 'maybe', bytes: 1, builds: 1 })).toContain('growth.kind');
    expect(growthProblem({ ...found, layer: { line: 'three' } })).toContain('growth.layer.line');
    const text = serializeReport({
      ...reportData(),
      growth: { ...found, range: 'all' } as unknown as GrowthReport,
    });
    expect(() => parseJsonReport(text, 'report.json')).toThrow('growth.range');
  });
});
