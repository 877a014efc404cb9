// What the analyzer learned about a layer, kept across runs. A layer is content-addressed (its diff ID is the digest
// of its uncompressed tar; a compressed blob's digest is the digest of its bytes), so its entries and sizes never
// change: measuring it once is enough. The store is a cache and never a source of truth: every entry carries its
// key and a checksum of its body, and one that does not verify (truncated, edited, written by another version, or
// meant for another key) is ignored, deleted and measured again.
//
// Also kept: image configs by image ID (the config JSON is what `docker save` would have carried), so an image whose
// layers and config are all known is measured without reading it from the engine at all.
import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat, utimes } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { EntryKind, LayerEntry } from './entries.js';
import type { BlobCompression, LayerContent } from './layer-reader.js';
import type { PackageFile } from './package-files.js';

/** Bumped when the meaning of a stored measurement changes (e.g. the gzip model): old entries are not read.
 *  2: layers carry their package-database files (package-files.ts).
 *  3: and the build info of their Go executables (a kept file with a kind).
 *  4: and the Maven coordinates of their jars.
 *  5: and their os-release files (the distribution of deb and apk package URLs). */
export const STORE_FORMAT = 5;

/**
 * How a layer's compressed size was obtained, part of every key: the engine-gzip model over an uncompressed layer
 * (legacy `docker save`, OCI plain blobs) and the stored blob's own size (gzip, zstd, estargz blobs) never mix.
 */
export type SizeSource = 'engine-gzip-model' | 'blob';

/** The key of one layer measurement: diff ID with the model, or the blob digest of a compressed blob. */
export function layerKey(digest: string, source: SizeSource): string {
  return `${source}:${digest}`;
}

export interface LayerStore {
  getLayer(key: string): Promise<LayerContent | undefined>;
  putLayer(key: string, layer: LayerContent): Promise<void>;
  /** The image config JSON of an image ID, as `docker save` carried it. */
  getConfig(imageId: string): Promise<unknown>;
  putConfig(imageId: string, config: unknown): Promise<void>;
}

/** A store that knows nothing: every layer is measured (the behaviour without a cache). */
export const emptyStore: LayerStore = {
  getLayer: () => Promise.resolve(undefined),
  putLayer: () => Promise.resolve(),
  getConfig: () => Promise.resolve(undefined),
  putConfig: () => Promise.resolve(),
};

const KINDS: EntryKind[] = ['file', 'dir', 'symlink', 'hardlink', 'other', 'whiteout', 'opaque'];
const COMPRESSIONS: BlobCompression[] = ['none', 'gzip', 'zstd'];

/** Entries as compact tuples: [path, kind, size] or [path, kind, size, linkTarget]. */
type EntryTuple = [string, number, number] | [string, number, number, string];

interface StoredBody {
  format: number;
  kind: 'layer' | 'config';
  key: string;
  value: unknown;
}

function encodeLayer(layer: LayerContent): unknown {
  const packages =
    layer.packageFiles || layer.packageFilesIncomplete
      ? {
          packageFiles: (layer.packageFiles ?? []).map((f) =>
            f.kind === undefined ? [f.path, f.text] : [f.path, f.text, f.kind],
          ),
          ...(layer.packageFilesIncomplete ? { packageFilesIncomplete: true } : {}),
        }
      : {};
  return {
    ...packages,
    sizeBytes: layer.sizeBytes,
    compression: layer.compression,
    blobBytes: layer.blobBytes,
    compressedBytes: layer.compressedBytes,
    entries: layer.entries.map((e): EntryTuple => {
      const kind = KINDS.indexOf(e.kind);
      return e.linkTarget === undefined ? [e.path, kind, e.size] : [e.path, kind, e.size, e.linkTarget];
    }),
  };
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** The stored layer, or undefined when anything in it is not what `encodeLayer` writes. */
function decodeLayer(value: unknown): LayerContent | undefined {
  const v = value as Record<string, unknown> | null;
  if (!v || typeof v !== 'object' || !Array.isArray(v['entries'])) return undefined;
  const { sizeBytes, blobBytes, compressedBytes, compression } = v;
  if (!isCount(sizeBytes) || !isCount(blobBytes) || !isCount(compressedBytes)) return undefined;
  if (!COMPRESSIONS.includes(compression as BlobCompression)) return undefined;
  const entries: LayerEntry[] = [];
  let total = 0;
  for (const t of v['entries'] as unknown[]) {
    if (!Array.isArray(t) || t.length < 3 || t.length > 4) return undefined;
    const [path, kind, size, link] = t as unknown[];
    if (typeof path !== 'string' || !isCount(kind) || kind >= KINDS.length || !isCount(size))
      return undefined;
    const entry: LayerEntry = { path, kind: KINDS[kind]!, size };
    if (t.length === 4) {
      if (typeof link !== 'string') return undefined;
      entry.linkTarget = link;
    }
    total += size;
    entries.push(entry);
  }
  // the sum is what the reader counted: a cheap second check on top of the checksum
  if (total !== sizeBytes) return undefined;
  const layer: LayerContent = {
    entries,
    sizeBytes,
    compression: compression as BlobCompression,
    blobBytes,
    compressedBytes,
  };
  const files = v['packageFiles'];
  if (files !== undefined) {
    if (!Array.isArray(files)) return undefined;
    const kept: PackageFile[] = [];
    for (const f of files as unknown[]) {
      if (!Array.isArray(f) || f.length < 2 || f.length > 3) return undefined;
      const [path, text, kind] = f as unknown[];
      if (typeof path !== 'string' || typeof text !== 'string') return undefined;
      if (f.length === 3 && kind !== 'go-buildinfo') return undefined;
      kept.push(f.length === 3 ? { path, text, kind: 'go-buildinfo' } : { path, text });
    }
    if (kept.length > 0) layer.packageFiles = kept;
  }
  if (v['packageFilesIncomplete'] === true) layer.packageFilesIncomplete = true;
  return layer;
}

/** Where the CLI keeps its store: $IMAGE_BUDGET_CACHE_DIR, else $XDG_CACHE_HOME/image-budget, else ~/.cache/image-budget. */
export function defaultStoreDir(env: Record<string, string | undefined> = process.env): string {
  const own = env['IMAGE_BUDGET_CACHE_DIR'];
  if (own) return own;
  const xdg = env['XDG_CACHE_HOME'];
  return join(xdg && xdg.startsWith('/') ? xdg : join(homedir(), '.cache'), 'image-budget');
}

/** 2 GiB unless $IMAGE_BUDGET_CACHE_MAX_MB says otherwise: entries are lists of names, far smaller than layers. */
export function defaultStoreCap(env: Record<string, string | undefined> = process.env): number {
  const mb = Number(env['IMAGE_BUDGET_CACHE_MAX_MB']);
  return Number.isFinite(mb) && mb > 0 ? Math.floor(mb * 1024 * 1024) : 2 * 1024 * 1024 * 1024;
}

export interface DirectoryStoreOptions {
  /** Bytes the store may take on disk; the least recently used entries go first once it is over. */
  maxBytes?: number;
  /** Called when an entry did not verify (it is then deleted and measured again). */
  onInvalid?: (key: string, reason: string) => void;
}

export interface StoreStats {
  layerHits: number;
  layerMisses: number;
  invalid: number;
  /** Entries written by this process. */
  written: number;
}

/**
 * The store in a directory: one gzip file per entry, named by the SHA-256 of its key, holding
 * `<sha256 of the body>\n<body JSON>`. Reads refresh the file's mtime, which is the recency pruning goes by.
 */
export class DirectoryStore implements LayerStore {
  readonly stats: StoreStats = { layerHits: 0, layerMisses: 0, invalid: 0, written: 0 };
  private readonly maxBytes: number;
  private written = 0;

  constructor(
    readonly dir: string,
    private readonly options: DirectoryStoreOptions = {},
  ) {
    this.maxBytes = options.maxBytes ?? defaultStoreCap();
  }

  async getLayer(key: string): Promise<LayerContent | undefined> {
    const value = await this.read('layer', key);
    const layer = value === undefined ? undefined : decodeLayer(value);
    if (value !== undefined && layer === undefined)
      await this.invalid('layer', key, 'not a layer measurement');
    if (layer) this.stats.layerHits++;
    else this.stats.layerMisses++;
    return layer;
  }

  putLayer(key: string, layer: LayerContent): Promise<void> {
    return this.write('layer', key, encodeLayer(layer));
  }

  async getConfig(imageId: string): Promise<unknown> {
    const value = await this.read('config', imageId);
    if (value !== undefined && (typeof value !== 'object' || value === null)) {
      await this.invalid('config', imageId, 'not an image config');
      return undefined;
    }
    return value;
  }

  putConfig(imageId: string, config: unknown): Promise<void> {
    return this.write('config', imageId, config);
  }

  /** Deletes least recently used entries until the store is at most `maxBytes` (run after a measurement). */
  async prune(): Promise<void> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return;
    }
    const files = (
      await Promise.all(
        names
          .filter((n) => n.endsWith('.json.gz'))
          .map(async (name) => {
            try {
              const s = await stat(join(this.dir, name));
              return { name, size: s.size, used: s.mtimeMs };
            } catch {
              return undefined;
            }
          }),
      )
    ).filter((f) => f !== undefined);
    let total = files.reduce((a, f) => a + f.size, 0);
    if (total <= this.maxBytes) return;
    files.sort((a, b) => a.used - b.used);
    for (const f of files) {
      if (total <= this.maxBytes) break;
      await rm(join(this.dir, f.name), { force: true });
      total -= f.size;
    }
  }

  /** The file that holds the entry for `key` (diagnostics and tests). */
  path(kind: StoredBody['kind'], key: string): string {
    return join(this.dir, `${createHash('sha256').update(`${kind}\n${key}`).digest('hex')}.json.gz`);
  }

  private async read(kind: StoredBody['kind'], key: string): Promise<unknown> {
    const path = this.path(kind, key);
    let raw: Buffer;
    try {
      raw = await readFile(path);
    } catch {
      return undefined;
    }
    let text: string;
    try {
      text = gunzipSync(raw).toString('utf8');
    } catch {
      await this.invalid(kind, key, 'not gzip');
      return undefined;
    }
    const newline = text.indexOf('\n');
    const body = text.slice(newline + 1);
    if (newline !== 64 || createHash('sha256').update(body).digest('hex') !== text.slice(0, 64)) {
      await this.invalid(kind, key, 'checksum mismatch');
      return undefined;
    }
    let parsed: StoredBody;
    try {
      parsed = JSON.parse(body) as StoredBody;
    } catch {
      await this.invalid(kind, key, 'not JSON');
      return undefined;
    }
    if (parsed.format !== STORE_FORMAT || parsed.kind !== kind || parsed.key !== key) {
      await this.invalid(kind, key, 'written for another key or format');
      return undefined;
    }
    // recency for pruning; a read-only store still answers
    const now = new Date();
    await utimes(path, now, now).catch(() => undefined);
    return parsed.value;
  }

  private async write(kind: StoredBody['kind'], key: string, value: unknown): Promise<void> {
    const body = JSON.stringify({ format: STORE_FORMAT, kind, key, value } satisfies StoredBody);
    const data = gzipSync(`${createHash('sha256').update(body).digest('hex')}\n${body}`, { level: 6 });
    const path = this.path(kind, key);
    // written aside and renamed: a reader never sees half an entry, and two runs writing one key both succeed
    const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      await mkdir(this.dir, { recursive: true });
      const handle = await open(temp, 'w');
      try {
        await handle.writeFile(data);
      } finally {
        await handle.close();
      }
      await rename(temp, path);
    } catch {
      // a store that cannot be written only costs the next run the measuring again
      await rm(temp, { force: true }).catch(() => undefined);
      return;
    }
    this.stats.written++;
    this.written += data.length;
    if (this.written > this.maxBytes / 16) {
      this.written = 0;
      await this.prune();
    }
  }

  private async invalid(kind: StoredBody['kind'], key: string, reason: string): Promise<void> {
    this.stats.invalid++;
    this.options.onInvalid?.(key, reason);
    await rm(this.path(kind, key), { force: true }).catch(() => undefined);
  }
}
