// The one place a run's ReportData is built: the comment, the job summary, the outputs, the JSON report and
// `image-budget check`'s output all render from it. Callers pass only what they know of where the run came from.
import type { Inputs } from '../inputs.js';
import type { ReportData, ReportLimits } from '../report/types.js';
import type { PipelineSuccess } from './run.js';

/** Where a run came from, as far as the caller knows it. */
export interface RunOrigin {
  pullRequest?: { number: number; baseRef: string; headRef: string; headSha: string };
  /** The measured head commit (outside a pull request). */
  headSha?: string;
  /** The base as the user named it (a branch or the ref given); a pull request's base branch wins. */
  baseRef?: string;
  /** The base commit asked for: shown when the base could not be measured. */
  requestedBase?: string;
  runUrl?: string;
}

/** The limits the verdict applied, as the report shows them: every caller reports the same ones. */
export function reportLimits(inputs: Inputs): ReportLimits {
  return {
    sizeMetric: inputs.sizeMetric,
    failOnBuildTime: inputs.failOnBuildTime,
    ...(inputs.budget !== undefined ? { budget: inputs.budget } : {}),
    ...(inputs.maxIncrease ? { maxIncrease: inputs.maxIncrease } : {}),
    ...(inputs.warnIncrease ? { warnIncrease: inputs.warnIncrease } : {}),
    ...(inputs.maxLayers !== undefined ? { maxLayers: inputs.maxLayers } : {}),
  };
}

export function reportData(inputs: Inputs, result: PipelineSuccess, origin: RunOrigin = {}): ReportData {
  const data: ReportData = {
    key: inputs.commentKey,
    dockerfile: result.dockerfile,
    head: result.head,
    base: result.baseline.available ? result.baseline.measurement : null,
    comparison: result.comparison,
    verdict: result.verdict,
    limits: reportLimits(inputs),
    findings: result.findings,
    lintEnabled: inputs.lint,
  };
  if (inputs.target !== undefined) data.target = inputs.target;
  if (inputs.platform !== undefined) data.platform = inputs.platform;
  const pr = origin.pullRequest;
  if (pr !== undefined) {
    data.pullRequest = pr.number;
    data.baseRef = pr.baseRef;
    data.headRef = pr.headRef;
    data.headSha = pr.headSha;
  } else {
    if (origin.baseRef !== undefined) data.baseRef = origin.baseRef;
    if (origin.headSha) data.headSha = origin.headSha;
  }
  const baseline = result.baseline;
  const baseSha = baseline.available ? baseline.sha : (baseline.sha ?? origin.requestedBase);
  if (baseSha !== undefined) data.baseSha = baseSha;
  if (result.findingChanges) data.findingChanges = result.findingChanges;
  if (result.optimizer) data.optimizer = result.optimizer;
  if (origin.runUrl) data.runUrl = origin.runUrl;
  return data;
}
