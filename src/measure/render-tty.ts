// The measurement as a person reads it in a terminal: totals, then one row per layer with a bar whose length
// is the layer's size and whose shaded tail is the part later layers hide.
import type { ImageMeasurement, LayerMeasurement } from '../model.js';
import { printable } from '../report/escape.js';
import { humanBytes as size } from '../report/units.js';

const BAR = 24;

const percent = (ratio: number): string => `${(ratio * 100).toFixed(1)}%`;

/** `/bin/sh -c #(nop)  ENV X=1` and `ENV X=1 # buildkit` both read `ENV X=1`. */
export function shortCreatedBy(createdBy: string, width = 60): string {
  let text = printable(createdBy)
    .replace(/\s*# buildkit$/, '')
    .replace(/^\/bin\/sh -c #\(nop\)\s*/, '')
    .replace(/^\/bin\/sh -c /, 'RUN ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '') text = '(unknown)';
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

function bar(layer: LayerMeasurement, largest: number): string {
  if (largest === 0) return '';
  const full = Math.round((layer.sizeBytes / largest) * BAR);
  const hidden = Math.min(full, Math.round((layer.hiddenBytes / largest) * BAR));
  return '█'.repeat(full - hidden) + '░'.repeat(hidden);
}

export function renderMeasurement(m: ImageMeasurement): string {
  const lines: string[] = [];
  lines.push(`${printable(m.image)}`);
  lines.push(
    `  size ${size(m.sizeBytes)} uncompressed, ${size(m.compressedBytes)} compressed (gzip, pull size)` +
      `, ${m.layerCount} layers with content of ${m.totalLayerCount}`,
  );
  lines.push(
    `  hidden ${size(m.hiddenBytes)} (bytes shipped but deleted or overwritten later), efficiency ${percent(m.efficiency)}`,
  );
  lines.push(
    `  dive: efficiency ${percent(m.dive.efficiency)}, wasted ${size(m.dive.wastedBytes)}, user wasted ${percent(m.dive.userWastedPercent)}`,
  );
  if (m.baseSizeBytes !== undefined) {
    lines.push(`  base image ${size(m.baseSizeBytes)}, own layers ${size(m.sizeBytes - m.baseSizeBytes)}`);
  }
  lines.push('');
  const largest = Math.max(0, ...m.layers.map((l) => l.sizeBytes));
  const rows = m.layers.map((l) => [
    String(l.index),
    size(l.sizeBytes),
    size(l.compressedBytes),
    l.hiddenBytes > 0 ? size(l.hiddenBytes) : '-',
    String(l.files),
    l.line !== undefined ? String(l.line) : l.fromBase ? 'base' : '-',
    bar(l, largest),
    shortCreatedBy(l.createdBy),
  ]);
  const header = ['#', 'size', 'gzip', 'hidden', 'files', 'line', 'bar', 'instruction'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => [...r[i]!].length)));
  const right = new Set([1, 2, 3, 4]);
  const format = (cells: string[]): string =>
    cells
      .map((c, i) => {
        const pad = ' '.repeat(widths[i]! - [...c].length);
        return i === cells.length - 1 ? c : right.has(i) ? pad + c : c + pad;
      })
      .join('  ')
      .trimEnd();
  lines.push(`  ${format(header)}`);
  for (const r of rows) lines.push(`  ${format(r)}`);
  const withLargest = m.layers.filter((l) => l.largestFiles.length > 0 && l.sizeBytes > 0);
  if (withLargest.length > 0) {
    lines.push('', '  largest files:');
    for (const l of withLargest) {
      const files = l.largestFiles.slice(0, 3).map((f) => `${printable(f.path)} ${size(f.sizeBytes)}`);
      lines.push(`  ${String(l.index).padStart(widths[0]!)}  ${files.join(', ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
