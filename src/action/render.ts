// Bridge to the report renderer: the comment and the job summary are the same Markdown, fitted to a size.
import type { PipelineBuildFailed } from '../pipeline/run.js';
import { codeBlock, codeSpan, commentMarker, escapeText } from '../report/escape.js';
import { fitSections, type Section } from '../report/fit.js';
import { renderHeadline, renderTitle, renderVerdictLine } from '../report/headline.js';
import { chartSection } from '../report/sections/chart.js';
import { grownLayersSection } from '../report/sections/layers.js';
import { lintSection } from '../report/sections/lint.js';
import { optimizerSection } from '../report/sections/optimizer.js';
import { regressionsSection } from '../report/sections/regressions.js';
import type { ReportData } from '../report/types.js';

/** Under GitHub's 65,536-character comment limit with room for the marker and a footer. */
export const COMMENT_MAX_CHARS = 60_000;
/** The job summary holds 1 MiB per step; stay well below. */
export const SUMMARY_MAX_CHARS = 900_000;

export function renderMarkdown(data: ReportData, options: { marker: boolean; maxChars: number }): string {
  const fixed = (name: string, text: string): Section => ({ name, steps: 0, render: () => text });
  const sections: Section[] = [
    fixed('title', renderTitle(data, options.marker)),
    fixed('headline', renderHeadline(data)),
    fixed('verdict', renderVerdictLine(data)),
    regressionsSection(data.verdict),
    grownLayersSection(data.comparison),
    chartSection(data.comparison, data.head),
    optimizerSection(data.optimizer, data.comparison),
    lintSection(data.findingChanges, data.lintEnabled),
  ];
  const dropOrder = ['chart', 'lint', 'optimizer', 'layers', 'regressions'].flatMap((prefix) =>
    sections.filter((s) => s.name.startsWith(prefix)).map((s) => s.name),
  );
  // Room for the shortening note below.
  const fitted = fitSections(sections, dropOrder, options.maxChars - 300);
  const note =
    fitted.shortened.length > 0
      ? `\n\n<sub>Shortened to fit: ${fitted.shortened.join(', ')}${data.runUrl ? ` — [full report](${data.runUrl})` : ''}.</sub>`
      : '';
  return fitted.text + note;
}

/** The report when the head image did not build: which step, and the last lines of its output. */
export function renderBuildFailure(key: string, result: PipelineBuildFailed, marker = true): string {
  const f = result.failure;
  const lines = marker ? [commentMarker(key)] : [];
  lines.push(`### 📦 image-budget: ${codeSpan(result.dockerfile)}`, '');
  const at = [f.step ? `at ${codeSpan(f.step)}` : '', f.line !== undefined ? `(line ${f.line})` : '']
    .filter(Boolean)
    .join(' ');
  lines.push(`❌ **The image did not build**${at ? ` ${at}` : ''}: ${escapeText(f.message)}`);
  if (f.output.length > 0)
    lines.push(
      '',
      '<details><summary>Last lines of the build output</summary>',
      '',
      codeBlock(f.output.join('\n').slice(-6000)),
      '',
      '</details>',
    );
  return lines.join('\n');
}
