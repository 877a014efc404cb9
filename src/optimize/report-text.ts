// Plain-text reports of the optimizer for a terminal: what was applied, what was not and why, and the
// before/after table of a with-and-without build.
import type { OptimizeResult } from './optimize.js';
import type { WithWithoutResult } from './with-without.js';
import { humanBytes as bytes } from '../report/units.js';

const lineList = (lines: readonly number[]): string =>
  lines.length === 1 ? `line ${lines[0]}` : `lines ${[...lines].sort((a, b) => a - b).join(', ')}`;
/** ` (line 3)`; nothing for the .dockerignore proposal, which belongs to no line. */
const at = (rule: string, lines: readonly number[]): string =>
  rule === 'dockerignore' ? '' : ` (${lineList(lines)})`;

export function renderFixes(result: OptimizeResult): string {
  const out: string[] = [];
  if (result.applied.length === 0 && result.dockerignore.added.length === 0) out.push('No fixes to apply.');
  const groups = new Map<string, { rule: string; description: string; lines: number[] }>();
  for (const a of result.applied) {
    const g = groups.get(a.key) ?? { rule: a.rule, description: a.description, lines: [] };
    if (!g.lines.includes(a.line)) g.lines.push(a.line);
    groups.set(a.key, g);
  }
  if (groups.size > 0) out.push('Applied:');
  for (const g of groups.values()) out.push(`  ${g.rule}  ${g.description}${at(g.rule, g.lines)}`);
  if (result.dockerignore.added.length > 0)
    out.push(`.dockerignore gets: ${result.dockerignore.added.join(', ')}`);
  const skipped = result.skipped.filter((s) => s.reason !== 'not selected');
  if (skipped.length > 0) out.push('Not applied:');
  for (const s of skipped) out.push(`  ${s.rule}  ${s.description} (line ${s.line}): ${s.reason}`);
  for (const r of result.dockerignore.rejected)
    out.push(`  .dockerignore "${r.line}" not added: ${r.reason}`);
  if (!result.stable)
    out.push(`Warning: fixes did not settle after ${result.passes} passes; the output may not be final.`);
  return out.join('\n') + '\n';
}

function pad(cells: string[][]): string {
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  return cells
    .map((row) =>
      row
        .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const signed = (n: number): string => (n < 0 ? `-${bytes(-n)}` : bytes(n));
const percent = (part: number, whole: number): string =>
  whole === 0 ? '' : ` (${((part / whole) * 100).toFixed(1)}%)`;
const seconds = (s: number | null): string => (s === null ? 'n/a' : `${s.toFixed(1)} s`);

export function renderBuildTable(result: WithWithoutResult): string {
  if (!result.ok) return `Cannot compare: ${result.reason}\n`;
  const a = result.original.measurement;
  const b = result.optimized.measurement;
  const rows = [
    ['', 'original', 'optimized', 'saved'],
    [
      'size (uncompressed)',
      bytes(a.sizeBytes),
      bytes(b.sizeBytes),
      signed(result.savedBytes) + percent(result.savedBytes, a.sizeBytes),
    ],
    [
      'size (compressed)',
      bytes(a.compressedBytes),
      bytes(b.compressedBytes),
      signed(result.savedCompressedBytes) + percent(result.savedCompressedBytes, a.compressedBytes),
    ],
    ['layers', String(a.layerCount), String(b.layerCount), String(result.layersSaved)],
    ['hidden bytes', bytes(a.hiddenBytes), bytes(b.hiddenBytes), signed(a.hiddenBytes - b.hiddenBytes)],
    ['build time', seconds(result.original.buildSeconds), seconds(result.optimized.buildSeconds), ''],
  ];
  const out = [pad(rows)];
  out.push('Build times share one builder cache (the original is built first); expect ±20% noise.');
  if (result.original.smoke)
    out.push(`Smoke test passed on the original${result.optimized.smoke ? ' and the optimized image' : ''}.`);
  if (result.fixes.length > 0) {
    out.push(
      '',
      result.attributed
        ? 'Saving per fix (each on top of the ones above):'
        : 'Fixes (run with --attribute for the saving of each):',
    );
    const fixRows = result.fixes.map((f) => [
      `  ${f.rule}  ${f.description}${at(f.rule, f.lines)}`,
      f.savedBytes === null ? '' : signed(f.savedBytes),
      f.savedCompressedBytes === null ? '' : `${signed(f.savedCompressedBytes)} compressed`,
    ]);
    out.push(pad(fixRows));
  }
  if (result.dropped.length > 0) out.push('', 'Dropped (failed a check):');
  for (const d of result.dropped)
    out.push(`  ${d.rule}  ${d.description}${at(d.rule, d.lines)}: ${d.reason}`);
  return out.join('\n') + '\n';
}
