// What comparing the head image with the base image (and with its optimized variant) produces.
import type { Finding, ImageMeasurement } from '../model.js';

/** One headline number, base vs head. `base`/`delta`/`percent` are null without a baseline. */
export interface MetricDelta {
  base: number | null;
  head: number;
  /** head − base (signed). */
  delta: number | null;
  /** delta / base × 100; null without a baseline or when base is 0. */
  percent: number | null;
  /** False when |delta| is below the noise floor (min-change for sizes, the noise band for build time). */
  changed: boolean;
}

export interface BuildTimeDelta extends MetricDelta {
  /** Both builds ran in the same cache state, so the numbers are comparable. */
  comparable: boolean;
  /** Relative noise assumed for build times on shared runners (0.2 = ±20%). */
  noise: number;
  /** Human note on how far to trust the number. */
  note: string;
}

export type Baseline = { available: true } | { available: false; reason: string };

/** A head layer matched with the base layer that came from the same instruction (or none). */
export interface LayerChange {
  /** Index in head.layers, or null for a base layer that the head no longer has. */
  headIndex: number | null;
  baseIndex: number | null;
  /** The head instruction (or the base one for a removed layer), as in the image history. */
  createdBy: string;
  /** Dockerfile line of the head instruction (base line for a removed layer), when known. */
  line?: number;
  baseBytes: number;
  headBytes: number;
  delta: number;
  kind: 'grown' | 'shrunk' | 'added' | 'removed' | 'same';
}

export interface OptimizedSavings {
  sizeBytes: number;
  compressedBytes: number;
  layerCount: number;
  /** head − optimized; positive means the optimizer saves bytes. */
  savingsBytes: number;
  savingsCompressedBytes: number;
  /** savingsBytes / head.sizeBytes × 100. */
  savingsPercent: number;
}

export interface Comparison {
  baseline: Baseline;
  /** Σ layer sizes (uncompressed tar content), as `docker images` shows. */
  uncompressed: MetricDelta;
  /** Σ compressed layer blobs: what a registry stores and a node pulls. */
  compressed: MetricDelta;
  /** Layers with content. */
  layers: MetricDelta;
  /** Absent when no build time is known for the head. */
  buildSeconds?: BuildTimeDelta;
  /** Compressed bytes of head layers a node holding the base image lacks; with no baseline, all of the head. */
  pullBytes: number;
  pullLayers: number;
  /** Every layer, aligned base vs head, in head order (removed base layers where they were). */
  layerChanges: LayerChange[];
  /** The layers that grew by at least min-change (added layers included), largest growth first. */
  grownLayers: LayerChange[];
  optimized?: OptimizedSavings;
  /** The noise floor used, in bytes. */
  minChange: number;
}

export interface CompareOptions {
  /** Noise floor in bytes: smaller size changes count as unchanged. */
  minChange: number;
  /** Why there is no baseline (when `base` is null). */
  noBaselineReason?: string;
  /** Build wall-clock seconds, when known. */
  buildSeconds?: { head?: number; base?: number; sameCacheState?: boolean };
  /** Relative build-time noise; default 0.2. */
  buildNoise?: number;
  optimized?: ImageMeasurement | null;
}

/** Lint findings, head vs base: what the PR introduced and what it fixed. */
export interface FindingChanges {
  added: Finding[];
  fixed: Finding[];
  unchanged: Finding[];
  /** False when the base findings were unknown (no baseline): `added` is then every head finding. */
  baselineKnown: boolean;
}
