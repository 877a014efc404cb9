// How close is zlib to the engine's own gzip? The engine pushes layers compressed by Go's compress/gzip at its
// default level; the analyser estimates that size with Node's zlib. This script pushes a set of varied layers
// (Go and C binaries, a Debian rootfs, apt packages, JavaScript sources, text, random bytes) to Debian's
// docker-registry on 127.0.0.1, reads the pushed sizes from the manifests, and prints, for every zlib setting
// tried, how far each layer's zlib size is from the pushed one. docs/measure.md quotes its output.
//
//   npx tsx scripts/calibrate-gzip.ts            (needs scripts/docker-up.sh first; takes a few minutes)
//
// The layers and pushed sizes are kept in .tmp/calibrate/ and reused by later runs; `--fresh` pushes again.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { chunkBits, gzipBytes } from '../src/measure/compress.js';
import { GoGzipSize } from '../src/measure/go-deflate.js';
import { startRegistry, type LocalRegistry } from './registry.js';

const CLIENT = '/usr/bin/docker';
const work = mkdtempSync(join(tmpdir(), 'ib-calibrate-'));

interface Sample {
  image: string;
  layer: string;
  bytes: Buffer;
  pushed: number;
}

const IMAGES: Record<string, string> = {
  busybox:
    'FROM busybox:1.35\nRUN seq 1 200000 > /numbers.txt\nRUN head -c 3000000 /dev/urandom > /random.bin\n',
  debian:
    'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends python3 && rm -rf /var/lib/apt/lists/*\n',
  files: 'FROM busybox:1.35\nCOPY ts /ts\nCOPY docker /bin/docker\nCOPY node /bin/node\nCOPY docs /docs\n',
};

function docker(args: string[]): string {
  return execFileSync(CLIENT, args, {
    env: { ...process.env, DOCKER_BUILDKIT: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 26,
  }).toString();
}

async function collect(registry: LocalRegistry): Promise<Sample[]> {
  const samples: Sample[] = [];
  const context = join(work, 'context');
  mkdirSync(context);
  cpSync('node_modules/typescript/lib', join(context, 'ts'), { recursive: true });
  copyFileSync('/usr/local/bin/docker', join(context, 'docker'));
  copyFileSync(process.execPath, join(context, 'node'));
  cpSync('/usr/share/doc', join(context, 'docs'), { recursive: true, dereference: true });
  for (const [name, dockerfile] of Object.entries(IMAGES)) {
    const tag = `${registry.host}/calibrate-${name}:latest`;
    writeFileSync(join(context, 'Dockerfile'), dockerfile);
    process.stderr.write(`building and pushing ${name}…\n`);
    docker(['build', '-q', '-t', tag, context]);
    docker(['push', tag]);
    const pushedSizes = await registry.layerSizes(`calibrate-${name}`);
    const dir = join(work, name);
    mkdirSync(dir);
    execFileSync('sh', ['-c', `"${CLIENT}" save "$1" | tar -x -C "$2"`, 'sh', tag, dir]);
    const saved = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as [{ Layers: string[] }];
    const layers = saved[0].Layers;
    if (layers.length !== pushedSizes.length) throw new Error(`${name}: layer count differs`);
    layers.forEach((path, i) =>
      samples.push({
        image: name,
        layer: `#${i}`,
        bytes: readFileSync(join(dir, path)),
        pushed: pushedSizes[i]!,
      }),
    );
    docker(['image', 'rm', tag]);
  }
  return samples;
}

interface Setting {
  name: string;
  size: (bytes: Buffer) => number;
}

const SETTINGS: Setting[] = [1, 6, 9].map((level) => ({
  name: `zlib level ${level}`,
  size: (bytes) => deflateRawSync(bytes, { level }).length + 18,
}));
SETTINGS.push({
  name: 'Go level 6 model',
  size: (bytes) => {
    const sizer = new GoGzipSize();
    sizer.write(bytes);
    return sizer.end();
  },
});
SETTINGS.push({
  name: 'Go model, 1 MiB parts',
  size: (bytes) => {
    // what the analyser does: 1 MiB parts counted apart, each primed with the 32 KiB before it
    let bits = 0;
    for (let offset = 0; offset < bytes.length; offset += 1 << 20) {
      const dictionary = bytes.subarray(Math.max(0, offset - 32768), offset);
      bits += chunkBits(bytes.subarray(offset, offset + (1 << 20)), dictionary);
    }
    return gzipBytes(bits);
  },
});

const CACHE = '.tmp/calibrate';

async function samples(): Promise<Sample[]> {
  const index = join(CACHE, 'samples.json');
  if (!process.argv.includes('--fresh') && existsSync(index)) {
    const saved = JSON.parse(readFileSync(index, 'utf8')) as Omit<Sample, 'bytes'>[];
    return saved.map((s) => ({ ...s, bytes: readFileSync(join(CACHE, `${s.image}${s.layer}.tar`)) }));
  }
  const fresh = (await pushAll()).filter((s) => s.pushed > 10000);
  rmSync(CACHE, { recursive: true, force: true });
  mkdirSync(CACHE, { recursive: true });
  for (const s of fresh) writeFileSync(join(CACHE, `${s.image}${s.layer}.tar`), s.bytes);
  writeFileSync(index, JSON.stringify(fresh.map(({ bytes: _, ...rest }) => rest)));
  return fresh;
}

async function pushAll(): Promise<Sample[]> {
  const registry = await startRegistry(work);
  try {
    return await collect(registry);
  } finally {
    registry.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const all = await samples();
  {
    console.log('layer                 bytes      pushed');
    for (const s of all) {
      console.log(
        `${`${s.image} ${s.layer}`.padEnd(16)} ${String(s.bytes.length).padStart(11)} ${String(s.pushed).padStart(11)}`,
      );
    }
    console.log(
      '\nsetting              worst     mean |error|   per layer (zlib − pushed) / pushed, %     seconds',
    );
    for (const setting of SETTINGS) {
      const start = performance.now();
      const errors = all.map((s) => (setting.size(s.bytes) - s.pushed) / s.pushed);
      const seconds = (performance.now() - start) / 1000;
      const worst = Math.max(...errors.map(Math.abs));
      const mean = errors.reduce((a, e) => a + Math.abs(e), 0) / errors.length;
      console.log(
        `${setting.name.padEnd(22)} ${(worst * 100).toFixed(2).padStart(5)}%  ${(mean * 100).toFixed(2).padStart(6)}%     ${errors
          .map((e) => (e * 100).toFixed(3).padStart(7))
          .join(' ')}   ${seconds.toFixed(1)}`,
      );
      if (worst < 0.001) {
        const off = all.map((s, i) => Math.round(errors[i]! * s.pushed));
        console.log(`${''.padEnd(22)} bytes off per layer: ${off.join(' ')}`);
      }
    }
  }
}

await main();
