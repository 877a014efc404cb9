// The analyzer's entry points: an image archive stream in, an ImageMeasurement out.
import type { Readable } from 'node:stream';
import { pickConfig } from '../docker/cli.js';
import type { Docker } from '../docker/types.js';
import type { ParsedDockerfile } from '../dockerfile/types.js';
import type { ImageMeasurement, LayerMeasurement } from '../model.js';
import { readImageArchives, type ImageArchive, type ImageConfigJson } from './archive.js';
import { attributeLayers } from './attribute.js';
import { baseLayerCount } from './base.js';
import { CompressionPool } from './compress.js';
import { diveNumbers } from './dive.js';
import { MeasureError } from './errors.js';
import type { LayerContent } from './layer-reader.js';
import { emptyStore, layerKey, type LayerStore } from './layer-store.js';
import { analyzeFilesystem } from './layers.js';
import { finalFiles, imagePackages } from './packages.js';
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
  /**
   * The engine keeps layer blobs as it pushes them (the containerd image store): a layer's compressed size is its
   * stored blob's size, plain blobs included, instead of the engine-gzip model of a plain layer.
   */
  blobsAsStored?: boolean;
  /** Layer measurements from earlier runs (see layer-store.ts); default: none, every layer is read. */
  store?: LayerStore;
  /**
   * The image's diff IDs when known before reading (from `docker image inspect`): lets a legacy archive's known
   * layers be skipped as they come, before the archive's own list at its end.
   */
  expectedDiffIds?: string[];
}

/** How each layer of a read archive is keyed in the store: plain layers by diff ID, compressed blobs by digest. */
export function archiveLayerKeys(archive: ImageArchive, blobsAsStored = false): string[] {
  const diffIds = archive.config.rootfs?.diff_ids ?? [];
  return archive.layers.map((layer, i) => {
    if (layer.compression === 'none' && !blobsAsStored)
      return layerKey(diffIds[i] ?? '', 'engine-gzip-model');
    const m = /^blobs\/(sha256|sha512)\/([0-9a-f]+)$/.exec(archive.layerPaths[i] ?? '');
    return m ? layerKey(`${m[1]!}:${m[2]!}`, 'blob') : '';
  });
}

/** The store's answer for a layer blob about to be read, from its archive path (see ArchiveReadOptions.known).
 *  `images`: the diff ID lists of the images the archive holds, when known beforehand. */
function knownLayers(
  store: LayerStore,
  images: string[][],
  blobsAsStored: boolean,
): (path: string, v1Json: string | undefined) => Promise<LayerContent | undefined> {
  const chain = images.flatMap((diffIds) => chainIds(diffIds));
  const diffs = images.flat();
  const plain = new Set(diffs);
  return async (path, v1Json) => {
    const digest = /^blobs\/(sha256|sha512)\/([0-9a-f]+)$/.exec(path);
    if (digest) {
      const d = `${digest[1]!}:${digest[2]!}`;
      // an OCI blob named by a diff ID is the plain layer; any other digest may be a compressed one
      return store.getLayer(layerKey(d, plain.has(d) && !blobsAsStored ? 'engine-gzip-model' : 'blob'));
    }
    if (v1Json === undefined || diffs.length === 0) return undefined;
    const index = legacyLayerIndex(v1Json, chain);
    return index === undefined ? undefined : store.getLayer(layerKey(diffs[index]!, 'engine-gzip-model'));
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
  return (
    await readArchivesWithStore(
      stream,
      options,
      pool,
      options.expectedDiffIds ? [options.expectedDiffIds] : [],
    )
  )[0]!;
}

async function readArchivesWithStore(
  stream: Readable,
  options: Pick<MeasureOptions, 'image' | 'pullSizes' | 'store' | 'blobsAsStored'>,
  pool: CompressionPool,
  expected: string[][],
): Promise<ImageArchive[]> {
  const store = options.store ?? emptyStore;
  let archives: ImageArchive[];
  try {
    archives = await readImageArchives(stream, pool, options.image, {
      ...(options.pullSizes ? { pullSizes: options.pullSizes } : {}),
      ...(options.blobsAsStored ? { blobsAsStored: true } : {}),
      ...(store !== emptyStore
        ? { known: knownLayers(store, expected, options.blobsAsStored ?? false) }
        : {}),
    });
  } finally {
    await pool.close();
  }
  const written = new Set<string>();
  for (const archive of archives) {
    const keys = archiveLayerKeys(archive, options.blobsAsStored);
    await Promise.all(
      archive.layers.map((layer, i) => {
        const key = keys[i]!;
        if (archive.reused[i] || key === '' || written.has(key)) return undefined;
        written.add(key);
        return store.putLayer(key, layer);
      }),
    );
  }
  return archives;
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
  // what the compressed numbers are: sizes of blobs as stored, the engine-gzip model of plain layers, or both
  const modelled = archive.layers.filter((l) => l.compression === 'none' && !options.blobsAsStored).length;
  measurement.compressedSizeSource =
    modelled === archive.layers.length ? 'engine-gzip-model' : modelled === 0 ? 'stored-blobs' : 'mixed';
  const tree = finalFiles(archive.layers);
  measurement.packages = imagePackages(archive.layers, tree);
  const files = new Map<string, { size: number; layer: number }>();
  for (const [path, size] of tree.sizes) files.set(path, { size, layer: tree.writers.get(path)! });
  // in memory only (the comparison reads it): not enumerable, so no JSON report or cached baseline carries it
  Object.defineProperty(measurement, 'finalFiles', { value: files, enumerable: false });
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

/** How a measurement was obtained (for logs, tests and the bench): layers from the store and layers read. */
export interface MeasureTrace {
  image: string;
  /** Whether `docker save` ran for it, and with how many images in the one archive. */
  saved: boolean;
  savedWith: number;
  layersFromStore: number;
  layersRead: number;
}

/** Measures a local image (see ImageMeasurer; this is one measurer for one image). */
export async function measureImage(
  docker: Docker,
  image: string,
  options: MeasureImageOptions = {},
  trace?: (t: MeasureTrace) => void,
): Promise<ImageMeasurement> {
  return new ImageMeasurer(docker, { ...(trace ? { trace } : {}) }).measure(image, options);
}

export interface MeasurerOptions {
  trace?: (t: MeasureTrace) => void;
  /** How long a save may wait for builds still running (their images may join it); default 20 s: a second save costs the engine a whole export again, more than a cached build takes. */
  holdSeconds?: number;
}

interface Pending {
  image: string;
  id: string | undefined;
  diffIds: string[] | undefined;
  options: MeasureOptions;
  resolve: (m: ImageMeasurement) => void;
  reject: (e: unknown) => void;
}

/**
 * Measures the local images of one run. An image's ID and layer list come from `docker image inspect`; when the
 * store knows the image and all its layers, its report is assembled from the store and nothing is read from the
 * engine. The others are read with `docker save`, skipping the layers the store has; images waiting at the same
 * time share one save (the engine writes the layers they share once, and prepares the archive once), and while a
 * build whose image will be measured is running (`hold`), a save waits for it (up to `holdSeconds`).
 */
export class ImageMeasurer {
  private readonly queue: Pending[] = [];
  private saving = false;
  private holds = 0;
  private holdTimer: NodeJS.Timeout | undefined;
  private holdSince = 0;
  /** Saves under way, by the IDs of the images they carry. */
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly baseIds = new Map<string, Promise<string[] | undefined>>();
  private containerdStore: Promise<boolean> | undefined;

  constructor(
    private readonly docker: Docker,
    private readonly options: MeasurerOptions = {},
  ) {}

  /** Marks work (a build) whose image will be measured soon: saves wait for it, up to `holdSeconds`. */
  hold(): () => void {
    if (this.holds++ === 0) this.holdSince = Date.now();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds--;
      // the measure call follows the build by a few microtasks and one `docker image inspect`
      setTimeout(() => this.pump(), 20);
    };
  }

  async measure(image: string, options: MeasureImageOptions = {}): Promise<ImageMeasurement> {
    const { baseImage, ...rest } = options;
    const store = options.store ?? emptyStore;
    const release = this.hold();
    let pending: Pending;
    try {
      const [baseDiffIds, inspected, containerdStore] = await Promise.all([
        options.baseDiffIds ?? (baseImage ? this.baseDiffIds(baseImage) : undefined),
        store === emptyStore ? undefined : inspectLayers(this.docker, image),
        options.blobsAsStored ?? (this.containerdStore ??= usesContainerdStore(this.docker)),
      ]);
      const measureOptions: MeasureOptions = {
        ...rest,
        image,
        ...(containerdStore ? { blobsAsStored: true } : {}),
        ...(baseDiffIds ? { baseDiffIds } : {}),
        ...(inspected ? { expectedDiffIds: inspected.diffIds } : {}),
      };
      if (inspected) {
        // the same image in a save under way: its layers are in the store once that save is done
        await this.inFlight.get(inspected.id)?.catch(() => undefined);
        const known = await this.fromStore(store, inspected, measureOptions);
        if (known) return known;
      }
      const waiting = new Promise<ImageMeasurement>((resolve, reject) => {
        pending = {
          image,
          id: inspected?.id,
          diffIds: inspected?.diffIds,
          options: measureOptions,
          resolve,
          reject,
        };
      });
      this.queue.push(pending!);
      this.pump();
      return await waiting;
    } finally {
      release();
    }
  }

  private baseDiffIds(image: string): Promise<string[] | undefined> {
    let ids = this.baseIds.get(image);
    if (!ids) this.baseIds.set(image, (ids = imageDiffIds(this.docker, image)));
    return ids;
  }

  private async fromStore(
    store: LayerStore,
    inspected: { id: string; diffIds: string[] },
    options: MeasureOptions,
  ): Promise<ImageMeasurement | undefined> {
    const known = storedImage(await store.getConfig(inspected.id), inspected.diffIds);
    if (!known) return undefined;
    const layers = await Promise.all(known.layerKeys.map((k) => store.getLayer(k)));
    if (!layers.every((l) => l !== undefined)) return undefined;
    this.options.trace?.({
      image: options.image,
      saved: false,
      savedWith: 0,
      layersFromStore: layers.length,
      layersRead: 0,
    });
    return measureArchive(
      {
        layout: 'legacy',
        config: known.config,
        layers,
        layerPaths: known.layerKeys,
        reused: layers.map(() => true),
        repoTags: [],
      },
      options,
    );
  }

  private pump(): void {
    // a hold timer left pending would keep the process alive for the rest of `holdSeconds` after the last save
    clearTimeout(this.holdTimer);
    this.holdTimer = undefined;
    if (this.saving || this.queue.length === 0) return;
    const holdMs = (this.options.holdSeconds ?? 20) * 1000;
    // requests still being prepared and builds still running may bring images that should share this save
    const preparing = this.holds - this.queue.length;
    if (preparing > 0 && Date.now() - this.holdSince < holdMs) {
      this.holdTimer = setTimeout(() => this.pump(), Math.max(20, holdMs - (Date.now() - this.holdSince)));
      // the builds being waited for keep the process alive; this wait alone must not
      this.holdTimer.unref();
      return;
    }
    const batch = this.queue.splice(0);
    this.saving = true;
    const done = this.save(batch).finally(() => {
      this.saving = false;
      for (const p of batch) if (p.id) this.inFlight.delete(p.id);
      this.holdSince = Date.now();
      this.pump();
    });
    for (const p of batch) if (p.id) this.inFlight.set(p.id, done);
  }

  private async save(batch: Pending[]): Promise<void> {
    const names = [...new Set(batch.map((p) => p.image))];
    const first = batch[0]!.options;
    const blobsAsStored = first.blobsAsStored ?? false;
    try {
      // docker save prepares its whole archive before the first byte: the workers start meanwhile
      const pool = new CompressionPool(first.concurrency).start();
      const stream =
        names.length === 1 ? this.docker.save(names[0]!) : this.docker.stream(['save', ...names]);
      const archives = await readArchivesWithStore(
        stream,
        {
          image: names.join(', '),
          ...(first.pullSizes ? { pullSizes: first.pullSizes } : {}),
          ...(first.store ? { store: first.store } : {}),
          ...(blobsAsStored ? { blobsAsStored } : {}),
        },
        pool,
        batch.flatMap((p) => (p.diffIds ? [p.diffIds] : [])),
      );
      for (const p of batch) {
        try {
          const archive = pickArchive(archives, p, batch.length);
          const keys = archiveLayerKeys(archive, blobsAsStored);
          if (p.id && keys.every((k) => k !== '')) {
            const entry: StoredImage = { config: archive.config, layerKeys: keys };
            await (p.options.store ?? emptyStore).putConfig(p.id, entry);
          }
          const reused = archive.reused.filter(Boolean).length;
          this.options.trace?.({
            image: p.image,
            saved: true,
            savedWith: names.length,
            layersFromStore: reused,
            layersRead: archive.layers.length - reused,
          });
          p.resolve(measureArchive(archive, p.options));
        } catch (error: unknown) {
          p.reject(error);
        }
      }
    } catch (error: unknown) {
      if (names.length === 1) {
        for (const p of batch) p.reject(error);
        return;
      }
      // one image's failure (removed meanwhile, say) must not fail the others: each is read on its own
      for (const name of names) await this.save(batch.filter((p) => p.image === name));
    }
  }
}

/** The archive of `docker save A B …` that is the requested image: by tag, else by config digest (= image ID). */
function pickArchive(archives: ImageArchive[], p: Pending, requests: number): ImageArchive {
  if (archives.length === 1 && requests === 1) return archives[0]!;
  const tagged = /[:@][^/]*$/.test(p.image) ? p.image : `${p.image}:latest`;
  const byTag = archives.find((a) => a.repoTags.includes(tagged));
  if (byTag) return byTag;
  const hex = p.id?.replace(/^sha256:/, '');
  const byId = hex ? archives.find((a) => a.configPath?.includes(hex)) : undefined;
  if (byId) return byId;
  throw new MeasureError(
    `${p.image}: not found in the archive \`docker save\` wrote`,
    'measure the image on its own (`image-budget measure IMAGE`)',
  );
}

/**
 * Whether the engine keeps images in the containerd image store (Docker 24+ with the containerd snapshotter):
 * there layer blobs are kept as they are pushed, so their sizes are the pull sizes.
 */
export async function usesContainerdStore(docker: Docker): Promise<boolean> {
  try {
    const { stdout } = await docker.run(['info', '--format', '{{json .DriverStatus}}']);
    return /io\.containerd\.snapshotter/.test(stdout);
  } catch {
    return false;
  }
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
