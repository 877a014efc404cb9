import { afterAll, describe, expect, it } from '@jest/globals';
import { deflateRawSync } from 'node:zlib';
import { CompressionPool, chunkBits, gzipBytes, GzipSizer } from '../../src/measure/compress.js';
import { codeLengths, GoGzipSize } from '../../src/measure/go-deflate.js';
import { bytes } from './support.js';

const pool = new CompressionPool(3);
afterAll(() => pool.close());

async function pooled(data: Buffer, pieces = 7): Promise<number> {
  const g = new GzipSizer(pool);
  const step = Math.ceil(data.length / pieces) || 1;
  for (let o = 0; o < data.length; o += step) await g.write(data.subarray(o, o + step));
  return g.end();
}

function oneStream(data: Uint8Array): number {
  const sizer = new GoGzipSize();
  sizer.write(data);
  return sizer.end();
}

const logText = Buffer.from(
  Array.from({ length: 120000 }, (_, i) => `line ${i} of a log file, value=${(i * 7919) % 1000}\n`).join(''),
);

describe("Go's gzip size model", () => {
  it("an empty stream is Go's 23 bytes: header, one empty final stored block, trailer", () => {
    expect(oneStream(new Uint8Array(0))).toBe(23);
  });

  it('random bytes become stored blocks of 16,384 bytes, 5 bytes of framing each', () => {
    const random = bytes(100 * 16384);
    expect(oneStream(random)).toBe(random.length + 100 * 5 + 5 + 18);
  });

  it('a run of one byte costs a few bytes per 258-byte match', () => {
    const zeros = new Uint8Array(1 << 20);
    const size = oneStream(zeros);
    expect(size).toBeGreaterThan(1000);
    expect(size).toBeLessThan(1500);
  });

  it('lands within 2% of zlib at the same level on text (the encoders differ in details, not in kind)', () => {
    const size = oneStream(logText);
    const zlib = deflateRawSync(logText, { level: 6 }).length + 18;
    expect(Math.abs(size - zlib) / zlib).toBeLessThan(0.02);
  });
});

describe('parts that hardly repeat (the survey path)', () => {
  /** The full model on a part, whatever the survey would say. */
  function fullModel(part: Uint8Array, dictionary: Uint8Array): number {
    const sizer = new GoGzipSize();
    sizer.reset();
    if (dictionary.length > 0) sizer.prime(dictionary);
    sizer.write(part);
    return sizer.partBits();
  }

  it('counts a 1 MiB part of random bytes to the bit the full model gives, with and without a dictionary', () => {
    const data = bytes(2 * (1 << 20) + 32768);
    const sizer = new GoGzipSize();
    for (const [part, dictionary] of [
      [data.subarray(0, 1 << 20), data.subarray(0, 0)],
      [data.subarray(32768, 32768 + (1 << 20)), data.subarray(0, 32768)],
    ] as const) {
      const bits = sizer.literalBits(part, dictionary);
      expect(bits).toBeGreaterThan(0);
      expect(bits).toBe(fullModel(part, dictionary));
      expect(sizer.countPart(part, dictionary)).toBe(bits);
    }
  });

  it('gives up on text, which the full model then counts', () => {
    const part = logText.subarray(0, 1 << 20);
    const sizer = new GoGzipSize();
    expect(sizer.literalBits(part, new Uint8Array(0))).toBe(-1);
    expect(sizer.countPart(part, new Uint8Array(0))).toBe(fullModel(part, new Uint8Array(0)));
  });
});

describe('chunked counting on worker threads', () => {
  it('an empty stream is 23 bytes', async () => {
    expect(await pooled(Buffer.alloc(0))).toBe(23);
  });

  it('below one chunk it equals the one-stream count exactly', async () => {
    const text = Buffer.from('hello layers '.repeat(20000));
    expect(await pooled(text)).toBe(oneStream(text));
  });

  it('over many chunks it differs from one stream by a few bytes per 1 MiB chunk, compressible or not', async () => {
    const random = bytes(3 * 1024 * 1024 + 123);
    for (const data of [logText, random, Buffer.concat([random, logText])]) {
      const single = oneStream(data);
      const parallel = await pooled(data, 13);
      const chunks = Math.ceil(data.length / (1 << 20));
      expect(Math.abs(parallel - single)).toBeLessThanOrEqual(64 * chunks);
    }
  });

  it('the worker threads count what the calling thread counts', async () => {
    const chunk = logText.subarray(0, 1 << 20);
    const dictionary = logText.subarray(1 << 20, (1 << 20) + 32768);
    expect(await pool.bits(chunk, dictionary)).toBe(chunkBits(chunk, dictionary));
  });

  it('gzipBytes closes the stream as Go does: 3 bits, byte alignment, 4 bytes, then the 18 bytes of framing', () => {
    expect(gzipBytes(0)).toBe(23);
    expect(gzipBytes(5)).toBe(23);
    expect(gzipBytes(6)).toBe(24);
  });
});

describe('codeLengths', () => {
  function cost(freq: number[], lengths: Uint8Array): number {
    return freq.reduce((a, f, i) => a + f * lengths[i]!, 0);
  }
  function kraft(lengths: Uint8Array): number {
    return Array.from(lengths).reduce((a, l) => (l > 0 ? a + 2 ** -l : a), 0);
  }
  /** The cheapest lengths by exhaustive search over non-increasing lengths for non-decreasing frequencies. */
  function bruteForce(freq: number[], maxBits: number): number {
    const sorted = freq.filter((f) => f > 0).sort((a, b) => b - a);
    let best = Infinity;
    const walk = (i: number, min: number, used: number, total: number): void => {
      if (used > 1 + 1e-12) return;
      if (i === sorted.length) {
        best = Math.min(best, total);
        return;
      }
      for (let l = min; l <= maxBits; l++) walk(i + 1, l, used + 2 ** -l, total + sorted[i]! * l);
    };
    walk(0, 1, 0, 0);
    return best;
  }

  it('gives one or two used symbols one bit each and unused symbols none', () => {
    const out = new Uint8Array(4);
    codeLengths([0, 5, 0, 9], 15, out);
    expect(Array.from(out)).toEqual([0, 1, 0, 1]);
  });

  it('is a complete prefix code within the limit and as cheap as the best code, skewed or flat', () => {
    const cases: [number[], number][] = [
      [[1, 1, 2, 3, 5, 8, 13, 21, 34], 4],
      [[1, 1, 2, 3, 5, 8, 13, 21, 34], 15],
      [[10, 10, 10, 10, 10, 10, 10], 3],
      [[1, 2, 4, 8, 16, 32, 64, 128], 5],
      [[7, 0, 3, 0, 1, 1, 9, 40], 3],
    ];
    for (const [freq, maxBits] of cases) {
      const out = new Uint8Array(freq.length);
      codeLengths(freq, maxBits, out);
      expect(Math.max(...out)).toBeLessThanOrEqual(maxBits);
      expect(kraft(out)).toBeCloseTo(1, 12);
      expect(cost(freq, out)).toBe(bruteForce(freq, maxBits));
    }
  });
});
