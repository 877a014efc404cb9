// What the compressed numbers are on the engine the suite runs on, checked against the engine's own stored blobs
// and a push to a loopback registry (Debian's docker-registry, scripts/registry.ts). On the containerd image store
// (the 26-containerd lane: DOCKER_HOST and PATH from its env file) every layer's compressed size is its stored
// blob's size, exactly, and the totals are the pushed manifest's; on a graph-driver store (20.10, 26-overlay2)
// the layers are kept unpacked and the compressed size is the engine-gzip model, within 0.1% of the push.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDocker } from '../../src/docker/cli.js';
import { DirectoryStore } from '../../src/measure/layer-store.js';
import { measureImage, usesContainerdStore } from '../../src/measure/measure.js';
import type { ImageMeasurement } from '../../src/model.js';
import { startRegistry, type LocalRegistry } from '../../scripts/registry.js';
import { requireDocker, testTag } from '../support/docker.js';

/** The client on PATH: on an engine lane that is the lane's client, talking to DOCKER_HOST. */
const CLIENT = process.env['DOCKER'] ?? 'docker';
const docker = createDocker({ client: CLIENT });
const run = (...args: string[]) => execFileSync(CLIENT, args, { encoding: 'utf8', stdio: 'pipe' });

const DOCKERFILE = `FROM busybox:1.35
RUN head -c 400000 /dev/urandom > /random.bin
RUN head -c 100000 /dev/urandom > /more.bin && yes text | head -c 200000 > /text.txt
`;

interface Descriptor {
  mediaType?: string;
  digest: string;
  size: number;
  platform?: { os?: string };
}

const work = mkdtempSync(join(tmpdir(), 'ib-store-kind-'));
const local = testTag('store-kind');
let registry: LocalRegistry | undefined;
let remote = '';
let containerd = false;
let measured: ImageMeasurement;
let warm: ImageMeasurement;
let stored: Descriptor[] = [];
let pushed: Descriptor[] = [];

/** The layer descriptors of a single-platform image manifest, following an index to its linux image. */
function layersOf(read: (digest: string) => unknown, top: unknown): Descriptor[] {
  let doc = top as { manifests?: Descriptor[]; layers?: Descriptor[] };
  for (let depth = 0; doc.manifests && depth < 4; depth++) {
    const image = doc.manifests.find((m) => m.platform?.os !== 'unknown')!;
    doc = read(image.digest) as typeof doc;
  }
  return doc.layers ?? [];
}

beforeAll(async () => {
  requireDocker();
  writeFileSync(join(work, 'Dockerfile'), DOCKERFILE);
  containerd = await usesContainerdStore(docker);
  registry = await startRegistry(work);
  remote = `${registry.host}/${local.replace(/:latest$/, '')}:latest`;
  run('build', '-q', '-t', local, '-t', remote, work);

  // the stored blobs, as `docker save` carries them
  const saved = join(work, 'saved');
  execFileSync('mkdir', ['-p', saved]);
  execFileSync('sh', ['-c', `"$0" save "$1" | tar -x -C "$2"`, CLIENT, local, saved]);
  const readBlob = (digest: string) =>
    JSON.parse(readFileSync(join(saved, 'blobs', ...digest.split(':')), 'utf8')) as unknown;
  stored = containerd ? layersOf(readBlob, JSON.parse(readFileSync(join(saved, 'index.json'), 'utf8'))) : [];

  run('push', remote);
  const base = `http://${registry.host}/v2/${local.replace(/:latest$/, '')}`;
  const accept = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.docker.distribution.manifest.v2+json',
  ].join(', ');
  const get = async (ref: string) =>
    (await (await fetch(`${base}/manifests/${ref}`, { headers: { Accept: accept } })).json()) as unknown;
  const top = await get('latest');
  const docs = new Map<string, unknown>();
  let doc = top as { manifests?: Descriptor[] };
  for (let depth = 0; doc.manifests && depth < 4; depth++) {
    const image = doc.manifests.find((m) => m.platform?.os !== 'unknown')!;
    docs.set(image.digest, await get(image.digest));
    doc = docs.get(image.digest) as typeof doc;
  }
  pushed = layersOf((d) => docs.get(d), top);

  const store = new DirectoryStore(join(work, 'store'));
  measured = await measureImage(docker, local, { store });
  warm = await measureImage(docker, local, { store });
}, 300000);

afterAll(() => {
  registry?.stop();
  try {
    run('image', 'rm', '-f', local, remote);
  } catch {
    // already gone
  }
  rmSync(work, { recursive: true, force: true });
});

describe('compressed sizes and the image store they come from', () => {
  it('says what its compressed numbers are, the same from the store', () => {
    expect(measured.compressedSizeSource).toBe(containerd ? 'stored-blobs' : 'engine-gzip-model');
    expect(JSON.stringify(warm)).toBe(JSON.stringify(measured));
  });

  it('on the containerd store: each layer is its stored blob, to the byte; on unpacked stores: no blobs', () => {
    if (containerd) {
      expect(stored).toHaveLength(measured.layers.length);
      expect(measured.layers.map((l) => l.compressedBytes)).toEqual(stored.map((d) => d.size));
    } else {
      expect(stored).toEqual([]);
    }
  });

  it('the totals are what the push put in the registry (exactly on containerd, within 0.1% on the model)', () => {
    const total = pushed.reduce((a, d) => a + d.size, 0);
    expect(pushed).toHaveLength(measured.layers.length);
    if (containerd) {
      expect(measured.compressedBytes).toBe(total);
      expect(measured.layers.map((l) => l.compressedBytes)).toEqual(pushed.map((d) => d.size));
    } else {
      expect(Math.abs(measured.compressedBytes - total) / total).toBeLessThan(0.001);
    }
  });
});
