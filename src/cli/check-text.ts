// The terminal form of the check report: the headline numbers, the verdict and its reasons, in plain text.
import type { MetricDelta } from '../compare/types.js';
import type { ReportData } from '../report/types.js';
import { humanBytes, signedBytes, signedPercent } from '../report/units.js';

function row(
  label: string,
  m: MetricDelta,
  unit: (n: number) => string,
  signed: (n: number) => string,
): string {
  const base = m.base === null ? '—' : unit(m.base);
  const delta =
    m.delta === null ? '' : `${signed(m.delta)}${m.percent === null ? '' : ` (${signedPercent(m.percent)})`}`;
  return `  ${label.padEnd(22)}${base.padStart(12)}  →  ${unit(m.head).padStart(12)}   ${m.delta === null ? '' : m.changed ? delta : 'unchanged'}`;
}

export function formatCheckText(data: ReportData): string {
  const c = data.comparison;
  const count = (n: number) => String(n);
  const signedCount = (n: number) => (n > 0 ? `+${n}` : String(n));
  const lines = [
    `${data.dockerfile}${data.target ? ` (target ${data.target})` : ''}`,
    c.baseline.available
      ? `  base ${data.baseRef ?? ''} ${data.baseSha?.slice(0, 12) ?? ''}`
      : `  no baseline: ${c.baseline.reason}`,
    '',
    `  ${'metric'.padEnd(22)}${'base'.padStart(12)}     ${'head'.padStart(12)}   change`,
    row('uncompressed size', c.uncompressed, humanBytes, signedBytes),
    row('compressed size', c.compressed, humanBytes, signedBytes),
    row('layers', c.layers, count, signedCount),
    `  ${'new bytes to pull'.padEnd(22)}${''.padStart(12)}     ${humanBytes(c.pullBytes).padStart(12)}`,
  ];
  if (data.optimizer) {
    const o = c.optimized;
    lines.push(
      '',
      o
        ? `  optimizer: ${humanBytes(o.savingsBytes)} smaller with ${data.optimizer.fixes.length} fix(es) (image-budget optimize --diff)`
        : `  optimizer: ${data.optimizer.error ?? `${data.optimizer.fixes.length} fix(es), nothing to build`}`,
    );
  }
  const counts = ['error', 'warning', 'info', 'style'].map(
    (s) => `${data.findings.filter((f) => f.severity === s).length} ${s}`,
  );
  lines.push(`  lint: ${counts.join(', ')}`, '', `verdict: ${data.verdict.status.toUpperCase()}`);
  for (const r of data.verdict.reasons) lines.push(`  ${r.level}: ${r.message}`);
  return `${lines.join('\n')}\n`;
}
