// The layer store: entries that round-trip, entries that do not verify (corrupt, foreign, another format) and
// pruning; then real images on the real engine measured with an empty, a warm and a corrupted store, whose
// measurements must be identical to the byte to the one without a store.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createDocker } from '../../src/docker/cli.js';
import type { Docker } from '../../src/docker/types.js';
import { parseDockerfile } from '../../src/dockerfile/parse.js';
import type { LayerContent } from '../../src/measure/layer-reader.js';
import { DirectoryStore, defaultStoreDir, layerKey } from '../../src/measure/layer-store.js';
import { chainIds, legacyLayerIndex } from '../../src/measure/legacy-ids.js';
import {
  ImageMeasurer,
  measureImage,
  measureImageStream,
  type MeasureTrace,
} from '../../src/measure/measure.js';
import { DOCKER_BUILDKIT_CLIENT, removeImages, requireDocker, testTag } from '../support/docker.js';

const dirs: string[] = [];
const temp = (prefix: string): string => {
  const d = mkdtempSync(join(tmpdir(), `ib-store-${prefix}-`));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const LAYER: LayerContent = {
  entries: [
    { path: 'etc', kind: 'dir', size: 0 },
    { path: 'etc/a', kind: 'file', size: 10 },
    { path: 'etc/b', kind: 'hardlink', size: 0, linkTarget: 'etc/a' },
    { path: 'old', kind: 'whiteout', size: 0 },
  ],
  sizeBytes: 10,
  compression: 'none',
  blobBytes: 3072,
  compressedBytes: 140,
};
const KEY = layerKey(`sha256:${'a'.repeat(64)}`, 'engine-gzip-model');

describe('DirectoryStore', () => {
  it('round-trips a layer and an image config', async () => {
    const store = new DirectoryStore(temp('rt'));
    expect(await store.getLayer(KEY)).toBeUndefined();
    await store.putLayer(KEY, LAYER);
    await store.putConfig('sha256:img', { config: { rootfs: { diff_ids: ['x'] } }, layerKeys: [KEY] });
    expect(await store.getLayer(KEY)).toEqual(LAYER);
    expect(await store.getConfig('sha256:img')).toEqual({
      config: { rootfs: { diff_ids: ['x'] } },
      layerKeys: [KEY],
    });
    expect(store.stats).toMatchObject({ layerHits: 1, layerMisses: 1, invalid: 0, written: 2 });
  });

  it('keys by how the compressed size was obtained: a model entry is not a blob entry', async () => {
    const store = new DirectoryStore(temp('kinds'));
    const digest = `sha256:${'b'.repeat(64)}`;
    await store.putLayer(layerKey(digest, 'engine-gzip-model'), LAYER);
    expect(await store.getLayer(layerKey(digest, 'blob'))).toBeUndefined();
  });

  it('rejects and deletes a corrupt, a foreign and a truncated entry', async () => {
    const dir = temp('bad');
    const reasons: string[] = [];
    const store = new DirectoryStore(dir, { onInvalid: (_k, r) => reasons.push(r) });
    await store.putLayer(KEY, LAYER);
    const path = store.path('layer', KEY);

    // one changed digit in the body, gzip still valid: the checksum catches it
    const text = gunzipSync(readFileSync(path)).toString('utf8');
    writeFileSync(path, gzipSync(text.replace('"compressedBytes":140', '"compressedBytes":141')));
    expect(await store.getLayer(KEY)).toBeUndefined();
    expect(readdirSync(dir)).toEqual([]);

    // a valid entry for another key copied under this key's name
    const other = layerKey(`sha256:${'c'.repeat(64)}`, 'engine-gzip-model');
    await store.putLayer(other, LAYER);
    copyFileSync(store.path('layer', other), path);
    expect(await store.getLayer(KEY)).toBeUndefined();

    // cut short
    await store.putLayer(KEY, LAYER);
    const whole = readFileSync(path);
    writeFileSync(path, whole.subarray(0, whole.length - 8));
    expect(await store.getLayer(KEY)).toBeUndefined();

    expect(reasons).toEqual(['checksum mismatch', 'written for another key or format', 'not gzip']);
    expect(store.stats.invalid).toBe(3);
    // and it is written again afterwards like any missing entry
    await store.putLayer(KEY, LAYER);
    expect(await store.getLayer(KEY)).toEqual(LAYER);
  });

  it('prunes the least recently used entries down to its cap', async () => {
    const dir = temp('prune');
    const store = new DirectoryStore(dir, { maxBytes: 1 << 30 });
    const keys = [1, 2, 3, 4].map((n) => layerKey(`sha256:${String(n).repeat(64)}`, 'engine-gzip-model'));
    for (const k of keys) await store.putLayer(k, LAYER);
    // recency: key 1 oldest, … key 4 newest; then key 1 is read, which makes it the newest
    keys.forEach((k, i) => utimesSync(store.path('layer', k), 1000 + i, 1000 + i));
    expect(await store.getLayer(keys[0]!)).toEqual(LAYER);
    const size = readFileSync(store.path('layer', keys[0]!)).length;
    const small = new DirectoryStore(dir, { maxBytes: size * 2 + 1 });
    await small.prune();
    expect(await small.getLayer(keys[1]!)).toBeUndefined();
    expect(await small.getLayer(keys[2]!)).toBeUndefined();
    expect(await small.getLayer(keys[3]!)).toEqual(LAYER);
    expect(await small.getLayer(keys[0]!)).toEqual(LAYER);
  });

  it('lives in $IMAGE_BUDGET_CACHE_DIR, else the XDG cache, else ~/.cache', () => {
    expect(defaultStoreDir({ IMAGE_BUDGET_CACHE_DIR: '/x/y' })).toBe('/x/y');
    expect(defaultStoreDir({ XDG_CACHE_HOME: '/c' })).toBe('/c/image-budget');
    // a relative XDG_CACHE_HOME is invalid by the spec and ignored
    expect(defaultStoreDir({ XDG_CACHE_HOME: 'rel', HOME: '/h' })).toMatch(/\/\.cache\/image-budget$/);
  });
});

describe('legacy layer directories', () => {
  it('finds the layer a v1 json describes, and nothing in a json that is not one', () => {
    const diffIds = [`sha256:${'1'.repeat(64)}`, `sha256:${'2'.repeat(64)}`];
    const chain = chainIds(diffIds);
    expect(chain[0]).toBe(diffIds[0]);
    expect(chain[1]).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(legacyLayerIndex('{"id":"00"}', chain)).toBeUndefined();
    expect(legacyLayerIndex('not json', chain)).toBeUndefined();
    expect(legacyLayerIndex('', chain)).toBeUndefined();
  });
});

const DOCKERFILE = `FROM busybox:1.35
RUN head -c 300000 /dev/urandom > /big.bin && mkdir /d && head -c 5000 /dev/urandom > /d/x
RUN rm /big.bin && ln -s /d/x /link && head -c 200000 /dev/zero > /zeros
COPY data.bin /data.bin
RUN rm -rf /d
`;
const CHILD = (parent: string) => `FROM ${parent}
RUN head -c 70000 /dev/urandom > /child.bin
`;

/** The Docker adapter, counting the saves it streams. */
function countingDocker(): Docker & { saves: string[] } {
  const docker = createDocker({ client: DOCKER_BUILDKIT_CLIENT });
  const saves: string[] = [];
  return Object.assign(Object.create(docker) as Docker, {
    saves,
    save(image: string): Readable {
      saves.push(image);
      return docker.save(image);
    },
  });
}

describe('measuring real images through the store', () => {
  const parent = testTag('store-parent');
  const child = testTag('store-child');
  const context = temp('ctx');
  beforeAll(() => {
    requireDocker();
    writeFileSync(join(context, 'Dockerfile'), DOCKERFILE);
    writeFileSync(join(context, 'Child.Dockerfile'), CHILD(parent));
    writeFileSync(join(context, 'data.bin'), Buffer.alloc(4321, 7));
    const env = { ...process.env, DOCKER_BUILDKIT: '1' };
    execFileSync(DOCKER_BUILDKIT_CLIENT, ['build', '-q', '--network', 'none', '-t', parent, context], {
      env,
    });
    execFileSync(
      DOCKER_BUILDKIT_CLIENT,
      ['build', '-q', '--network', 'none', '-t', child, '-f', join(context, 'Child.Dockerfile'), context],
      { env },
    );
  });
  afterAll(() => removeImages(parent, child));

  const options = { dockerfile: parseDockerfile(DOCKERFILE), baseImage: 'busybox:1.35' };

  it('an empty, a warm and a corrupted store give the measurement without a store, to the byte', async () => {
    const docker = countingDocker();
    const plain = JSON.stringify(await measureImage(docker, parent, options));
    const store = new DirectoryStore(temp('real'));
    const traces: MeasureTrace[] = [];
    const measure = () => measureImage(docker, parent, { ...options, store }, (t) => traces.push(t));

    expect(JSON.stringify(await measure())).toBe(plain);
    docker.saves.length = 0;
    // warm: assembled from the store, no docker save at all
    expect(JSON.stringify(await measure())).toBe(plain);
    expect(docker.saves).toEqual([]);

    // one layer's entry corrupted on purpose: detected, that layer alone read again
    const diffIds = JSON.parse(
      execFileSync(
        DOCKER_BUILDKIT_CLIENT,
        ['image', 'inspect', '--format', '{{json .RootFS.Layers}}', parent],
        {
          encoding: 'utf8',
        },
      ),
    ) as string[];
    // the entry is keyed by how its compressed size was obtained: the gzip model of a plain layer (by diff ID),
    // or the size of a compressed blob as the engine stores it (containerd image store; by blob digest)
    const savedLayers = (
      JSON.parse(
        execFileSync('sh', ['-c', `"$0" save "$1" | tar -xO manifest.json`, DOCKER_BUILDKIT_CLIENT, parent], {
          encoding: 'utf8',
        }),
      ) as { Layers: string[] }[]
    )[0]!.Layers;
    const blobDigest = `sha256:${savedLayers[2]!.split('/').pop()!}`;
    const victim = [layerKey(diffIds[2]!, 'engine-gzip-model'), layerKey(blobDigest, 'blob')]
      .map((key) => store.path('layer', key))
      .find((path) => existsSync(path));
    if (victim === undefined) throw new Error(`no store entry for ${diffIds[2]}`);
    const body = readFileSync(victim);
    body[body.length - 12] ^= 0xff;
    writeFileSync(victim, body);
    expect(JSON.stringify(await measure())).toBe(plain);
    expect(docker.saves).toEqual([parent]);
    expect(store.stats.invalid).toBe(1);
    expect(traces.map((t) => [t.saved, t.layersFromStore, t.layersRead])).toEqual([
      [true, 0, diffIds.length],
      [false, diffIds.length, 0],
      [true, diffIds.length - 1, 1],
    ]);
  });

  it('an image sharing layers with a measured one reads only its own layer', async () => {
    const docker = countingDocker();
    const plain = JSON.stringify(await measureImage(docker, child, options));
    const store = new DirectoryStore(temp('child'));
    await measureImage(docker, parent, { ...options, store });
    let trace: MeasureTrace | undefined;
    const measured = await measureImage(docker, child, { ...options, store }, (t) => (trace = t));
    expect(JSON.stringify(measured)).toBe(plain);
    expect(trace).toMatchObject({
      saved: true,
      savedWith: 1,
      layersFromStore: measured.layers.length - 1,
      layersRead: 1,
    });
  });

  it('images measured at the same time share one docker save, each measured as on its own', async () => {
    const docker = countingDocker();
    const streams: string[][] = [];
    const stream = docker.stream.bind(docker);
    docker.stream = (args: string[]) => {
      streams.push(args);
      return stream(args);
    };
    const alone = await Promise.all(
      [parent, child].map(async (i) => JSON.stringify(await measureImage(docker, i, options))),
    );
    docker.saves.length = 0;
    streams.length = 0;
    const store = new DirectoryStore(temp('batch'));
    const traces: MeasureTrace[] = [];
    const measurer = new ImageMeasurer(docker, { trace: (t) => traces.push(t) });
    // a build is running: the save waits for its image, which joins it
    const building = measurer.hold();
    const first = measurer.measure(parent, { ...options, store });
    await new Promise((r) => setTimeout(r, 300));
    const second = measurer.measure(child, { ...options, store });
    building();
    const together = await Promise.all([first, second]);
    expect(together.map((m) => JSON.stringify(m))).toEqual(alone);
    expect(docker.saves).toEqual([]);
    expect(streams).toEqual([['save', parent, child]]);
    expect(traces.map((t) => [t.image, t.savedWith])).toEqual([
      [parent, 2],
      [child, 2],
    ]);
  });

  it('a process that measured while a build was held exits when its work is done, not after the hold', () => {
    // a wait for late images left pending kept the CLI alive for the rest of the hold (20 s after each check)
    const dir = temp('exit');
    const script = join(dir, 'measure-once.mts');
    const src = join(process.cwd(), 'src');
    writeFileSync(
      script,
      [
        `import { createDocker } from ${JSON.stringify(join(src, 'docker/cli.ts'))};`,
        `import { parseDockerfile } from ${JSON.stringify(join(src, 'dockerfile/parse.ts'))};`,
        `import { ImageMeasurer } from ${JSON.stringify(join(src, 'measure/measure.ts'))};`,
        `const measurer = new ImageMeasurer(createDocker({ client: ${JSON.stringify(DOCKER_BUILDKIT_CLIENT)} }), { holdSeconds: 3600 });`,
        'const building = measurer.hold();',
        `const measured = measurer.measure(${JSON.stringify(parent)}, { dockerfile: parseDockerfile(${JSON.stringify(DOCKERFILE)}), baseImage: 'busybox:1.35' });`,
        // the measure has queued its save by then: it waits for the held build, which arms the hour-long wait
        'await new Promise((r) => setTimeout(r, 3000));',
        'building();',
        'console.log((await measured).layers.length);',
      ].join('\n'),
    );
    // were a timer of the hour-long hold left, the child would be killed here and the test would fail
    const out = execFileSync(join(process.cwd(), 'node_modules/.bin/tsx'), [script], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(Number(out.trim())).toBeGreaterThan(2);
  });

  it('an image that cannot be saved fails alone: the others of its batch are still measured', async () => {
    const docker = countingDocker();
    const measurer = new ImageMeasurer(docker);
    const building = measurer.hold();
    const good = measurer.measure(parent, options);
    const missing = measurer.measure('ib-test-store-no-such-image:latest', options);
    missing.catch(() => undefined);
    building();
    expect((await good).layers.length).toBeGreaterThan(2);
    await expect(missing).rejects.toThrow(/ib-test-store-no-such-image/);
  });

  it('OCI archives (skopeo, gzip blobs and plain blobs): blobs the store knows are skipped, numbers equal', async () => {
    const dir = temp('oci');
    const gz = join(dir, 'gz.tar');
    const plainTar = join(dir, 'plain.tar');
    // skopeo reads the image from a `docker save` archive: its own daemon client speaks an API (1.22) that
    // engine 26 refuses, and it does not read DOCKER_HOST
    const saved = join(dir, 'saved.tar');
    execFileSync(DOCKER_BUILDKIT_CLIENT, ['save', '-o', saved, parent]);
    execFileSync('skopeo', ['copy', '-q', `docker-archive:${saved}:${parent}`, `oci-archive:${gz}`]);
    execFileSync('skopeo', [
      'copy',
      '-q',
      '--dest-decompress',
      `docker-archive:${saved}:${parent}`,
      `oci-archive:${plainTar}`,
    ]);
    const { createReadStream } = await import('node:fs');
    for (const archive of [gz, plainTar]) {
      const none = JSON.stringify(await measureImageStream(createReadStream(archive), { image: 'x' }));
      const store = new DirectoryStore(temp('oci-store'));
      const first = JSON.stringify(
        await measureImageStream(createReadStream(archive), { image: 'x', store }),
      );
      const writes = store.stats.written;
      const second = JSON.stringify(
        await measureImageStream(createReadStream(archive), { image: 'x', store }),
      );
      expect(first).toBe(none);
      expect(second).toBe(none);
      expect(writes).toBeGreaterThanOrEqual(5);
      expect(store.stats.layerHits).toBeGreaterThanOrEqual(5);
    }
  });
});
