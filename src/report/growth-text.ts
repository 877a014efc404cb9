// The one sentence that says which commit grew the image, in the terminal and in the comment. Every text in it
// is untrusted (commit subjects are written by anyone with a pull request, and a published JSON report can say
// anything): printable() for the terminal, escapeText() for Markdown.
import type { GrowthReport } from '../bisect/growth.js';
import { escapeText, printable } from './escape.js';
import { plural, signedBytes } from './units.js';

export type TextForm = 'terminal' | 'markdown';

function text(value: string, form: TextForm, max = 200): string {
  const one = value.length > max ? `${value.slice(0, max - 1)}…` : value;
  return form === 'markdown' ? escapeText(one, max) : printable(one);
}

const short = (sha: string, form: TextForm) => text(sha.slice(0, 7), form);

export function growthSentence(report: GrowthReport, dockerfile: string, form: TextForm): string {
  const builds = plural(report.builds, 'build');
  if (report.kind === 'no-growth')
    return `The commits of this range did not grow the image in all (${signedBytes(report.bytes)}, ${builds}).`;
  if (report.kind === 'unknown')
    return `Which commit grew the image is unknown: ${text(report.reason, form)}.`;
  const line = report.layer?.line;
  const at = line === undefined ? '' : `${text(dockerfile, form)} line ${line}, `;
  const bytes = signedBytes(report.bytes);
  if (report.commit !== undefined) {
    const c = report.commit;
    return `Most of the growth came from ${short(c.sha, form)} '${text(c.subject, form, 72)}' (${at}${bytes}).`;
  }
  const first = report.range[0]!;
  const last = report.range[report.range.length - 1]!;
  const why = text(report.stoppedBecause ?? 'the search stopped', form);
  return (
    `Most of the growth came from one of the ${report.range.length} commits ${short(first.sha, form)}…` +
    `${short(last.sha, form)} (${at}${bytes}); ${why} before one was left.`
  );
}

/** Why a report's `growth` (read back from a JSON report) cannot be rendered, or null when it can. */
export function growthProblem(value: unknown): string | null {
  const g = value as Record<string, unknown> | null;
  if (g === null || typeof g !== 'object') return '"growth" is not an object';
  const isText = (v: unknown) => typeof v === 'string';
  const isCount = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v);
  const isCommit = (v: unknown) =>
    v !== null &&
    typeof v === 'object' &&
    isText((v as Record<string, unknown>)['sha']) &&
    isText((v as Record<string, unknown>)['subject']);
  if (!isCount(g['builds']) || !isCount(g['bytes'] ?? 0)) return '"growth" needs whole "builds" and "bytes"';
  if (g['kind'] === 'no-growth') return null;
  if (g['kind'] === 'unknown') return isText(g['reason']) ? null : '"growth.reason" is not a text';
  if (g['kind'] !== 'found') return '"growth.kind" is not found, no-growth or unknown';
  const range = g['range'];
  if (!Array.isArray(range) || range.length === 0 || !range.every(isCommit))
    return '"growth.range" is not a list of commits';
  if (g['commit'] !== undefined && !isCommit(g['commit'])) return '"growth.commit" is not a commit';
  if (g['stoppedBecause'] !== undefined && !isText(g['stoppedBecause']))
    return '"growth.stoppedBecause" is not a text';
  const layer = g['layer'] as Record<string, unknown> | undefined;
  if (layer !== undefined && (layer === null || typeof layer !== 'object'))
    return '"growth.layer" is not an object';
  if (layer?.['line'] !== undefined && !isCount(layer['line'])) return '"growth.layer.line" is not a line';
  return null;
}
