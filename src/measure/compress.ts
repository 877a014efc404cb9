// Per-layer gzip size, computed in parallel on the libuv pool while the layer streams past.
//
// A single deflate stream can use one core only, and gzip of an incompressible layer runs at ~40 MB/s per core,
// slower than `docker save` itself. So the layer is cut into 1 MiB chunks that are deflated concurrently, each
// primed with the previous chunk's last 32 KiB as dictionary (what pigz does): every back-reference a single
// stream could make is still possible, so the total differs from one-stream gzip by a few bytes per chunk
// (block boundaries), far below the 1% that separates zlib from Go's compress/gzip used by the engine.
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import { deflateRaw } from 'node:zlib';

const deflateRawAsync = promisify(deflateRaw);

/** The engine pushes layers with Go's gzip.DefaultCompression, which is level 6. */
export const ENGINE_GZIP_LEVEL = 6;
const CHUNK = 1 << 20;
const WINDOW = 32 * 1024;
/** 10-byte gzip header + 8-byte trailer (CRC-32, length). */
const GZIP_FRAMING = 18;

/** Limits how many chunks are being deflated at once, across all layers. */
export class CompressionPool {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly concurrency: number = Math.max(2, availableParallelism())) {}

  /** Resolves when a slot is free; the caller must call `release` once its job is done. */
  async acquire(): Promise<void> {
    if (this.running < this.concurrency) {
      this.running++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}

/** Counts the gzip size of the bytes written to it. */
export class GzipSizer {
  private buffer = Buffer.allocUnsafe(CHUNK);
  private filled = 0;
  private dictionary: Buffer | undefined;
  private readonly jobs: Promise<number>[] = [];
  private failure: unknown;

  constructor(
    private readonly pool: CompressionPool,
    private readonly level = ENGINE_GZIP_LEVEL,
  ) {}

  /** Resolves once the data is copied and, when a chunk filled up, a pool slot took it (backpressure). */
  async write(data: Uint8Array): Promise<void> {
    let offset = 0;
    while (offset < data.length) {
      const n = Math.min(CHUNK - this.filled, data.length - offset);
      this.buffer.set(data.subarray(offset, offset + n), this.filled);
      this.filled += n;
      offset += n;
      if (this.filled === CHUNK) await this.flush();
    }
  }

  /** The gzip size of everything written. */
  async end(): Promise<number> {
    // an empty stream still gzips to a header, one empty final block and a trailer
    if (this.filled > 0 || this.jobs.length === 0) await this.flush();
    const sizes = await Promise.all(this.jobs);
    if (this.failure !== undefined) throw this.failure;
    return GZIP_FRAMING + sizes.reduce((a, b) => a + b, 0);
  }

  private async flush(): Promise<void> {
    const chunk = this.buffer.subarray(0, this.filled);
    const dictionary = this.dictionary;
    this.dictionary = chunk.length >= WINDOW ? chunk.subarray(chunk.length - WINDOW) : chunk;
    this.buffer = Buffer.allocUnsafe(CHUNK);
    this.filled = 0;
    await this.pool.acquire();
    const job = deflateRawAsync(chunk, {
      level: this.level,
      chunkSize: CHUNK + WINDOW,
      ...(dictionary && dictionary.length > 0 ? { dictionary } : {}),
    }).then(
      (out) => out.length,
      (error: unknown) => {
        this.failure ??= error;
        return 0;
      },
    );
    this.jobs.push(job.finally(() => this.pool.release()));
  }
}
