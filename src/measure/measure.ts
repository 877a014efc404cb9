// The analyzer's entry points: an image archive stream in, an ImageMeasurement out.
import type { Readable } from 'node:stream';
import { pickConfig } from '../docker/cli.js';
import type { Docker } from '../docker/types.js';
import type { ParsedDockerfile } from '../lint/types.js';
import type { ImageMeasurement, LayerMeasurement } from '../model.js';
import { readImageArchive, type ImageArchive, type ImageConfigJson } from './archive.js';
import { attributeLayers } from './attribute.js';
import { baseLayerCount } from './base.js';
import { CompressionPool } from './compress.js';
import { diveNumbers } from './dive.js';
import type { LayerContent } from './layer-reader.js';
import { emptyStore, layerKey, type LayerStore } from './layer-store.js';
import { analyzeFilesystem } from './layers.js';
import { chainIds, legacyLayerIndex } from './legacy-ids.js';

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
  /** Layer measurements from earlier runs (see layer-store.ts); default: none, every layer is read. */
  store?: LayerStore;
  /**
   * The image's diff IDs when known before reading (from `docker image inspect`): lets a legacy archive's known
   * layers be skipped as they come, before the archive's own list at its end.
   */
  expectedDiffIds?: string[];
}

/** How each layer of a read archive is keyed in the store: plain layers by diff ID, compressed blobs by digest. */
export function archiveLayerKeys(archive: ImageArchive): string[] {
  const diffIds = archive.config.rootfs?.diff_ids ?? [];
  return archive.layers.map((layer, i) => {
    if (layer.compression === 'none') return layerKey(diffIds[i] ?? '', 'engine-gzip-model');
    const m = /^blobs\/(sha256|sha512)\/([0-9a-f]+)$/.exec(archive.layerPaths[i] ?? '');
    return m ? layerKey(`${m[1]!}:${m[2]!}`, 'blob') : '';
  });
}

/** The store's answer for a layer blob about to be read, from its archive path (see ArchiveReadOptions.known). */
function knownLayers(
  store: LayerStore,
  diffIds: string[] | undefined,
): (path: string, v1Json: string | undefined) => Promise<LayerContent | undefined> {
  const chain = diffIds ? chainIds(diffIds) : [];
  const plain = new Set(diffIds ?? []);
  return async (path, v1Json) => {
    const digest = /^blobs\/(sha256|sha512)\/([0-9a-f]+)$/.exec(path);
    if (digest) {
      const d = `${digest[1]!}:${digest[2]!}`;
      // an OCI blob named by a diff ID is the plain layer; any other digest may be a compressed one
      return store.getLayer(layerKey(d, plain.has(d) ? 'engine-gzip-model' : 'blob'));
    }
    if (v1Json === undefined || !diffIds) return undefined;
    const index = legacyLayerIndex(v1Json, chain);
    return index === undefined ? undefined : store.getLayer(layerKey(diffIds[index]!, 'engine-gzip-model'));
  };
}

/** Measures an image from a `docker save` stream or an OCI archive stream. The workers counting gzip sizes start at
 *  the first layer, unless the caller hands in a pool it started earlier (closed here either way). Layers the store
 *  knows are skipped; the ones read are added to it. */
export async function measureImageStream(
  stream: Readable,
  options: MeasureOptions,
  pool: CompressionPool = new CompressionPool(options.concurrency),
): Promise<ImageMeasurement> {
  return measureArchive(await readArchiveWithStore(stream, options, pool), options);
}

async function readArchiveWithStore(
  stream: Readable,
  options: MeasureOptions,
  pool: CompressionPool,
): Promise<ImageArchive> {
  const store = options.store ?? emptyStore;
  let archive: ImageArchive;
  try {
    archive = await readImageArchive(stream, pool, options.image, {
      ...(options.pullSizes ? { pullSizes: options.pullSizes } : {}),
      ...(store !== emptyStore ? { known: knownLayers(store, options.expectedDiffIds) } : {}),
    });
  } finally {
    await pool.close();
  }
  const keys = archiveLayerKeys(archive);
  await Promise.all(
    archive.layers.map((layer, i) =>
      !archive.reused[i] && keys[i] ? store.putLayer(keys[i], layer) : undefined,
    ),
  );
  return archive;
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

/** What the store keeps per image ID: the config `docker save` carried and the store keys of its layers. */
interface StoredImage {
  config: ImageConfigJson;
  layerKeys: string[];
}

function storedImage(value: unknown, diffIds: string[]): StoredImage | undefined {
  const v = value as Partial<StoredImage> | undefined;
  if (!v || typeof v.config !== 'object' || v.config === null || !Array.isArray(v.layerKeys))
    return undefined;
  const stored = v.config.rootfs?.diff_ids;
  // the same image ID is the same image; a mismatch means the entry is not what it claims
  if (!Array.isArray(stored) || stored.join() !== diffIds.join()) return undefined;
  if (v.layerKeys.length !== diffIds.length || !v.layerKeys.every((k) => typeof k === 'string'))
    return undefined;
  return v as StoredImage;
}

/** How a measurement was obtained (for logs and the bench): layers from the store and layers read. */
export interface MeasureTrace {
  /** Whether `docker save` ran. */
  saved: boolean;
  layersFromStore: number;
  layersRead: number;
}

/**
 * Measures a local image through the Docker adapter. Its ID and layer list come from `docker image inspect`;
 * when the store knows the image and all its layers, the report is assembled from the store and nothing is read
 * from the engine. Otherwise `docker save` streams the image and only the layers the store lacks are analysed.
 */
export async function measureImage(
  docker: Docker,
  image: string,
  options: MeasureImageOptions = {},
  trace?: (t: MeasureTrace) => void,
): Promise<ImageMeasurement> {
  const { baseImage, ...rest } = options;
  const store = options.store ?? emptyStore;
  const [baseDiffIds, inspected] = await Promise.all([
    options.baseDiffIds ?? (baseImage ? imageDiffIds(docker, baseImage) : undefined),
    store === emptyStore ? undefined : inspectLayers(docker, image),
  ]);
  const measureOptions: MeasureOptions = {
    ...rest,
    image,
    ...(baseDiffIds ? { baseDiffIds } : {}),
    ...(inspected ? { expectedDiffIds: inspected.diffIds } : {}),
  };
  if (inspected) {
    const known = storedImage(await store.getConfig(inspected.id), inspected.diffIds);
    if (known) {
      const layers = await Promise.all(known.layerKeys.map((k) => store.getLayer(k)));
      if (layers.every((l) => l !== undefined)) {
        trace?.({ saved: false, layersFromStore: layers.length, layersRead: 0 });
        return measureArchive(
          {
            layout: 'legacy',
            config: known.config,
            layers,
            layerPaths: known.layerKeys,
            reused: layers.map(() => true),
            repoTags: [],
          },
          measureOptions,
        );
      }
    }
  }
  // docker save prepares its whole archive before the first byte: the workers start meanwhile
  const pool = new CompressionPool(rest.concurrency).start();
  const archive = await readArchiveWithStore(docker.save(image), measureOptions, pool);
  const reusedCount = archive.reused.filter(Boolean).length;
  trace?.({ saved: true, layersFromStore: reusedCount, layersRead: archive.layers.length - reusedCount });
  const keys = archiveLayerKeys(archive);
  if (inspected && keys.every((k) => k !== '')) {
    const entry: StoredImage = { config: archive.config, layerKeys: keys };
    await store.putConfig(inspected.id, entry);
  }
  return measureArchive(archive, measureOptions);
}

/** The image ID and rootfs diff IDs of a local image, from one `docker image inspect`; undefined when absent. */
export async function inspectLayers(
  docker: Docker,
  image: string,
): Promise<{ id: string; diffIds: string[] } | undefined> {
  try {
    const { stdout } = await docker.run([
      'image',
      'inspect',
      '--format',
      '{{json .Id}} {{json .RootFS.Layers}}',
      image,
    ]);
    const space = stdout.indexOf(' ');
    const id = JSON.parse(stdout.slice(0, space)) as unknown;
    const layers = JSON.parse(stdout.slice(space + 1)) as unknown;
    if (typeof id !== 'string' || !Array.isArray(layers)) return undefined;
    return { id, diffIds: layers.map(String) };
  } catch {
    return undefined;
  }
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
