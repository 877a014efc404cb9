// The verdict in one sentence, the same in the terminal and in the comment: a pass says what it was judged
// against ("12 MB under the 150 MB budget", or "no budget or growth limit set"); a warning or a failure gives
// its first reason, which names the limit it broke. Plain text: the Markdown renderer escapes it.
import type { MetricDelta } from '../compare/types.js';
import type { IncreaseLimit } from '../inputs.js';
import type { VerdictReason } from '../verdict/types.js';
import type { ReportData } from './types.js';
import { bytesApart, humanBytes, plural, signedPercent } from './units.js';

/** `+10 MB or +5%`; '' without a limit. */
export function increaseText(limit: IncreaseLimit | undefined): string {
  if (limit === undefined) return '';
  const parts: string[] = [];
  if (limit.bytes !== undefined) parts.push(`+${humanBytes(limit.bytes)}`);
  if (limit.percent !== undefined) parts.push(`+${limit.percent}%`);
  return parts.join(' or ');
}

function growthPhrase(metric: MetricDelta): string {
  if (metric.delta === null) return '';
  const percent = metric.percent === null ? '' : ` (${signedPercent(metric.percent)})`;
  if (!metric.changed) return metric.delta === 0 ? 'no growth' : 'no growth above the noise floor';
  return metric.delta > 0
    ? `grew by ${humanBytes(metric.delta)}${percent}`
    : `shrank by ${humanBytes(-metric.delta)}${percent}`;
}

/** What a passing report was judged against, limit by limit. */
function passSentence(report: ReportData): string {
  const { limits, comparison, verdict } = report;
  const metric = limits.sizeMetric === 'compressed' ? comparison.compressed : comparison.uncompressed;
  const parts: string[] = [];
  // the headroom is the verdict's (the one place it is computed); the sentence only renders it
  const headroom = verdict.headroomBytes;
  if (limits.budget !== undefined && headroom !== undefined) {
    const [left, budget] = bytesApart(headroom, limits.budget);
    parts.push(headroom === 0 ? `exactly at the ${budget} budget` : `${left} under the ${budget} budget`);
  }
  const growthLimits = [
    ['max-increase', increaseText(limits.maxIncrease)],
    ['warn-increase', increaseText(limits.warnIncrease)],
  ].filter(([, text]) => text !== '');
  if (growthLimits.length > 0) {
    const named = growthLimits.map(([kind, text]) => `the ${kind} of ${text}`).join(' and ');
    parts.push(
      comparison.baseline.available
        ? `${growthPhrase(metric)}, within ${named}`
        : `growth not checked (no baseline) against ${named}`,
    );
  }
  // The budget and the growth limits apply to one size: say which when it is not the default.
  if (parts.length > 0 && limits.sizeMetric === 'compressed') parts[0] = `compressed size ${parts[0]}`;
  if (parts.length === 0) parts.push('no budget or growth limit set');
  if (limits.maxLayers !== undefined)
    parts.push(`${plural(comparison.layers.head, 'layer')} of at most ${limits.maxLayers}`);
  return parts.join('; ');
}

export interface VerdictSentence {
  /** The sentence after `PASS:`/`WARN:`/`FAIL:`. */
  text: string;
  /** The reason the sentence gives, when it gives one (so a list of reasons can leave it out). */
  reason?: VerdictReason;
  /** Warnings and failures the sentence does not mention. */
  others: number;
}

export function verdictSentence(report: ReportData): VerdictSentence {
  const reasons = report.verdict.reasons;
  const fails = reasons.filter((reason) => reason.level === 'fail');
  const warns = reasons.filter((reason) => reason.level === 'warn');
  const first = fails[0] ?? warns[0];
  if (first === undefined) return { text: passSentence(report), others: 0 };
  return { text: first.message, reason: first, others: fails.length + warns.length - 1 };
}
