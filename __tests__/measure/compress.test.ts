import { describe, expect, it } from '@jest/globals';
import { gzipSync } from 'node:zlib';
import { CompressionPool, ENGINE_GZIP_LEVEL, GzipSizer } from '../../src/measure/compress.js';
import { bytes } from './support.js';

async function sizer(data: Buffer, pieces = 7): Promise<number> {
  const g = new GzipSizer(new CompressionPool(3));
  const step = Math.ceil(data.length / pieces) || 1;
  for (let o = 0; o < data.length; o += step) await g.write(data.subarray(o, o + step));
  return g.end();
}

describe('GzipSizer', () => {
  it('an empty stream is exactly the size of gzip of nothing', async () => {
    expect(await sizer(Buffer.alloc(0))).toBe(gzipSync(Buffer.alloc(0), { level: ENGINE_GZIP_LEVEL }).length);
  });

  it('below one chunk it is exactly one-stream gzip', async () => {
    const text = Buffer.from('hello layers '.repeat(20000));
    expect(await sizer(text)).toBe(gzipSync(text, { level: ENGINE_GZIP_LEVEL }).length);
  });

  it('over many chunks it differs from one-stream gzip by a few bytes per 1 MiB chunk, compressible or not', async () => {
    const text = Buffer.from(
      Array.from({ length: 120000 }, (_, i) => `line ${i} of a log file, value=${(i * 7919) % 1000}\n`).join(
        '',
      ),
    );
    const random = bytes(5 * 1024 * 1024 + 123);
    for (const data of [text, random, Buffer.concat([random, text])]) {
      const single = gzipSync(data, { level: ENGINE_GZIP_LEVEL }).length;
      const parallel = await sizer(data, 13);
      const chunks = Math.ceil(data.length / (1 << 20));
      expect(Math.abs(parallel - single)).toBeLessThanOrEqual(32 * chunks);
    }
  });
});
