// Streams an image archive — `docker save` output or a file — once, in order, without holding it in memory.
// Both layouts are recognised by content, not by name: the legacy one (engine < 25: manifest.json and
// <id>/layer.tar) and OCI (engine ≥ 25, skopeo, containerd: index.json and blobs/sha256/…, layers plain, gzip or
// zstd). Layer blobs are analysed as they pass; JSON documents are kept (they are small); the rest is skipped.
import { posix } from 'node:path';
import type { Readable } from 'node:stream';
import { extract as tarExtract } from 'tar-stream';
import type { CompressionPool } from './compress.js';
import { MeasureError } from './errors.js';
import { LayerReader, type BlobCompression, type LayerContent } from './layer-reader.js';

export interface HistoryEntry {
  created?: string;
  created_by?: string;
  comment?: string;
  empty_layer?: boolean;
}

/** The parts of an image config (the JSON blob, not `docker inspect`) that measuring reads. */
export interface ImageConfigJson {
  config?: Record<string, unknown> | null;
  rootfs?: { type?: string; diff_ids?: string[] };
  history?: HistoryEntry[];
}

export interface ImageArchive {
  layout: 'legacy' | 'oci';
  config: ImageConfigJson;
  /** In rootfs order (the i-th entry belongs to rootfs.diff_ids[i]). */
  layers: LayerContent[];
  /** The archive path of the config (`<hex>.json`, `blobs/sha256/<hex>`): names the config's digest. */
  configPath?: string;
  /** The archive path of each layer (`<id>/layer.tar`, `blobs/sha256/<hex>`), in the same order. */
  layerPaths: string[];
  /** Per layer: true when its measurement came from `known` and the blob was skipped unread. */
  reused: boolean[];
  repoTags: string[];
}

export interface ArchiveReadOptions {
  /** Pull sizes of plain blobs already counted in this run, by digest (see MeasureOptions.pullSizes). */
  pullSizes?: Map<string, number>;
  /** The blobs are what a push sends (the containerd image store): pull size = blob size, none modelled. */
  blobsAsStored?: boolean;
  /**
   * Asked before a layer blob is read: a measurement returned here is used and the blob is skipped without being
   * decompressed or counted. `v1Json` is the legacy layout's `<id>/json` beside `<id>/layer.tar` (it comes first in
   * the archive), from which the layer's place in the image can be worked out.
   */
  known?: (path: string, v1Json: string | undefined) => Promise<LayerContent | undefined>;
}

/** JSON documents bigger than this are not image metadata. */
const JSON_LIMIT = 64 * 1024 * 1024;
/** Enough to see a tar header's `ustar` magic at offset 257. */
const SNIFF_BYTES = 512;

type BlobKind = { kind: 'layer'; compression: BlobCompression } | { kind: 'json' } | { kind: 'other' };

export function sniffBlob(head: Buffer): BlobKind {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return { kind: 'layer', compression: 'gzip' };
  if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528) return { kind: 'layer', compression: 'zstd' };
  if (head.length >= 262 && head.toString('latin1', 257, 262) === 'ustar')
    return { kind: 'layer', compression: 'none' };
  // an empty layer is a tar of zero blocks only
  if (head.length >= SNIFF_BYTES && head.subarray(0, SNIFF_BYTES).every((b) => b === 0))
    return { kind: 'layer', compression: 'none' };
  const first = head.toString('utf8', 0, Math.min(head.length, 64)).trimStart()[0];
  if (first === '{' || first === '[') return { kind: 'json' };
  return { kind: 'other' };
}

interface ArchiveBlobs {
  layers: Map<string, LayerContent>;
  json: Map<string, unknown>;
  reused: Set<string>;
}

/** A legacy layer directory's metadata file, kept as text (a few hundred bytes). */
const V1_JSON = /^([0-9a-f]{64})\/json$/;
/** Blobs that may be layers, by name: the only ones worth asking the store about. */
const LAYER_NAME = /^(?:[0-9a-f]{64}\/layer\.tar|blobs\/sha(?:256|512)\/[0-9a-f]{64,128})$/;

/** An OCI blob's path names its digest; for an uncompressed layer blob that digest is the layer's diff_id. */
const DIGEST_PATH = /^blobs\/(sha256|sha512)\/([0-9a-f]{64,128})$/;

async function readBlobs(
  stream: Readable,
  pool: CompressionPool,
  { pullSizes, known, blobsAsStored = false }: ArchiveReadOptions,
): Promise<ArchiveBlobs> {
  const layers = new Map<string, LayerContent>();
  const json = new Map<string, unknown>();
  const v1Json = new Map<string, string>();
  const reused = new Set<string>();
  const links = new Map<string, string>();
  const extract = tarExtract();
  stream.on('error', (error: unknown) =>
    extract.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  stream.pipe(extract as unknown as NodeJS.WritableStream);
  for await (const entry of extract) {
    const name = entry.header.name.replace(/^\.?\/+/, '');
    if (entry.header.type === 'symlink' && LAYER_NAME.test(name) && entry.header.linkname) {
      // `docker save A B` writes a layer the images share once and links the other directories' layer.tar to it
      links.set(name, posix.normalize(posix.join(posix.dirname(name), entry.header.linkname)));
    }
    if (entry.header.type !== 'file' && entry.header.type !== 'contiguous-file') {
      entry.resume();
      continue;
    }
    const hit = known && LAYER_NAME.test(name) ? await known(name, v1Json.get(name.slice(0, 64))) : undefined;
    if (hit) {
      // skipped unread: a known layer costs the archive's bytes passing by, nothing more
      entry.resume();
      layers.set(name, hit);
      reused.add(name);
      continue;
    }
    const v1 = V1_JSON.exec(name);
    let head = Buffer.alloc(0);
    let sink: { write(chunk: Buffer): Promise<void> | void; end(): Promise<void> | void } | undefined;
    const open = (): void => {
      const kind = sniffBlob(head);
      if (kind.kind === 'layer') {
        // the same digest is the same bytes: a plain blob another image of this run already had is not counted
        // again (engine 25+ and other OCI writers name blobs by digest; engine 20.10's legacy names are not)
        const digestMatch = kind.compression === 'none' && !blobsAsStored ? DIGEST_PATH.exec(name) : null;
        const digest = digestMatch ? `${digestMatch[1]!}:${digestMatch[2]!}` : undefined;
        const reader = new LayerReader(
          kind.compression,
          pool,
          digest === undefined ? undefined : pullSizes?.get(digest),
          blobsAsStored,
        );
        sink = {
          write: (c) => reader.write(c),
          end: async () => {
            const layer = await reader.end();
            if (digest) pullSizes?.set(digest, layer.compressedBytes);
            layers.set(name, layer);
          },
        };
      } else if (kind.kind === 'json') {
        const parts: Buffer[] = [];
        let size = 0;
        sink = {
          write: (c) => {
            size += c.length;
            if (size <= JSON_LIMIT) parts.push(c);
          },
          end: () => {
            if (size > JSON_LIMIT) return;
            try {
              const text = Buffer.concat(parts).toString('utf8');
              if (v1) v1Json.set(v1[1]!, text);
              json.set(name, JSON.parse(text));
            } catch {
              // not JSON after all (or not ours): ignored like any other file
            }
          },
        };
      } else sink = { write: () => undefined, end: () => undefined };
    };
    for await (const chunk of entry as AsyncIterable<Buffer>) {
      if (sink) {
        await sink.write(chunk);
        continue;
      }
      head = Buffer.concat([head, chunk]);
      if (head.length >= SNIFF_BYTES) {
        open();
        await sink!.write(head);
      }
    }
    if (!sink && head.length > 0) {
      open();
      await sink!.write(head);
    }
    if (!sink) {
      // a zero-byte file: only meaningful if the manifest lists it as a layer, and then it adds nothing
      layers.set(name, { entries: [], sizeBytes: 0, compression: 'none', blobBytes: 0, compressedBytes: 0 });
    }
    await sink?.end();
  }
  for (const [name, target] of links) {
    const layer = layers.get(target);
    if (!layer || layers.has(name)) continue;
    layers.set(name, layer);
    if (reused.has(target)) reused.add(name);
  }
  return { layers, json, reused };
}

/** Reads a `docker save` stream or an OCI archive and returns its config and analysed layers in order. */
export async function readImageArchive(
  stream: Readable,
  pool: CompressionPool,
  source = 'archive',
  options: ArchiveReadOptions = {},
): Promise<ImageArchive> {
  return (await readImageArchives(stream, pool, source, options))[0]!;
}

/**
 * Reads an archive of one or more images (`docker save A B` lists each in manifest.json and writes a layer they
 * share once) and returns each image's config and layers, in the manifest's order.
 */
export async function readImageArchives(
  stream: Readable,
  pool: CompressionPool,
  source = 'archive',
  options: ArchiveReadOptions = {},
): Promise<ImageArchive[]> {
  let blobs: ArchiveBlobs;
  try {
    blobs = await readBlobs(stream, pool, options);
  } catch (error: unknown) {
    // stop the producer (a `docker save` process) instead of leaving it blocked on a full pipe
    stream.destroy();
    if (error instanceof MeasureError) throw error;
    // duck-typed: errors from another realm are not `instanceof Error` here
    const e = error as { message?: unknown; name?: unknown } | null;
    const reason = e && typeof e.message === 'string' ? e.message : String(error);
    if (e?.name === 'DockerCommandError') {
      throw new MeasureError(
        `${source}: ${reason}`,
        'check that the image exists locally (`docker image ls`) and the engine runs',
      );
    }
    throw new MeasureError(
      `${source}: cannot read the image archive: ${reason}`,
      'pass the output of `docker save` or an OCI image archive',
    );
  }
  const { json, layers } = blobs;
  const oci = json.has('index.json');
  let images = dockerManifest(json.get('manifest.json'));
  if (!images && oci) images = [{ ...followOciIndex(json, json.get('index.json'), source), repoTags: [] }];
  if (!images) {
    throw new MeasureError(
      `${source}: neither manifest.json nor index.json found: this is not an image archive`,
      'pass the output of `docker save IMAGE` or an OCI archive (`skopeo copy … oci-archive:FILE`)',
    );
  }
  return images.map(({ configPath, layerPaths, repoTags }) => {
    const config = json.get(configPath) as ImageConfigJson | undefined;
    if (!config || typeof config !== 'object') {
      throw new MeasureError(
        `${source}: the image config ${configPath} is missing or not JSON`,
        'the archive is incomplete; save the image again',
      );
    }
    const ordered = layerPaths.map((p) => {
      const layer = layers.get(p);
      if (!layer)
        throw new MeasureError(
          `${source}: layer ${p} is listed but not in the archive`,
          'the archive is incomplete; save the image again',
        );
      return layer;
    });
    return {
      layout: oci ? 'oci' : 'legacy',
      config,
      configPath,
      layers: ordered,
      layerPaths,
      reused: layerPaths.map((p) => blobs.reused.has(p)),
      repoTags,
    };
  });
}

interface ManifestImage {
  configPath: string;
  layerPaths: string[];
  repoTags: string[];
}

function dockerManifest(value: unknown): ManifestImage[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const images: ManifestImage[] = [];
  for (const item of value as { Config?: unknown; Layers?: unknown; RepoTags?: unknown }[]) {
    if (typeof item?.Config !== 'string' || !Array.isArray(item.Layers)) return undefined;
    images.push({
      configPath: item.Config,
      layerPaths: item.Layers.map(String),
      repoTags: Array.isArray(item.RepoTags) ? item.RepoTags.map(String) : [],
    });
  }
  return images;
}

interface Descriptor {
  mediaType?: string;
  digest?: string;
  platform?: { os?: string; architecture?: string };
}

function blobPath(digest: string | undefined): string {
  const [algorithm, hex] = (digest ?? '').split(':');
  return `blobs/${algorithm ?? ''}/${hex ?? ''}`;
}

function followOciIndex(
  json: Map<string, unknown>,
  index: unknown,
  source: string,
  depth = 0,
): { configPath: string; layerPaths: string[] } {
  const manifests = ((index as { manifests?: Descriptor[] } | undefined)?.manifests ?? []).filter(
    // attestation manifests carry platform unknown/unknown
    (m) => m.platform?.os !== 'unknown',
  );
  if (manifests.length === 0 || depth > 4) {
    throw new MeasureError(
      `${source}: the OCI index lists no image manifest`,
      'save a single-platform image',
    );
  }
  if (manifests.length > 1) {
    throw new MeasureError(
      `${source}: the OCI index lists ${manifests.length} images (${manifests.map((m) => `${m.platform?.os ?? '?'}/${m.platform?.architecture ?? '?'}`).join(', ')})`,
      'measure one platform at a time: save or copy a single-platform image',
    );
  }
  const doc = json.get(blobPath(manifests[0]!.digest)) as
    { manifests?: Descriptor[]; config?: Descriptor; layers?: Descriptor[] } | undefined;
  if (!doc)
    throw new MeasureError(
      `${source}: manifest ${manifests[0]!.digest ?? '?'} is not in the archive`,
      'the archive is incomplete',
    );
  if (doc.manifests) return followOciIndex(json, doc, source, depth + 1);
  return {
    configPath: blobPath(doc.config?.digest),
    layerPaths: (doc.layers ?? []).map((l) => blobPath(l.digest)),
  };
}
