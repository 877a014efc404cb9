// Everything the comment, the job summary, the outputs and the JSON report are rendered from.
import type { GrowthReport } from '../bisect/growth.js';
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
  /** Each applied fix (every place it changed folded into one), in the order the optimizer applied them. */
  fixes: OptimizerFix[];
  /** Measurement of the optimized image, when it was built. */
  measurement?: ImageMeasurement;
  /** Why the optimized image was not built or measured (build failure, smoke test failure…). */
  error?: string;
  /** A smoke test ran and passed in the image and in the optimized one (a variant that fails it is not kept). */
  smokeTested?: boolean;
}

/** One fix the optimizer applied, with what is known of its effect. */
export interface OptimizerFix {
  rule: string;
  /** "Add --no-install-recommends". May quote the Dockerfile: untrusted text. */
  description: string;
  /** Lines of the original Dockerfile it changes (empty for the .dockerignore proposal). */
  lines: number[];
  /** Layers of the built image this fix alone removes, counted from the Dockerfile (RUN/COPY/ADD instructions of
   *  the built stage and the stages it is built on, before and after the fix). */
  layersRemoved: number;
  /** Measured saving of this fix on top of the ones before it. Only when the fixes were built one at a time
   *  (the optimizer does that when the image with all of them fails a check); otherwise only the total of all
   *  fixes is measured (Comparison.optimized). */
  measured?: { savedBytes: number; savedCompressedBytes: number; layersSaved: number };
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
  /** Which commit of the range grew the image, when a growth limit was exceeded and the search ran. */
  growth?: GrowthReport;
}

export interface RenderOptions {
  /** Hard limit on the body length in characters; default 60,000 (GitHub rejects bodies above 65,536). */
  maxChars?: number;
}
