// The verdict: limits applied to the comparison and the lint findings. Every reason names the exact numbers, so
// a failed check explains itself without opening the logs. Sizes are in human units (the JSON report and the
// outputs carry the bytes).
import type { Comparison, MetricDelta } from '../compare/types.js';
import type { IncreaseLimit, Inputs } from '../inputs.js';
import { failsLint, reaches } from '../lint/config.js';
import type { Finding } from '../model.js';
import { foldedName, foldFindings } from '../report/fold.js';
import { bytesApart, humanBytes, humanSeconds, plural, signedPercent } from '../report/units.js';
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

export { reaches };

function sizeLabel(options: VerdictOptions): string {
  return options.sizeMetric === 'compressed' ? 'compressed size' : 'uncompressed size';
}

function budgetReasons(metric: MetricDelta, options: VerdictOptions): VerdictReason[] {
  if (options.budget === undefined || metric.head <= options.budget) return [];
  const [head, budget] = bytesApart(metric.head, options.budget);
  return [
    {
      level: 'fail',
      kind: 'budget',
      message: `${sizeLabel(options)} ${head} is over the ${budget} budget by ${humanBytes(metric.head - options.budget)}`,
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
  const [from, to] = bytesApart(metric.base!, metric.head);
  const growth = (delta: string): string =>
    `${sizeLabel(options)} grew by ${delta}${percent}, from ${from} to ${to}`;
  const reasons: VerdictReason[] = [];
  if (limit.bytes !== undefined && metric.delta > limit.bytes) {
    const [delta, allowed] = bytesApart(metric.delta, limit.bytes);
    reasons.push({ level, kind, message: `${growth(delta)}: more than the ${kind} of ${allowed}` });
  }
  if (limit.percent !== undefined && metric.percent !== null && metric.percent > limit.percent) {
    reasons.push({
      level,
      kind,
      message: `${growth(humanBytes(metric.delta))}: more than the ${kind} of ${limit.percent}%`,
    });
  }
  return reasons;
}

function lintReasons(findings: Finding[], options: VerdictOptions): VerdictReason[] {
  if (!options.lint) return [];
  const failing = findings.filter((finding) => failsLint(finding, options.lintFailOn));
  if (failing.length === 0) return [];
  const checkErrors = failing.filter(
    (finding) => finding.checkError === true && !reaches(finding.severity, options.lintFailOn),
  );
  const bySeverity = (['error', 'warning', 'info', 'style'] as const)
    .map((severity) => [severity, failing.filter((finding) => finding.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => plural(count, severity))
    .join(', ');
  // Named as the report lists them: two rules reporting one problem on a line count as one name.
  const rows = foldFindings(failing);
  const first = rows.slice(0, 5).map(foldedName).join(', ');
  const more = rows.length > 5 ? `, and ${rows.length - 5} more` : '';
  return [
    {
      level: 'fail',
      kind: 'lint',
      message: `${plural(failing.length, 'lint finding')} ${
        checkErrors.length === failing.length
          ? 'of BuildKit checks under check=error=true'
          : `at or above lint-fail-on "${options.lintFailOn}"` +
            (checkErrors.length > 0 ? ' or of BuildKit checks under check=error=true' : '')
      } (${bySeverity}): ${first}${more}`,
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
      message: `${plural(comparison.layers.head, 'layer')}, ${comparison.layers.head - options.maxLayers} more than the max-layers of ${options.maxLayers}`,
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
