// What the optimizer would save, each fix named with what it saves, and the diff to apply collapsed.
import type { Comparison } from '../../compare/types.js';
import { codeBlock, codeSpan, escapeText } from '../escape.js';
import type { Section } from '../fit.js';
import { fixPlace, fixSaving, optimizerHeadline, perFixNote } from '../optimizer-text.js';
import type { OptimizerFix, OptimizerReport } from '../types.js';

const DIFF_LINES = [Infinity, 300, 60];

function clipLines(text: string, max: number): { text: string; cut: number } {
  const lines = text.replace(/\n$/, '').split('\n');
  if (lines.length <= max) return { text: lines.join('\n'), cut: 0 };
  return { text: lines.slice(0, max).join('\n'), cut: lines.length - max };
}

function fixItem(fix: OptimizerFix, minChange: number): string {
  const place = fixPlace(fix);
  return (
    `- ${codeSpan(String(fix.rule), { max: 40 })} ${escapeText(String(fix.description))}` +
    `${place === '' ? '' : ` (${place})`}: ${fixSaving(fix, minChange)}`
  );
}

export function optimizerSection(optimizer: OptimizerReport | undefined, comparison: Comparison): Section {
  return {
    name: 'optimizer',
    // full diff → shorter diffs → fixes without diff → one line → nothing
    steps: DIFF_LINES.length + 2,
    render(level) {
      if (optimizer === undefined || level >= DIFF_LINES.length + 2) return '';
      const parts = ['#### Optimizer', escapeText(optimizerHeadline(optimizer, comparison), 2000)];
      if (optimizer.error !== undefined)
        parts.push(`> The optimized image could not be checked: ${escapeText(optimizer.error, 1000)}`);
      if (level === DIFF_LINES.length + 1) return parts.join('\n\n');
      if (optimizer.fixes.length > 0) {
        const note = perFixNote(optimizer);
        if (note !== '') parts.push(note);
        const fixes = optimizer.fixes
          .slice(0, level === 0 ? Infinity : 20)
          .map((fix) => fixItem(fix, comparison.minChange));
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
