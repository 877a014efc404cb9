// Layer sizes as a Mermaid xychart (GitHub renders it): bars for head, a line for base. Labels are generated
// ("line 12", "L3"), never taken from the Dockerfile, so nothing untrusted enters the diagram.
import type { Comparison, LayerChange } from '../../compare/types.js';
import type { ImageMeasurement } from '../../model.js';
import type { Section } from '../fit.js';

const MAX_BARS = 30;

interface Bar {
  label: string;
  base: number;
  head: number;
}

function label(change: Pick<LayerChange, 'line' | 'headIndex' | 'baseIndex'>): string {
  if (change.line !== undefined) return `line ${change.line}`;
  return change.headIndex !== null ? `L${change.headIndex + 1}` : `base L${(change.baseIndex ?? 0) + 1}`;
}

function bars(comparison: Comparison, head: ImageMeasurement): Bar[] {
  const all: Bar[] = comparison.baseline.available
    ? comparison.layerChanges.map((change) => ({
        label: label(change),
        base: change.baseBytes,
        head: change.headBytes,
      }))
    : head.layers.map((layer) => ({
        label: label({ line: layer.line, headIndex: layer.index, baseIndex: null }),
        base: 0,
        head: layer.sizeBytes,
      }));
  const sized = all.filter((bar) => bar.base > 0 || bar.head > 0);
  // Equal labels would fold into one category: number repeats ("line 3", "line 3 (2)").
  const seen = new Map<string, number>();
  for (const bar of sized) {
    const count = (seen.get(bar.label) ?? 0) + 1;
    seen.set(bar.label, count);
    if (count > 1) bar.label = `${bar.label} (${count})`;
  }
  if (sized.length <= MAX_BARS) return sized;
  // Keep the largest layers, in image order.
  const keep = new Set(
    [...sized].sort((a, b) => Math.max(b.base, b.head) - Math.max(a.base, a.head)).slice(0, MAX_BARS),
  );
  return sized.filter((bar) => keep.has(bar));
}

const megabytes = (bytes: number): string => (bytes / 1e6).toFixed(2).replace(/\.?0+$/, '');

export function chartSection(comparison: Comparison, head: ImageMeasurement): Section {
  const data = bars(comparison, head);
  return {
    name: 'chart',
    steps: 1,
    render(level) {
      if (level >= 1 || data.length === 0) return '';
      const withBase = comparison.baseline.available;
      const lines = [
        '```mermaid',
        'xychart-beta',
        `  title "Layer sizes in MB (${withBase ? 'bars: head, line: base' : 'head'})"`,
        `  x-axis [${data.map((bar) => JSON.stringify(bar.label)).join(', ')}]`,
        '  y-axis "MB"',
        `  bar [${data.map((bar) => megabytes(bar.head)).join(', ')}]`,
      ];
      if (withBase) lines.push(`  line [${data.map((bar) => megabytes(bar.base)).join(', ')}]`);
      lines.push('```');
      const shown =
        data.length < comparison.layerChanges.length
          ? `\n\n<sub>The ${data.length} largest layers.</sub>`
          : '';
      return `<details><summary>Layer sizes, base vs head</summary>\n\n${lines.join('\n')}${shown}\n\n</details>`;
    },
  };
}
