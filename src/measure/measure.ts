// The analyzer's entry points: an image archive stream in, an ImageMeasurement out.
import type { Readable } from 'node:stream';
import { pickConfig } from '../docker/cli.js';
import type { Docker } from '../docker/types.js';
import type { ParsedDockerfile } from '../lint/types.js';
import type { ImageMeasurement, LayerMeasurement } from '../model.js';
import { readImageArchive, type ImageArchive } from './archive.js';
import { attributeLayers } from './attribute.js';
import { baseLayerCount } from './base.js';
import { CompressionPool } from './compress.js';
import { diveNumbers } from './dive.js';
import { analyzeFilesystem } from './layers.js';

export interface MeasureOptions {
  /** The name shown in reports. */
  image: string;
  /** The Dockerfile the image was built from: layers get their instruction's line. */
  dockerfile?: ParsedDockerfile;
  /** The stage that was built (`--target`); default the last one. */
  target?: string;
  /** rootfs.diff_ids of the base image: its layers are marked `fromBase` and counted in `baseSizeBytes`. */
  baseDiffIds?: string[];
  /** How many of the largest files to list per layer (default 5). */
  largestFiles?: number;
  /** Concurrent gzip jobs (default: the number of cores, at least 2). */
  concurrency?: number;
  /**
   * Pull sizes of plain layer blobs already counted, by digest (`sha256:…`), shared by the measurements of one
   * run: read for blobs an OCI archive names by digest, and filled with the ones counted.
   */
  pullSizes?: Map<string, number>;
}

/** Measures an image from a `docker save` stream or an OCI archive stream. The workers counting gzip sizes start at
 *  the first layer, unless the caller hands in a pool it started earlier (closed here either way). */
export async function measureImageStream(
  stream: Readable,
  options: MeasureOptions,
  pool: CompressionPool = new CompressionPool(options.concurrency),
): Promise<ImageMeasurement> {
  try {
    const archive = await readImageArchive(stream, pool, options.image, options.pullSizes);
    return measureArchive(archive, options);
  } finally {
    await pool.close();
  }
}

/** Turns a read archive into the measurement (pure). */
export function measureArchive(archive: ImageArchive, options: MeasureOptions): ImageMeasurement {
  const entries = archive.layers.map((l) => l.entries);
  const fs = analyzeFilesystem(entries, options.largestFiles ?? 5);
  const sizes = fs.layers.map((l) => l.sizeBytes);
  const dive = diveNumbers(entries, sizes);
  const diffIds = archive.config.rootfs?.diff_ids ?? [];
  const origins = attributeLayers(
    archive.config.history ?? [],
    archive.layers.length,
    options.dockerfile,
    options.target,
  );
  const fromBase = baseLayerCount(diffIds, options.baseDiffIds);

  const layers = archive.layers.map((layer, index): LayerMeasurement => {
    const facts = fs.layers[index]!;
    const origin = origins[index]!;
    const measured: LayerMeasurement = {
      index,
      diffId: diffIds[index] ?? '',
      createdBy: origin.createdBy,
      sizeBytes: facts.sizeBytes,
      compressedBytes: layer.compressedBytes,
      hiddenBytes: facts.hiddenBytes,
      files: facts.files,
      deletedFiles: facts.deletedFiles,
      largestFiles: facts.largestFiles,
    };
    if (origin.line !== undefined) measured.line = origin.line;
    if (origin.instruction !== undefined) measured.instruction = origin.instruction;
    if (options.baseDiffIds) measured.fromBase = index < fromBase;
    return measured;
  });

  const sizeBytes = sizes.reduce((a, b) => a + b, 0);
  const measurement: ImageMeasurement = {
    image: options.image,
    sizeBytes,
    compressedBytes: layers.reduce((a, l) => a + l.compressedBytes, 0),
    layerCount: fs.layers.filter((l) => l.entries > 0).length,
    totalLayerCount: layers.length,
    hiddenBytes: fs.hiddenBytes,
    efficiency: sizeBytes === 0 ? 1 : 1 - fs.hiddenBytes / sizeBytes,
    dive,
    layers,
    config: pickConfig(archive.config.config ?? {}),
  };
  if (options.baseDiffIds && fromBase > 0) {
    measurement.baseSizeBytes = layers.slice(0, fromBase).reduce((a, l) => a + l.sizeBytes, 0);
  }
  return measurement;
}

export interface MeasureImageOptions extends Omit<MeasureOptions, 'image' | 'baseDiffIds'> {
  /** The base image (e.g. the FROM of the built stage), looked up locally for its diff_ids. */
  baseImage?: string;
  baseDiffIds?: string[];
}

/** Measures a local image through the Docker adapter (`docker save`). */
export async function measureImage(
  docker: Docker,
  image: string,
  options: MeasureImageOptions = {},
): Promise<ImageMeasurement> {
  const { baseImage, ...rest } = options;
  let baseDiffIds = options.baseDiffIds;
  if (!baseDiffIds && baseImage) baseDiffIds = await imageDiffIds(docker, baseImage);
  // docker save prepares its whole archive before the first byte: the workers start meanwhile
  const pool = new CompressionPool(rest.concurrency).start();
  return measureImageStream(
    docker.save(image),
    { ...rest, image, ...(baseDiffIds ? { baseDiffIds } : {}) },
    pool,
  );
}

/** rootfs.diff_ids of a local image; undefined when the image is not there. */
export async function imageDiffIds(docker: Docker, image: string): Promise<string[] | undefined> {
  try {
    const { stdout } = await docker.run(['image', 'inspect', '--format', '{{json .RootFS.Layers}}', image]);
    const layers = JSON.parse(stdout) as unknown;
    return Array.isArray(layers) ? layers.map(String) : undefined;
  } catch {
    return undefined;
  }
}
