// Per-layer pull size: what the engine's own gzip (Go's compress/gzip at its default level) makes of a layer,
// counted by the model in go-deflate.ts on worker threads while the layer streams past.
//
// One deflate stream is sequential, and the model runs at a few tens of MB/s per core, so the layer is cut into
// 1 MiB chunks counted concurrently, each primed with the 32 KiB before it (every back-reference one stream
// could make is still possible). What is lost at a cut is a few bytes: the block that ends there and the lazy
// match that could have crossed it. The parts' bits are summed and the stream is closed as Go closes it.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { goDeflateModel, GoGzipSize, gzipBytes } from './go-deflate.js';
import { GO_SCAN_WASM } from './go-scan-wasm.js';

const CHUNK = 1 << 20;
const WINDOW = 32 * 1024;

interface Job {
  chunk: Uint8Array;
  /** The buffer the chunk lives in, reused for a later chunk once copied to a worker. */
  buffer?: Buffer;
  dictionary: Uint8Array;
  resolve: (bits: number) => void;
  reject: (error: unknown) => void;
}

// The worker evaluates the model's source (a self-contained function) and answers one message per chunk. The
// chunk arrives in a buffer shared with this thread (dictionary first, then the chunk), so no message carries
// a megabyte that only a garbage collection would free. `__name` covers bundlers that wrap functions to keep
// their names.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
var __name = (target) => target;
const { GoGzipSize } = (${goDeflateModel.toString()})(${JSON.stringify(GO_SCAN_WASM)});
const sizer = new GoGzipSize();
const shared = new Uint8Array(workerData);
parentPort.on('message', ({ id, dictionaryLength, chunkLength }) => {
  try {
    const bits = sizer.countPart(
      shared.subarray(dictionaryLength, dictionaryLength + chunkLength),
      shared.subarray(0, dictionaryLength),
    );
    parentPort.postMessage({ id, bits });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.stack || error) });
  }
});
`;

/** Deflate bits of one chunk primed with its dictionary, counted on the calling thread. */
export function chunkBits(chunk: Uint8Array, dictionary: Uint8Array): number {
  return new GoGzipSize().countPart(chunk, dictionary);
}

export { gzipBytes };

type Slot = Worker & { shared: Uint8Array; jobId?: number };

/** Worker threads that count chunks; at most `concurrency` chunks are in flight across all layers. */
export class CompressionPool {
  private readonly idle: Slot[] = [];
  private readonly all: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly pending = new Map<number, Job>();
  private readonly slots: (() => void)[] = [];
  /** Chunk buffers already copied to a worker, for the next chunks (no 1 MiB allocation and GC per chunk). */
  private readonly spare: Buffer[] = [];
  private inFlight = 0;
  private nextId = 0;
  private closed = false;

  constructor(readonly concurrency: number = Math.max(2, availableParallelism())) {}

  /** Resolves when a chunk may be handed over; the caller must call `release` once its job is done. */
  async acquire(): Promise<void> {
    if (this.inFlight < this.concurrency) {
      this.inFlight++;
      return;
    }
    await new Promise<void>((resolve) => this.slots.push(resolve));
  }

  release(): void {
    const next = this.slots.shift();
    if (next) next();
    else this.inFlight--;
  }

  /**
   * Starts the workers now rather than at the first chunk: they compile the model while `docker save` is still
   * preparing its archive, which takes seconds before the first byte.
   */
  start(): this {
    while (!this.closed && this.all.length < this.concurrency) this.idle.push(this.spawn()!);
    return this;
  }

  /** A chunk-sized buffer to fill; hand it back through `bits` (its `buffer` argument). */
  chunkBuffer(): Buffer {
    return this.spare.pop() ?? Buffer.allocUnsafeSlow(CHUNK);
  }

  /**
   * Deflate bits of `chunk` (at most 1 MiB) primed with `dictionary` (at most 32 KiB). When `buffer` (from
   * `chunkBuffer`) holds the chunk, the pool takes it back once the chunk is copied to a worker.
   */
  bits(chunk: Uint8Array, dictionary: Uint8Array, buffer?: Buffer): Promise<number> {
    if (this.closed) return Promise.reject(new Error('compression pool is closed'));
    return new Promise<number>((resolve, reject) => {
      this.queue.push({ chunk, dictionary, resolve, reject, ...(buffer ? { buffer } : {}) });
      this.dispatch();
    });
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('compression pool is closed'));
    await Promise.all(this.all.splice(0).map((w) => w.terminate()));
    this.idle.length = 0;
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? this.spawn();
      if (!worker) return;
      const job = this.queue.shift()!;
      const id = this.nextId++;
      this.pending.set(id, job);
      const slot = worker as Slot;
      slot.jobId = id;
      slot.shared.set(job.dictionary, 0);
      slot.shared.set(job.chunk, job.dictionary.length);
      if (job.buffer && this.spare.length < this.concurrency) this.spare.push(job.buffer);
      worker.postMessage({ id, dictionaryLength: job.dictionary.length, chunkLength: job.chunk.length });
    }
  }

  private spawn(): Slot | undefined {
    if (this.all.length >= this.concurrency) return undefined;
    // a small heap: a worker holds one 1 MiB chunk and about 0.5 MB of tables at a time
    const shared = new SharedArrayBuffer(WINDOW + CHUNK);
    const worker = Object.assign(
      new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: shared,
        resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 32 },
      }),
      { shared: new Uint8Array(shared) },
    ) as Slot;
    worker.unref();
    worker.on('message', (message: { id: number; bits?: number; error?: string }) => {
      const job = this.pending.get(message.id);
      this.pending.delete(message.id);
      this.idle.push(worker);
      if (job) {
        if (message.error !== undefined) job.reject(new Error(`gzip size worker: ${message.error}`));
        else job.resolve(message.bits!);
      }
      this.dispatch();
    });
    worker.on('error', (error) => {
      // a worker that dies fails its own job; the others carry on
      const id = worker.jobId;
      const job = id === undefined ? undefined : this.pending.get(id);
      if (id !== undefined) this.pending.delete(id);
      this.all.splice(this.all.indexOf(worker), 1);
      const idle = this.idle.indexOf(worker);
      if (idle >= 0) this.idle.splice(idle, 1);
      job?.reject(error);
      this.dispatch();
    });
    this.all.push(worker);
    return worker;
  }
}

/** Counts the size Go's gzip would give the bytes written to it. */
export class GzipSizer {
  private buffer: Buffer | undefined;
  private filled = 0;
  private dictionary: Uint8Array = new Uint8Array(0);
  private readonly jobs: Promise<number>[] = [];
  private failure: unknown;

  constructor(private readonly pool: CompressionPool) {}

  /** Resolves once the data is copied and, when a chunk filled up, a pool slot took it (backpressure). */
  async write(data: Uint8Array): Promise<void> {
    let offset = 0;
    while (offset < data.length) {
      const n = Math.min(CHUNK - this.filled, data.length - offset);
      this.buffer ??= this.pool.chunkBuffer();
      this.buffer.set(data.subarray(offset, offset + n), this.filled);
      this.filled += n;
      offset += n;
      if (this.filled === CHUNK) await this.flush();
    }
  }

  /** The gzip size of everything written. */
  async end(): Promise<number> {
    if (this.filled > 0) await this.flush();
    const parts = await Promise.all(this.jobs);
    if (this.failure !== undefined) throw this.failure;
    return gzipBytes(parts.reduce((a, b) => a + b, 0));
  }

  private async flush(): Promise<void> {
    const buffer = this.buffer!;
    this.buffer = undefined;
    const chunk = buffer.subarray(0, this.filled);
    const dictionary = this.dictionary;
    // a copy: the chunk's buffer is reused once a worker has it
    this.dictionary = Uint8Array.prototype.slice.call(chunk, Math.max(0, chunk.length - WINDOW));
    this.filled = 0;
    await this.pool.acquire();
    const job = this.pool.bits(chunk, dictionary, buffer).catch((error: unknown) => {
      this.failure ??= error;
      return 0;
    });
    this.jobs.push(job.finally(() => this.pool.release()));
  }
}
