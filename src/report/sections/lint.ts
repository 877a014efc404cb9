// Lint findings the PR introduced and the ones it fixed (or, without a baseline, all of them), one row per
// problem: rules that report the same problem on a line share a row naming each code (see ../fold.ts).
import type { FindingChanges } from '../../compare/types.js';
import type { Finding } from '../../model.js';
import { codeSpan, escapeText } from '../escape.js';
import type { Section } from '../fit.js';
import { foldFindings, type FoldedFinding } from '../fold.js';

const LIMITS = [Infinity, 50, 10, 0];
const ICON = { error: '❌', warning: '⚠️', info: 'ℹ️', style: '💅' } as const;

export const FOLDED_NOTE = 'A row naming two rules is one problem both report.';

function rowOf(row: FoldedFinding): string {
  const f = row.finding;
  const span = (code: string): string => codeSpan(code, { inTable: true, max: 40 });
  const also = row.also.length > 0 ? ` (also ${row.also.map(span).join(', ')})` : '';
  const codes = row.rules.map(span).join(' ') + also;
  return `| ${ICON[f.severity] ?? ''} | ${codes} ${escapeText(f.name, 80)} | ${f.line} | ${escapeText(f.message, 300)} |`;
}

/** A table of folded rows (from foldFindings). */
export function foldedTable(rows: FoldedFinding[]): string {
  return ['| | rule | line | message |', '| --- | --- | ---: | --- |', ...rows.map(rowOf)].join('\n');
}

export function findingTable(findings: Finding[]): string {
  return foldedTable(foldFindings(findings));
}

function block(title: string, findings: Finding[], limit: number): string {
  if (findings.length === 0) return '';
  const rows = foldFindings(findings);
  if (limit === 0) return `${title}: ${findings.length}.`;
  const shown = rows.slice(0, limit);
  const notes: string[] = [];
  if (shown.some((row) => row.rules.length > 1)) notes.push(FOLDED_NOTE);
  if (shown.length < rows.length) notes.push(`… ${rows.length - shown.length} more in the job summary.`);
  return [`${title} (${findings.length}):`, foldedTable(shown), ...notes].join('\n\n');
}

export function lintSection(changes: FindingChanges | undefined, enabled: boolean): Section {
  return {
    name: 'lint',
    steps: LIMITS.length,
    render(level) {
      if (!enabled || changes === undefined || level >= LIMITS.length) return '';
      const limit = LIMITS[level]!;
      const newTitle = changes.baselineKnown ? 'New findings' : 'Findings (no baseline to compare with)';
      const parts = [
        block(newTitle, changes.added, limit),
        block('Fixed findings', changes.fixed, limit),
      ].filter((part) => part !== '');
      if (parts.length === 0) return changes.baselineKnown ? '#### Lint\n\nNo new findings.' : '';
      return ['#### Lint', ...parts].join('\n\n');
    },
  };
}
