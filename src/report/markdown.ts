// The sticky comment body and the job summary share one layout: title, headline table, verdict, then detail
// sections that are shortened or dropped, least important first, until the text fits.
import { commentMarker } from './escape.js';
import { fitSections, type Section } from './fit.js';
import { renderHeadline, renderTitle, renderVerdictLine, STATUS_ICON } from './headline.js';
import { chartSection } from './sections/chart.js';
import { grownLayersSection } from './sections/layers.js';
import { lintSection } from './sections/lint.js';
import { optimizerSection } from './sections/optimizer.js';
import { filesSection } from './sections/files.js';
import { packagesSection } from './sections/packages.js';
import { regressionsSection } from './sections/regressions.js';
import type { RenderOptions, ReportData } from './types.js';

/** GitHub rejects comment bodies over 65,536 characters; the rest is headroom. */
export const COMMENT_MAX_CHARS = 60_000;
/** Job summaries hold 1 MiB per step (and `core.summary` does not check). */
export const SUMMARY_MAX_CHARS = 900_000;

/** Order in which details give way: the chart, then the optimizer diff, lint tables, files that grew, package
 *  additions, grown layers, regressions. */
export const DROP_ORDER = [
  'chart',
  'optimizer',
  'lint',
  'findings',
  'files',
  'packages',
  'layers',
  'regressions',
];

const FOOTER_ROOM = 400;

function fixed(name: string, text: string): Section {
  return { name, steps: 0, render: () => text };
}

function footer(report: ReportData, shortened: string[]): string {
  if (shortened.length === 0) return '';
  // runUrl comes from the runner's environment (server URL, repository, run id), not from the pull request.
  const where =
    report.runUrl === undefined ? 'the job summary' : `the [job summary](${encodeURI(report.runUrl)})`;
  return `<sub>Shortened to fit GitHub's size limit (${shortened.join(', ')}); ${where} has the full report.</sub>`;
}

/** Renders a report under `maxChars`, extra sections (the summary's full finding list) placed last. */
export function renderReport(
  report: ReportData,
  options: { marker: boolean; maxChars: number; extra?: Section[] },
): string {
  const sections: Section[] = [
    fixed('title', renderTitle(report, options.marker)),
    fixed('headline', renderHeadline(report)),
    fixed('verdict', renderVerdictLine(report)),
    regressionsSection(report.verdict),
    grownLayersSection(report.comparison),
    packagesSection(report.comparison.packages),
    filesSection(report.comparison.grownFiles),
    chartSection(report.comparison, report.head),
    optimizerSection(report.optimizer, report.comparison),
    lintSection(report.findingChanges, report.lintEnabled),
    ...(options.extra ?? []),
  ];
  const fitted = fitSections(sections, DROP_ORDER, options.maxChars - FOOTER_ROOM);
  const tail = footer(report, fitted.shortened);
  const text = tail === '' ? fitted.text : `${fitted.text}\n\n${tail}`;
  if (text.length <= options.maxChars) return `${text}\n`;
  // Only the fixed parts are left and they are still too long (absurdly long names): a minimal body that fits.
  const marker = options.marker ? `${commentMarker(report.key)}\n` : '';
  return `${marker}### 📦 image-budget\n\n**${STATUS_ICON[report.verdict.status]} ${report.verdict.status}**: the report is too long to show here; see the job summary.\n`;
}

/** The sticky PR comment: hidden marker first, at most `maxChars` (default 60,000) characters. */
export function renderComment(report: ReportData, options: RenderOptions = {}): string {
  return renderReport(report, { marker: true, maxChars: options.maxChars ?? COMMENT_MAX_CHARS });
}
