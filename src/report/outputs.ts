// The action's outputs, as action.yml lists them: sizes and deltas in whole bytes (deltas signed), times in
// seconds, '' when a value does not exist (no baseline, no optimized build).
import type { ReportData } from './types.js';

function whole(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '' : String(Math.round(value));
}

function seconds(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '' : value.toFixed(1);
}

export function toOutputs(
  report: ReportData,
  extra: { reportPath?: string; commentUrl?: string } = {},
): Record<string, string> {
  const c = report.comparison;
  const count = (severity: string): string =>
    String(report.findings.filter((finding) => finding.severity === severity).length);
  return {
    size: whole(report.head.sizeBytes),
    'compressed-size': whole(report.head.compressedBytes),
    'base-size': whole(report.base?.sizeBytes),
    'size-delta': whole(c.uncompressed.delta),
    'size-delta-percent': c.uncompressed.percent === null ? '' : c.uncompressed.percent.toFixed(2),
    layers: whole(report.head.layerCount),
    'base-layers': whole(report.base?.layerCount),
    'build-seconds': seconds(c.buildSeconds?.head),
    'base-build-seconds': seconds(c.buildSeconds?.base),
    'optimized-size': whole(c.optimized?.sizeBytes),
    savings: whole(c.optimized?.savingsBytes),
    'lint-errors': report.lintEnabled ? count('error') : '0',
    'lint-warnings': report.lintEnabled ? count('warning') : '0',
    'pull-bytes': whole(c.pullBytes),
    'over-budget': String(report.verdict.overBudget),
    status: report.verdict.status,
    report: extra.reportPath ?? '',
    'comment-url': extra.commentUrl ?? '',
  };
}
