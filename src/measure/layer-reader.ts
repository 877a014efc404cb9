// Reads one layer blob as it streams past: decompresses it when it is gzip or zstd, lists its tar entries
// (file data is skipped, never kept) and, for an uncompressed blob, counts its gzip size on the side.
import { once } from 'node:events';
import { PassThrough, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { Decompress } from 'fzstd';
import { extract as tarExtract } from 'tar-stream';
import type { CompressionPool } from './compress.js';
import { GzipSizer } from './compress.js';
import { classifyEntry, type LayerEntry } from './entries.js';
import { GoBuildInfoScanner } from './go-buildinfo.js';
import { JAR_LIMIT, reduceJar } from './jar.js';
import {
  PACKAGE_FILE_LIMIT,
  PACKAGE_LAYER_LIMIT,
  packageFileKind,
  reducePackageFile,
  type PackageFile,
} from './package-files.js';

export type BlobCompression = 'none' | 'gzip' | 'zstd';

export interface LayerContent {
  entries: LayerEntry[];
  /** Σ of the tar entries' size fields (the uncompressed layer size as dive and this project count it). */
  sizeBytes: number;
  compression: BlobCompression;
  /** Bytes of the blob as stored in the archive. */
  blobBytes: number;
  /** Pull size: the blob's own size when it is stored compressed, otherwise its gzip size at the engine's level. */
  compressedBytes: number;
  /** The layer's package-database files, reduced (package-files.ts); absent when it has none. */
  packageFiles?: PackageFile[];
  /** Some package-database files were over the size bounds and not kept. */
  packageFilesIncomplete?: boolean;
}

export class LayerReader {
  private readonly input = new PassThrough({ highWaterMark: 1 << 20 });
  private readonly entries: LayerEntry[] = [];
  private readonly packageFiles: PackageFile[] = [];
  private packageBytes = 0;
  private packageFilesIncomplete = false;
  private sizeBytes = 0;
  private blobBytes = 0;
  private readonly gzip: GzipSizer | undefined;
  private readonly done: Promise<void>;

  /**
   * `pullSize`: the pull size of this blob when it is already known (a plain blob's is then not counted).
   * `asStored`: the engine pushes this blob as it is stored (the containerd image store): its pull size is its
   * own size even when it is plain, and no gzip size is modelled.
   */
  constructor(
    private readonly compression: BlobCompression,
    pool: CompressionPool,
    private readonly pullSize?: number,
    asStored = false,
  ) {
    this.gzip =
      compression === 'none' && pullSize === undefined && !asStored ? new GzipSizer(pool) : undefined;
    const extract = tarExtract();
    extract.on('entry', (header, stream, next) => {
      const entry = classifyEntry(header.name, header.type, header.size ?? 0, header.linkname);
      if (entry) {
        this.entries.push(entry);
        this.sizeBytes += entry.size;
      }
      const kind = entry?.kind === 'file' ? packageFileKind(entry.path) : undefined;
      if (entry && kind === 'jar') {
        // a jar is held only while it streams past (up to JAR_LIMIT) and only its Maven coordinates are kept
        const chunks: Buffer[] = [];
        if (entry.size <= JAR_LIMIT) stream.on('data', (c: unknown) => void chunks.push(c as Buffer));
        stream.on('end', () => {
          const text = chunks.length === 0 ? '' : reduceJar(Buffer.concat(chunks));
          this.packageBytes += text.length;
          this.packageFiles.push({ path: entry.path, text });
          next();
        });
        stream.resume();
        return;
      }
      if (entry && kind !== undefined) {
        // a package database: the one kind of file whose contents are kept (bounded), for the inventory
        const size = kind === 'rpm-db' ? 0 : entry.size;
        if (size > PACKAGE_FILE_LIMIT || this.packageBytes + size > PACKAGE_LAYER_LIMIT) {
          this.packageFilesIncomplete = true;
        } else {
          this.packageBytes += size;
          const chunks: Buffer[] = [];
          if (size > 0) stream.on('data', (c: unknown) => void chunks.push(c as Buffer));
          stream.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            this.packageFiles.push({ path: entry.path, text: reducePackageFile(kind, text) });
            next();
          });
          stream.resume();
          return;
        }
      }
      if (entry?.kind === 'file' && entry.size >= 64 && ((header.mode ?? 0) & 0o111) !== 0) {
        // an executable: a Go binary names its modules in its build info (only its first bytes are watched)
        const scanner = new GoBuildInfoScanner();
        const watch = (c: unknown): void => {
          scanner.push(c as Buffer);
          if (!scanner.wants) stream.off('data', watch);
        };
        stream.on('data', watch);
        stream.on('end', () => {
          const text = scanner.result();
          if (text !== undefined) this.packageFiles.push({ path: entry.path, text, kind: 'go-buildinfo' });
          next();
        });
        stream.resume();
        return;
      }
      stream.on('end', next);
      stream.resume();
    });
    const stages: (Transform | Writable)[] = [];
    if (compression === 'gzip') stages.push(createGunzip());
    if (compression === 'zstd') stages.push(zstdDecompressor());
    this.done = (pipeline as (...streams: unknown[]) => Promise<void>)(this.input, ...stages, extract);
    // reported by write()/end(); this keeps an early failure from being an unhandled rejection
    this.done.catch(() => undefined);
  }

  async write(chunk: Buffer): Promise<void> {
    this.blobBytes += chunk.length;
    const gzipped = this.gzip?.write(chunk);
    if (!this.input.write(chunk)) await Promise.race([once(this.input, 'drain'), this.done]);
    await gzipped;
  }

  async end(): Promise<LayerContent> {
    this.input.end();
    await this.done;
    const compressedBytes = this.gzip ? await this.gzip.end() : (this.pullSize ?? this.blobBytes);
    const content: LayerContent = {
      entries: this.entries,
      sizeBytes: this.sizeBytes,
      compression: this.compression,
      blobBytes: this.blobBytes,
      compressedBytes,
    };
    if (this.packageFiles.length > 0) content.packageFiles = this.packageFiles;
    if (this.packageFilesIncomplete) content.packageFilesIncomplete = true;
    return content;
  }
}

function zstdDecompressor(): Transform {
  const transform: Transform = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      try {
        decoder.push(chunk);
        callback();
      } catch (error: unknown) {
        callback(error instanceof Error ? error : new Error(String(error)));
      }
    },
    flush(callback) {
      try {
        decoder.push(new Uint8Array(0), true);
        callback();
      } catch (error: unknown) {
        callback(error instanceof Error ? error : new Error(String(error)));
      }
    },
  });
  const decoder = new Decompress((data) => {
    transform.push(Buffer.from(data));
  });
  return transform;
}
