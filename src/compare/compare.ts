// Base vs head (and head vs optimized): the numbers every report and verdict is built from.
import type { ImageMeasurement } from '../model.js';
import { alignLayers } from './align-layers.js';
import { diffFiles } from './files.js';
import { diffPackages } from './packages.js';
import type { BuildTimeDelta, CompareOptions, Comparison, MetricDelta, OptimizedSavings } from './types.js';

const DEFAULT_BUILD_NOISE = 0.2;
/** Build times closer than this are never called a change, whatever the percentage. */
const MIN_BUILD_SECONDS_CHANGE = 2;

export function metricDelta(base: number | null, head: number, noiseFloor: number): MetricDelta {
  if (base === null) return { base: null, head, delta: null, percent: null, changed: false };
  const delta = head - base;
  return {
    base,
    head,
    delta,
    percent: base === 0 ? null : (delta / base) * 100,
    changed: delta !== 0 && Math.abs(delta) >= noiseFloor,
  };
}

function buildTime(options: CompareOptions, hasBaseline: boolean): BuildTimeDelta | undefined {
  const seconds = options.buildSeconds;
  if (seconds?.head === undefined) return undefined;
  const noise = options.buildNoise ?? DEFAULT_BUILD_NOISE;
  const base = hasBaseline && seconds.base !== undefined ? seconds.base : null;
  const comparable = base !== null && seconds.sameCacheState !== false;
  const floor = base === null ? 0 : Math.max(MIN_BUILD_SECONDS_CHANGE, base * noise);
  const metric = metricDelta(base, seconds.head, floor);
  const band = `±${Math.round(noise * 100)}%`;
  const note =
    base === null
      ? 'no base build time to compare with'
      : !comparable
        ? 'not comparable: the base and head builds ran with different cache states'
        : metric.changed
          ? `outside the ${band} noise of shared runners`
          : `within the ${band} noise of shared runners`;
  return { ...metric, changed: comparable && metric.changed, comparable, noise, note };
}

/** Compressed bytes of head layers whose diffId the base lacks (each distinct layer once): what a node that
 *  already runs the base image downloads to run the head. */
export function newBytesToPull(
  base: ImageMeasurement | null,
  head: ImageMeasurement,
): { bytes: number; layers: number } {
  const have = new Set(base?.layers.map((layer) => layer.diffId) ?? []);
  let bytes = 0;
  let layers = 0;
  for (const layer of head.layers) {
    if (have.has(layer.diffId)) continue;
    have.add(layer.diffId);
    bytes += layer.compressedBytes;
    layers += 1;
  }
  return { bytes, layers };
}

function savings(head: ImageMeasurement, optimized: ImageMeasurement): OptimizedSavings {
  const savingsBytes = head.sizeBytes - optimized.sizeBytes;
  const packages =
    head.packages && optimized.packages ? diffPackages(head.packages, optimized.packages) : undefined;
  return {
    ...(packages ? { packages } : {}),
    sizeBytes: optimized.sizeBytes,
    compressedBytes: optimized.compressedBytes,
    layerCount: optimized.layerCount,
    savingsBytes,
    savingsCompressedBytes: head.compressedBytes - optimized.compressedBytes,
    savingsPercent: head.sizeBytes === 0 ? 0 : (savingsBytes / head.sizeBytes) * 100,
  };
}

export function compare(
  base: ImageMeasurement | null,
  head: ImageMeasurement,
  options: CompareOptions,
): Comparison {
  const minChange = Math.max(0, options.minChange);
  const pull = newBytesToPull(base, head);
  const layerChanges = base === null ? [] : alignLayers(base.layers, head.layers, minChange);
  const grownLayers = layerChanges
    .filter((change) => change.kind === 'grown' || (change.kind === 'added' && change.delta >= minChange))
    .sort((a, b) => b.delta - a.delta);
  const comparison: Comparison = {
    baseline:
      base === null
        ? { available: false, reason: options.noBaselineReason ?? 'no base image was measured' }
        : { available: true },
    uncompressed: metricDelta(base?.sizeBytes ?? null, head.sizeBytes, minChange),
    compressed: metricDelta(base?.compressedBytes ?? null, head.compressedBytes, minChange),
    layers: metricDelta(base?.layerCount ?? null, head.layerCount, 1),
    pullBytes: pull.bytes,
    pullLayers: pull.layers,
    layerChanges,
    grownLayers,
    minChange,
  };
  if (head.packages) {
    // without a baseline every head package is an addition; a base measured before inventories has none to offer
    const packages = base === null || base.packages ? diffPackages(base?.packages, head.packages) : undefined;
    if (packages) comparison.packages = packages;
  }
  const grownFiles = base === null ? undefined : diffFiles(base.finalFiles, head.finalFiles, head.layers);
  if (grownFiles) comparison.grownFiles = grownFiles;
  const seconds = buildTime(options, base !== null);
  if (seconds !== undefined) comparison.buildSeconds = seconds;
  if (options.optimized) comparison.optimized = savings(head, options.optimized);
  return comparison;
}
