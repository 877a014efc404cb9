// Test support: real tar archives made with tar-stream's packer (small, in memory), and one-liners for entries.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { pack as tarPack, type Header } from 'tar-stream';
import type { LayerEntry } from '../../src/measure/entries.js';

export interface TarItem {
  name: string;
  type?: Header['type'];
  data?: Buffer | string;
  linkname?: string;
}

export async function makeTar(items: TarItem[]): Promise<Buffer> {
  const pack = tarPack();
  const chunks: Buffer[] = [];
  pack.on('data', (c: unknown) => void chunks.push(c as Buffer));
  const done = new Promise<void>((resolve, reject) => {
    pack.on('end', () => resolve());
    pack.on('error', reject);
  });
  for (const item of items) {
    const type = item.type ?? 'file';
    // a file entry without a buffer would wait for a stream of its content: give it an empty one
    const data =
      item.data !== undefined ? Buffer.from(item.data) : type === 'file' ? Buffer.alloc(0) : undefined;
    const header: Partial<Header> & { name: string } = { name: item.name, type, mode: 0o644 };
    if (item.linkname !== undefined) header.linkname = item.linkname;
    if (data) header.size = data.length;
    if (data) pack.entry(header, data);
    else pack.entry(header);
  }
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

export const gzip = (b: Buffer): Buffer => gzipSync(b);
/** The zstd command line tool (Debian's zstd package) as the reference compressor. */
export const zstd = (b: Buffer): Buffer =>
  execFileSync('zstd', ['-q', '-c', '-'], { input: b, maxBuffer: 1 << 28 });

export const file = (path: string, size: number): LayerEntry => ({ path, kind: 'file', size });
export const dir = (path: string): LayerEntry => ({ path, kind: 'dir', size: 0 });
export const whiteout = (path: string): LayerEntry => ({ path, kind: 'whiteout', size: 0 });
export const opaque = (path: string): LayerEntry => ({ path, kind: 'opaque', size: 0 });
export const hardlink = (path: string, target: string): LayerEntry => ({
  path,
  kind: 'hardlink',
  size: 0,
  linkTarget: target,
});

/** Incompressible bytes: gzip has to work for real. */
export function bytes(n: number): Buffer {
  return randomBytes(n);
}
