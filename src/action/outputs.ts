// The action's outputs (action.yml): integers in bytes and seconds, signed deltas, small strings only.
import type { Finding } from '../model.js';
import type { ReportData } from '../report/types.js';

function int(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '' : String(Math.round(value));
}

function count(findings: Finding[], severity: Finding['severity']): string {
  return String(findings.filter((f) => f.severity === severity).length);
}

export function actionOutputs(
  data: ReportData,
  extra: { reportPath: string; buildSeconds?: number; baseBuildSeconds?: number },
): Record<string, string> {
  const c = data.comparison;
  const percent = c.uncompressed.percent;
  return {
    size: int(data.head.sizeBytes),
    'compressed-size': int(data.head.compressedBytes),
    'base-size': int(data.base?.sizeBytes),
    'size-delta': int(c.uncompressed.delta),
    'size-delta-percent': percent === null ? '' : percent.toFixed(2),
    layers: int(data.head.layerCount),
    'base-layers': int(data.base?.layerCount),
    'build-seconds': extra.buildSeconds === undefined ? '' : extra.buildSeconds.toFixed(1),
    'base-build-seconds': extra.baseBuildSeconds === undefined ? '' : extra.baseBuildSeconds.toFixed(1),
    'optimized-size': int(c.optimized?.sizeBytes),
    savings: int(c.optimized?.savingsBytes),
    'lint-errors': count(data.findings, 'error'),
    'lint-warnings': count(data.findings, 'warning'),
    'pull-bytes': int(c.pullBytes),
    'over-budget': String(data.verdict.overBudget),
    status: data.verdict.status,
    report: extra.reportPath,
  };
}
