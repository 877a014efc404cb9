// What comparing the head image with the base image (and with its optimized variant) produces.
import type { Ecosystem, Finding, ImageMeasurement } from '../model.js';

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

/** A package added, removed, upgraded or downgraded between two images. */
export interface PackageChange {
  ecosystem: Ecosystem;
  name: string;
  /** npm and Python: the package's folder. */
  location?: string;
  kind: 'added' | 'removed' | 'upgraded' | 'downgraded';
  baseVersion?: string;
  headVersion?: string;
  /** Installed bytes: Σ of the final files the package owns in each image. */
  baseBytes: number;
  headBytes: number;
  deltaBytes: number;
}

/**
 * The package diff of two images (src/compare/packages.ts). The bytes add up exactly:
 * fileBytes.delta = Σ changes.deltaBytes + sameVersionDeltaBytes + unowned.deltaBytes.
 */
export interface PackageDiff {
  /** Largest growth first. */
  changes: PackageChange[];
  /** Byte change of packages whose version did not change (files added to or removed from them). */
  sameVersionDeltaBytes: number;
  /** Σ of the regular files each final filesystem shows. */
  fileBytes: { base: number; head: number; delta: number };
  /** Bytes that belong to no package (package managers' own state files, application files…). */
  unowned: {
    baseBytes: number;
    headBytes: number;
    deltaBytes: number;
    /** The folders whose unowned bytes changed most (from each image's 50 largest), largest growth first. */
    folders: { path: string; deltaBytes: number }[];
  };
  /** Package databases present but not read (`rpm`). */
  notRead: string[];
  /** A package database was too big to keep: packages may be missing. */
  incomplete?: boolean;
}

/** A file or folder that was added or grew, base → head (src/compare/files.ts). */
export interface GrownPath {
  /** Absolute path in the image. */
  path: string;
  kind: 'added' | 'grown';
  baseBytes: number;
  headBytes: number;
  deltaBytes: number;
  /** Index in head.layers of the layer that wrote it (a folder: the one that wrote most of its growth). */
  layer: number;
  /** That layer's instruction, as in the image history. */
  createdBy: string;
  /** That layer's Dockerfile line, when known. */
  line?: number;
}

export interface FileGrowth {
  /** Largest growth first (at most 20). */
  files: GrownPath[];
  /** Largest growth first (at most 10; a folder whose growth is nearly all one child folder's is left out). */
  folders: GrownPath[];
  /** How many files were added or grew in all. */
  grownFiles: number;
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
  /** Head → optimized. */
  packages?: PackageDiff;
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
  /** Base → head (head alone, as all additions, without a baseline); absent when the head has no inventory. */
  packages?: PackageDiff;
  /** The files and folders that grew, base → head; absent without a baseline or when either image's file list
   *  is not in memory (a baseline taken from a cached report). */
  grownFiles?: FileGrowth;
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
