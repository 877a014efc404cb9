// Lint findings the PR introduced and the ones it fixed (or, without a baseline, all of them).
import type { FindingChanges } from '../../compare/types.js';
import type { Finding } from '../../model.js';
import { codeSpan, escapeText } from '../escape.js';
import type { Section } from '../fit.js';

const LIMITS = [Infinity, 50, 10, 0];
const ICON = { error: '❌', warning: '⚠️', info: 'ℹ️', style: '💅' } as const;

export function findingTable(findings: Finding[]): string {
  return [
    '| | rule | line | message |',
    '| --- | --- | ---: | --- |',
    ...findings.map(
      (f) =>
        `| ${ICON[f.severity]} | ${codeSpan(f.rule, { inTable: true, max: 40 })} ${escapeText(f.name, 80)} | ${f.line} | ${escapeText(f.message, 300)} |`,
    ),
  ].join('\n');
}

function block(title: string, findings: Finding[], limit: number): string {
  if (findings.length === 0) return '';
  if (limit === 0) return `${title}: ${findings.length}.`;
  const shown = findings.slice(0, limit);
  const more =
    shown.length < findings.length ? `\n\n… ${findings.length - shown.length} more in the job summary.` : '';
  return `${title} (${findings.length}):\n\n${findingTable(shown)}${more}`;
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
