// The part of the report that is never cut: title, measured commits, the headline table and the verdict line.
import type { MetricDelta } from '../compare/types.js';
import { codeSpan, commentMarker, escapeText } from './escape.js';
import { hiddenBytes, hiddenNote, hiddenWhere } from './hidden.js';
import type { ReportData } from './types.js';
import { humanBytes, humanSeconds, plural, signedBytes, signedPercent, signedSeconds } from './units.js';
import { growthSentence } from './growth-text.js';
import { increaseText, verdictSentence } from './verdict-text.js';

export const STATUS_ICON = { pass: '✅', warn: '⚠️', fail: '❌' } as const;
const NONE = '—';

function shortSha(sha: string | undefined): string {
  return sha === undefined ? '' : ` (${codeSpan(sha.slice(0, 7))})`;
}

export function renderTitle(report: ReportData, withMarker: boolean): string {
  const what = [codeSpan(report.dockerfile)];
  if (report.target !== undefined) what.push(`target ${codeSpan(report.target)}`);
  if (report.platform !== undefined) what.push(codeSpan(report.platform));
  const lines = withMarker ? [commentMarker(report.key)] : [];
  lines.push(`### 📦 image-budget: ${what.join(', ')}`);
  const refs: string[] = [];
  if (report.baseRef !== undefined || report.baseSha !== undefined) {
    refs.push(
      `base ${report.baseRef === undefined ? '' : codeSpan(report.baseRef)}${shortSha(report.baseSha)}`.trim(),
    );
  }
  if (report.headRef !== undefined || report.headSha !== undefined) {
    refs.push(
      `head ${report.headRef === undefined ? '' : codeSpan(report.headRef)}${shortSha(report.headSha)}`.trim(),
    );
  }
  if (refs.length > 0) lines.push(`<sub>${refs.join(' → ')}</sub>`);
  return lines.join('\n');
}

function bytesDelta(metric: MetricDelta): string {
  if (metric.delta === null) return NONE;
  const percent = metric.percent === null ? '' : ` (${signedPercent(metric.percent)})`;
  if (!metric.changed)
    return metric.delta === 0 ? 'no change' : `${signedBytes(metric.delta)}${percent}, below noise floor`;
  return `${metric.delta > 0 ? '🔺' : '🔻'} ${signedBytes(metric.delta)}${percent}`;
}

/** The budget column of the size metric the limits apply to; the headroom is the verdict's, only rendered. */
function sizeLimits(report: ReportData): string {
  const { limits } = report;
  const parts: string[] = [];
  const headroom = report.verdict.headroomBytes;
  if (limits.budget !== undefined) {
    parts.push(
      headroom === undefined
        ? humanBytes(limits.budget)
        : `${humanBytes(limits.budget)} · ${headroom >= 0 ? `${humanBytes(headroom)} left` : `**over by ${humanBytes(-headroom)}**`}`,
    );
  }
  const max = increaseText(limits.maxIncrease);
  if (max !== '') parts.push(`growth ≤ ${max}`);
  const warn = increaseText(limits.warnIncrease);
  if (warn !== '') parts.push(`warns above ${warn}`);
  return parts.length === 0 ? NONE : parts.join('<br>');
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

export function renderHeadline(report: ReportData): string {
  const { comparison: c, limits } = report;
  const sized = (metric: MetricDelta, applies: boolean): string[] => [
    metric.base === null ? NONE : humanBytes(metric.base),
    humanBytes(metric.head),
    bytesDelta(metric),
    applies ? sizeLimits(report) : NONE,
  ];
  const rows = [
    row(['metric', 'base', 'head', 'Δ', 'budget']),
    row(['---', '---:', '---:', '---:', '---']),
    row(['uncompressed size', ...sized(c.uncompressed, limits.sizeMetric === 'uncompressed')]),
    row(['compressed size', ...sized(c.compressed, limits.sizeMetric === 'compressed')]),
  ];
  const layers = c.layers;
  const layerLimit =
    limits.maxLayers === undefined
      ? NONE
      : `${limits.maxLayers} · ${layers.head <= limits.maxLayers ? `${limits.maxLayers - layers.head} left` : `**${layers.head - limits.maxLayers} over**`}`;
  rows.push(
    row([
      'layers',
      layers.base === null ? NONE : String(layers.base),
      String(layers.head),
      layers.delta === null
        ? NONE
        : layers.delta === 0
          ? 'no change'
          : layers.delta > 0
            ? `+${layers.delta}`
            : String(layers.delta),
      layerLimit,
    ]),
  );
  const time = c.buildSeconds;
  if (time !== undefined) {
    const delta =
      time.delta === null
        ? NONE
        : `${signedSeconds(time.delta)}${time.percent === null ? '' : ` (${signedPercent(time.percent)})`}, ${time.comparable ? `±${Math.round(time.noise * 100)}% noise` : 'not comparable'}`;
    rows.push(
      row([
        'build time',
        time.base === null ? NONE : humanSeconds(time.base),
        humanSeconds(time.head),
        delta,
        limits.failOnBuildTime ? 'fails above noise' : 'warns only',
      ]),
    );
  }
  const hidden = hiddenBytes(report);
  if (hidden !== null) {
    const delta = hidden.base === null ? null : hidden.head - hidden.base;
    rows.push(
      row([
        'hidden bytes',
        hidden.base === null ? NONE : humanBytes(hidden.base),
        humanBytes(hidden.head),
        bytesDelta({
          base: hidden.base,
          head: hidden.head,
          delta,
          percent: delta === null || !hidden.base ? null : (delta / hidden.base) * 100,
          changed: delta !== null && Math.abs(delta) >= c.minChange,
        }),
        NONE,
      ]),
    );
  }
  const pullNote = c.baseline.available ? plural(c.pullLayers, 'new layer') : 'no base to share layers with';
  rows.push(row(['new bytes to pull', NONE, humanBytes(c.pullBytes), pullNote, NONE]));
  const table = rows.join('\n');
  if (hidden === null) return table;
  const where = hiddenWhere(hidden, humanBytes);
  return `${table}\n\n<sub>${hiddenNote(where)}</sub>`;
}

export function renderVerdictLine(report: ReportData): string {
  const { verdict } = report;
  const lines: string[] = [];
  if (!report.comparison.baseline.available) {
    lines.push(
      `> **No baseline:** ${escapeText(report.comparison.baseline.reason)}. The absolute budget and lint still apply.`,
    );
  }
  const sentence = verdictSentence(report);
  const summary = `${escapeText(sentence.text, 2000)}${sentence.others > 0 ? ` (and ${sentence.others} more below)` : ''}`;
  lines.push(`**${STATUS_ICON[verdict.status]} ${verdict.status}:** ${summary}`);
  if (report.growth !== undefined) lines.push(growthSentence(report.growth, report.dockerfile, 'markdown'));
  return lines.join('\n\n');
}
