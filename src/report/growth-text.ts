// The one sentence that says which commit grew the image, in the terminal and in the comment. Commit subjects
// are untrusted (anyone with a pull request writes them): printable() for the terminal, escapeText() for Markdown.
import type { GrowthReport } from '../bisect/growth.js';
import { escapeText, printable } from './escape.js';
import { plural, signedBytes } from './units.js';

export type TextForm = 'terminal' | 'markdown';

function subject(text: string, form: TextForm): string {
  const one = text.length > 72 ? `${text.slice(0, 71)}…` : text;
  return form === 'markdown' ? escapeText(one, 80) : printable(one);
}

/** `Dockerfile line 3` (the file name as the report names it), or nothing when the layer has no line. */
function where(report: Extract<GrowthReport, { kind: 'found' }>, dockerfile: string, form: TextForm): string {
  const line = report.layer?.line;
  if (line === undefined) return '';
  const file = form === 'markdown' ? escapeText(dockerfile, 200) : printable(dockerfile);
  return `${file} line ${line}, `;
}

export function growthSentence(report: GrowthReport, dockerfile: string, form: TextForm): string {
  const builds = plural(report.builds, 'build');
  if (report.kind === 'no-growth')
    return `The commits of this range did not grow the image in all (${signedBytes(report.bytes)}, ${builds}).`;
  if (report.kind === 'unknown') return `Which commit grew the image is unknown: ${report.reason}.`;
  const at = where(report, dockerfile, form);
  const bytes = signedBytes(report.bytes);
  if (report.commit !== undefined) {
    const c = report.commit;
    return `Most of the growth came from ${c.sha.slice(0, 7)} '${subject(c.subject, form)}' (${at}${bytes}).`;
  }
  const first = report.range[0]!;
  const last = report.range[report.range.length - 1]!;
  return (
    `Most of the growth came from one of the ${report.range.length} commits ${first.sha.slice(0, 7)}…` +
    `${last.sha.slice(0, 7)} (${at}${bytes}); ${report.stoppedBecause ?? 'the search stopped'} before one was left.`
  );
}
