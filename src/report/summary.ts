// The job summary: the comment's content without the marker, plus every finding (annotations show only 10
// per level, so the summary is where the rest are listed).
import type { Finding } from '../model.js';
import type { Section } from './fit.js';
import { renderReport, SUMMARY_MAX_CHARS } from './markdown.js';
import { foldFindings } from './fold.js';
import { FOLDED_NOTE, foldedTable } from './sections/lint.js';
import type { RenderOptions, ReportData } from './types.js';
import { plural } from './units.js';

const FINDING_LIMITS = [Infinity, 1000, 100, 0];

function sorted(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

function findingsSection(report: ReportData): Section {
  const all = sorted(report.findings);
  const rows = foldFindings(all);
  return {
    name: 'findings',
    steps: FINDING_LIMITS.length,
    render(level) {
      if (!report.lintEnabled || level >= FINDING_LIMITS.length) return '';
      const unannotated = report.unannotated ?? 0;
      const note =
        unannotated > 0
          ? `${unannotated} more not annotated (GitHub shows at most 10 annotations per level per step); every finding is listed here.`
          : '';
      if (all.length === 0) return '#### All findings\n\nNo findings.';
      const limit = FINDING_LIMITS[level]!;
      const shown = rows.slice(0, limit);
      const parts = [`#### All findings (${all.length})`];
      if (note !== '') parts.push(note);
      if (shown.some((row) => row.rules.length > 1)) parts.push(FOLDED_NOTE);
      if (shown.length > 0) {
        parts.push(
          `<details${level === 0 && rows.length <= 50 ? ' open' : ''}><summary>${plural(all.length, 'finding')}</summary>\n\n${foldedTable(shown)}\n\n</details>`,
        );
      }
      if (shown.length < rows.length)
        parts.push(`… ${rows.length - shown.length} more rows: the JSON report lists every finding.`);
      return parts.join('\n\n');
    },
  };
}

export function renderSummary(report: ReportData, options: RenderOptions = {}): string {
  return renderReport(report, {
    marker: false,
    maxChars: options.maxChars ?? SUMMARY_MAX_CHARS,
    extra: [findingsSection(report)],
  });
}
