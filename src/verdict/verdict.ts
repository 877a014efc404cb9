// The verdict: limits applied to the comparison and the lint findings. Every reason names the exact numbers, so
// a failed check explains itself without opening the logs.
import type { Comparison, MetricDelta } from '../compare/types.js';
import type { IncreaseLimit, Inputs } from '../inputs.js';
import type { Finding, Severity, Threshold } from '../model.js';
import { exactBytes, humanBytes, humanSeconds, plural, signedPercent } from '../report/units.js';
import type { Verdict, VerdictReason, VerdictStatus } from './types.js';

export type VerdictOptions = Pick<
  Inputs,
  | 'budget'
  | 'sizeMetric'
  | 'maxIncrease'
  | 'warnIncrease'
  | 'maxLayers'
  | 'lint'
  | 'lintFailOn'
  | 'failOnBuildTime'
>;

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, style: 0 };

/** True when a finding of `severity` reaches the `threshold` (`none`: nothing does). */
export function reaches(severity: Severity, threshold: Threshold): boolean {
  return threshold !== 'none' && RANK[severity] >= RANK[threshold];
}

function sizeLabel(options: VerdictOptions): string {
  return options.sizeMetric === 'compressed' ? 'compressed size' : 'uncompressed size';
}

function budgetReasons(metric: MetricDelta, options: VerdictOptions): VerdictReason[] {
  if (options.budget === undefined || metric.head <= options.budget) return [];
  return [
    {
      level: 'fail',
      kind: 'budget',
      message:
        `${sizeLabel(options)} ${exactBytes(metric.head)} is over the budget of ${exactBytes(options.budget)} ` +
        `by ${exactBytes(metric.head - options.budget)}`,
    },
  ];
}

/** Growth vs base against a limit; either the byte part or the percent part exceeded is enough. */
function increaseReasons(
  metric: MetricDelta,
  limit: IncreaseLimit | undefined,
  kind: 'max-increase' | 'warn-increase',
  options: VerdictOptions,
): VerdictReason[] {
  if (limit === undefined || metric.delta === null || metric.delta <= 0 || !metric.changed) return [];
  const level = kind === 'max-increase' ? 'fail' : 'warn';
  const percent = metric.percent === null ? '' : ` (${signedPercent(metric.percent)})`;
  const growth =
    `${sizeLabel(options)} grew by ${exactBytes(metric.delta)}${percent}, ` +
    `from ${humanBytes(metric.base!)} to ${humanBytes(metric.head)}`;
  const reasons: VerdictReason[] = [];
  if (limit.bytes !== undefined && metric.delta > limit.bytes) {
    reasons.push({ level, kind, message: `${growth}: more than ${kind} ${exactBytes(limit.bytes)}` });
  }
  if (limit.percent !== undefined && metric.percent !== null && metric.percent > limit.percent) {
    reasons.push({ level, kind, message: `${growth}: more than ${kind} ${limit.percent}%` });
  }
  return reasons;
}

function lintReasons(findings: Finding[], options: VerdictOptions): VerdictReason[] {
  if (!options.lint) return [];
  const failing = findings.filter((finding) => reaches(finding.severity, options.lintFailOn));
  if (failing.length === 0) return [];
  const bySeverity = (['error', 'warning', 'info', 'style'] as const)
    .map((severity) => [severity, failing.filter((finding) => finding.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => plural(count, severity))
    .join(', ');
  const first = failing
    .slice(0, 5)
    .map((finding) => `${finding.rule} line ${finding.line}`)
    .join(', ');
  const more = failing.length > 5 ? `, and ${failing.length - 5} more` : '';
  return [
    {
      level: 'fail',
      kind: 'lint',
      message:
        `${plural(failing.length, 'lint finding')} at or above lint-fail-on "${options.lintFailOn}" ` +
        `(${bySeverity}): ${first}${more}`,
    },
  ];
}

function buildTimeReasons(comparison: Comparison, options: VerdictOptions): VerdictReason[] {
  const time = comparison.buildSeconds;
  if (time === undefined || !time.changed || time.delta === null || time.delta <= 0) return [];
  const percent = time.percent === null ? '' : ` (${signedPercent(time.percent)})`;
  return [
    {
      level: options.failOnBuildTime ? 'fail' : 'warn',
      kind: 'build-time',
      message: `build time grew from ${humanSeconds(time.base!)} to ${humanSeconds(time.head)}${percent}, ${time.note}`,
    },
  ];
}

export function decide(comparison: Comparison, findings: Finding[], options: VerdictOptions): Verdict {
  const metric = options.sizeMetric === 'compressed' ? comparison.compressed : comparison.uncompressed;
  const reasons: VerdictReason[] = [];
  if (!comparison.baseline.available) {
    reasons.push({
      level: 'info',
      kind: 'no-baseline',
      message: `no baseline: ${comparison.baseline.reason}; growth limits were not checked, the budget was`,
    });
  }
  reasons.push(...budgetReasons(metric, options));
  reasons.push(...increaseReasons(metric, options.maxIncrease, 'max-increase', options));
  if (options.maxLayers !== undefined && comparison.layers.head > options.maxLayers) {
    reasons.push({
      level: 'fail',
      kind: 'max-layers',
      message: `${plural(comparison.layers.head, 'layer')}, more than max-layers ${options.maxLayers} by ${comparison.layers.head - options.maxLayers}`,
    });
  }
  reasons.push(...lintReasons(findings, options));
  // A growth that already fails max-increase need not warn as well.
  if (!reasons.some((reason) => reason.kind === 'max-increase')) {
    reasons.push(...increaseReasons(metric, options.warnIncrease, 'warn-increase', options));
  }
  reasons.push(...buildTimeReasons(comparison, options));

  const status: VerdictStatus = reasons.some((reason) => reason.level === 'fail')
    ? 'fail'
    : reasons.some((reason) => reason.level === 'warn')
      ? 'warn'
      : 'pass';
  const overBudget = reasons.some(
    (reason) => reason.level === 'fail' && ['budget', 'max-increase', 'max-layers'].includes(reason.kind),
  );
  const verdict: Verdict = { status, reasons, overBudget };
  if (options.budget !== undefined) verdict.headroomBytes = options.budget - metric.head;
  return verdict;
}
