// Everything the comment, the job summary, the outputs and the JSON report are rendered from.
import type { Comparison, FindingChanges } from '../compare/types.js';
import type { IncreaseLimit, SizeMetric } from '../inputs.js';
import type { Finding, ImageMeasurement } from '../model.js';
import type { Verdict } from '../verdict/types.js';

/** The limits shown in the headline table (the budget column). */
export interface ReportLimits {
  budget?: number;
  sizeMetric: SizeMetric;
  maxIncrease?: IncreaseLimit;
  warnIncrease?: IncreaseLimit;
  maxLayers?: number;
  /** Build-time growth beyond the noise band fails (it only warns by default). */
  failOnBuildTime?: boolean;
}

/** What the optimizer produced for the head Dockerfile. */
export interface OptimizerReport {
  /** Unified diff (Dockerfile and .dockerignore) to apply; empty when nothing changes. */
  diff: string;
  /** One line per applied fix: "Add --no-install-recommends (DL3015, line 4)". */
  fixes: string[];
  /** Measurement of the optimized image, when it was built. */
  measurement?: ImageMeasurement;
  /** Why the optimized image was not built or measured (build failure, smoke test failure…). */
  error?: string;
}

export interface ReportData {
  /** Sticky comment key (goes into the hidden marker). */
  key: string;
  dockerfile: string;
  target?: string;
  platform?: string;
  pullRequest?: number;
  baseSha?: string;
  headSha?: string;
  /** Branch names: untrusted text. */
  baseRef?: string;
  headRef?: string;
  head: ImageMeasurement;
  base: ImageMeasurement | null;
  comparison: Comparison;
  verdict: Verdict;
  limits: ReportLimits;
  /** Head findings (all of them; annotations pick from these). */
  findings: Finding[];
  /** New / fixed findings vs base. */
  findingChanges?: FindingChanges;
  lintEnabled: boolean;
  optimizer?: OptimizerReport;
  /** How many findings could not be annotated (GitHub shows 10 per level per step). */
  unannotated?: number;
  /** Link to the workflow run, for "full report" pointers. */
  runUrl?: string;
}

export interface RenderOptions {
  /** Hard limit on the body length in characters; default 60,000 (GitHub rejects bodies above 65,536). */
  maxChars?: number;
}
