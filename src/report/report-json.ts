// The JSON report: everything the comment is rendered from (measurements, comparison, verdict, findings) with
// the PR number and both SHAs, so a `workflow_run` job can publish it for a fork PR without running its code.
// Read back, it is untrusted input: checked before use.
import { growthProblem } from './growth-text.js';
import type { OptimizerFix, OptimizerReport, ReportData } from './types.js';

export const REPORT_SCHEMA = 'image-budget/report@1';

export interface JsonReport extends ReportData {
  schema: typeof REPORT_SCHEMA;
}

export function toJsonReport(report: ReportData): JsonReport {
  return { schema: REPORT_SCHEMA, ...report };
}

export function serializeReport(report: ReportData): string {
  return `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The optimizer part is rendered fix by fix: each must have the shape the renderer reads. */
function optimizerProblem(optimizer: unknown): string | null {
  const o = optimizer as Partial<OptimizerReport> | null;
  if (o === null || typeof o !== 'object' || typeof o.diff !== 'string' || !Array.isArray(o.fixes))
    return '"optimizer" needs a "diff" text and a "fixes" list';
  for (const [i, fix] of o.fixes.entries()) {
    const f = fix as Partial<OptimizerFix> | null;
    if (
      f === null ||
      typeof f !== 'object' ||
      typeof f.rule !== 'string' ||
      typeof f.description !== 'string' ||
      !Array.isArray(f.lines) ||
      !f.lines.every((line) => Number.isSafeInteger(line)) ||
      !Number.isSafeInteger(f.layersRemoved) ||
      (f.measured !== undefined &&
        (f.measured === null ||
          !isNumber(f.measured.savedBytes) ||
          !isNumber(f.measured.savedCompressedBytes) ||
          !isNumber(f.measured.layersSaved)))
    )
      return `"optimizer.fixes[${i}]" is not a fix (rule, description, lines, layersRemoved)`;
  }
  if (o.error !== undefined && typeof o.error !== 'string') return '"optimizer.error" is not a text';
  return null;
}

/** Why a parsed value is not a usable report, or null when it is. */
export function reportProblem(value: unknown): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'not a JSON object';
  const r = value as Partial<JsonReport>;
  if (r.schema !== REPORT_SCHEMA) return `"schema" is not "${REPORT_SCHEMA}"`;
  if (typeof r.key !== 'string' || r.key === '') return '"key" (the comment key) is missing';
  if (typeof r.dockerfile !== 'string') return '"dockerfile" is missing';
  if (r.pullRequest !== undefined && (!Number.isSafeInteger(r.pullRequest) || r.pullRequest < 1))
    return '"pullRequest" is not a pull request number';
  for (const sha of ['baseSha', 'headSha'] as const) {
    if (r[sha] !== undefined && (typeof r[sha] !== 'string' || !/^[0-9a-f]{40,64}$/.test(r[sha])))
      return `"${sha}" is not a commit SHA`;
  }
  if (!isNumber(r.head?.sizeBytes) || !Array.isArray(r.head?.layers)) return '"head" measurement is missing';
  if (r.base !== null && (r.base === undefined || !isNumber(r.base.sizeBytes)))
    return '"base" must be a measurement or null';
  if (!isNumber(r.comparison?.uncompressed?.head) || typeof r.comparison?.baseline?.available !== 'boolean')
    return '"comparison" is missing';
  if (!['pass', 'warn', 'fail'].includes(String(r.verdict?.status)) || !Array.isArray(r.verdict?.reasons))
    return '"verdict" is missing';
  if (!Array.isArray(r.findings)) return '"findings" is missing';
  if (typeof r.limits?.sizeMetric !== 'string') return '"limits" is missing';
  if (r.growth !== undefined) {
    const growth = growthProblem(r.growth);
    if (growth !== null) return growth;
  }
  if (r.optimizer !== undefined) return optimizerProblem(r.optimizer);
  return null;
}

/** Parses a JSON report file's text; the error names the file and what is wrong. */
export function parseJsonReport(text: string, file: string): JsonReport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error: unknown) {
    throw new Error(
      `${file}: not valid JSON (${error instanceof Error ? error.message : String(error)}); expected an image-budget report`,
    );
  }
  const problem = reportProblem(value);
  if (problem !== null)
    throw new Error(
      `${file}: not an image-budget report: ${problem}; write it with image-budget ${REPORT_SCHEMA}`,
    );
  return value as JsonReport;
}
