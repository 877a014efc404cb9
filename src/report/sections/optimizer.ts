// What the optimizer would save, with the diff to apply collapsed.
import type { Comparison } from '../../compare/types.js';
import { codeBlock, escapeText } from '../escape.js';
import type { Section } from '../fit.js';
import type { OptimizerReport } from '../types.js';
import { humanBytes, plural, signedPercent } from '../units.js';

const DIFF_LINES = [Infinity, 300, 60];

function clipLines(text: string, max: number): { text: string; cut: number } {
  const lines = text.replace(/\n$/, '').split('\n');
  if (lines.length <= max) return { text: lines.join('\n'), cut: 0 };
  return { text: lines.slice(0, max).join('\n'), cut: lines.length - max };
}

export function optimizerSection(optimizer: OptimizerReport | undefined, comparison: Comparison): Section {
  return {
    name: 'optimizer',
    // full diff → shorter diffs → fixes without diff → one line → nothing
    steps: DIFF_LINES.length + 2,
    render(level) {
      if (optimizer === undefined || level >= DIFF_LINES.length + 2) return '';
      const saved = comparison.optimized;
      let headline: string;
      if (optimizer.diff.trim() === '')
        headline = 'No automatic fix applies: the Dockerfile is already as the optimizer would write it.';
      else if (saved !== undefined)
        headline =
          saved.savingsBytes > 0
            ? `Applying ${plural(optimizer.fixes.length, 'fix', 'fixes')} would save **${humanBytes(saved.savingsBytes)}** ` +
              `(${signedPercent(-saved.savingsPercent)}) uncompressed and ${humanBytes(Math.max(0, saved.savingsCompressedBytes))} compressed` +
              ` (${humanBytes(saved.sizeBytes)}, ${plural(saved.layerCount, 'layer')}).`
            : `${plural(optimizer.fixes.length, 'fix', 'fixes')} apply, but the optimized image is not smaller (${humanBytes(saved.sizeBytes)}).`;
      else
        headline = `${plural(optimizer.fixes.length, 'fix', 'fixes')} apply; the optimized image was not measured.`;
      const parts = ['#### Optimizer', headline];
      if (optimizer.error !== undefined)
        parts.push(`> The optimized image could not be checked: ${escapeText(optimizer.error, 1000)}`);
      if (level === DIFF_LINES.length + 1) return parts.join('\n\n');
      if (optimizer.fixes.length > 0) {
        const fixes = optimizer.fixes
          .slice(0, level === 0 ? Infinity : 20)
          .map((fix) => `- ${escapeText(fix)}`);
        if (fixes.length < optimizer.fixes.length)
          fixes.push(`- … ${optimizer.fixes.length - fixes.length} more`);
        parts.push(fixes.join('\n'));
      }
      if (level < DIFF_LINES.length && optimizer.diff.trim() !== '') {
        const { text, cut } = clipLines(optimizer.diff, DIFF_LINES[level]!);
        const note = cut > 0 ? `\n\n${cut} more diff lines are in the job summary.` : '';
        parts.push(
          `<details><summary>Diff to apply</summary>\n\n${codeBlock(text, 'diff')}${note}\n\n</details>`,
        );
      }
      return parts.join('\n\n');
    },
  };
}
