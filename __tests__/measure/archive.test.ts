import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { measureImageStream } from '../../src/measure/measure.js';
import { MeasureError } from '../../src/measure/errors.js';
import { gzip, makeTar, zstd, type TarItem } from './support.js';
import { SHARED } from '../support/shared.js';

const sha = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');
/** Feeds the archive in small pieces, as a pipe would. */
const stream = (b: Buffer): Readable =>
  Readable.from(
    (function* () {
      for (let o = 0; o < b.length; o += 4096) yield b.subarray(o, o + 4096);
    })(),
  );

const layerItems: TarItem[][] = [
  [
    { name: 'bin/', type: 'directory' },
    { name: 'bin/tool', data: 'x'.repeat(3000) },
    { name: 'bin/link', type: 'symlink', linkname: 'tool' },
  ],
  [
    { name: 'bin/', type: 'directory' },
    { name: 'bin/.wh.tool' },
    { name: 'data/', type: 'directory' },
    { name: 'data/a.txt', data: 'hello world\n'.repeat(100) },
  ],
];

const config = (diffIds: string[]) => ({
  config: { Cmd: ['sh'], Env: ['PATH=/bin'] },
  rootfs: { type: 'layers', diff_ids: diffIds },
  history: [{ created_by: '/bin/sh -c #(nop) ADD file:1 in / ' }, { created_by: '/bin/sh -c rm /bin/tool' }],
});

async function legacyArchive(): Promise<Buffer> {
  const layers = await Promise.all(layerItems.map(makeTar));
  const diffIds = layers.map((l) => `sha256:${sha(l)}`);
  const cfg = JSON.stringify(config(diffIds));
  const cfgName = `${sha(cfg)}.json`;
  // layers first, manifest last: the order engine 20.10 writes
  return makeTar([
    ...layers.flatMap((l, i) => [
      { name: `${i}abc/`, type: 'directory' as const },
      { name: `${i}abc/VERSION`, data: '1.0' },
      { name: `${i}abc/layer.tar`, data: l },
    ]),
    { name: cfgName, data: cfg },
    {
      name: 'manifest.json',
      data: JSON.stringify([
        { Config: cfgName, RepoTags: ['t:1'], Layers: ['0abc/layer.tar', '1abc/layer.tar'] },
      ]),
    },
  ]);
}

async function ociArchive(compress: (b: Buffer) => Buffer, nested = false): Promise<Buffer> {
  const layers = await Promise.all(layerItems.map(makeTar));
  const blobs = layers.map(compress);
  const cfg = JSON.stringify(config(layers.map((l) => `sha256:${sha(l)}`)));
  const manifest = JSON.stringify({
    schemaVersion: 2,
    config: { digest: `sha256:${sha(cfg)}`, size: cfg.length },
    layers: blobs.map((b) => ({ digest: `sha256:${sha(b)}`, size: b.length })),
  });
  const inner = JSON.stringify({ manifests: [{ digest: `sha256:${sha(manifest)}` }] });
  const index = nested
    ? JSON.stringify({
        manifests: [
          { digest: `sha256:${sha(inner)}`, platform: { os: 'linux', architecture: 'amd64' } },
          { digest: 'sha256:0000', platform: { os: 'unknown', architecture: 'unknown' } },
        ],
      })
    : inner;
  return makeTar([
    { name: 'oci-layout', data: '{"imageLayoutVersion":"1.0.0"}' },
    ...blobs.map((b) => ({ name: `blobs/sha256/${sha(b)}`, data: b })),
    { name: `blobs/sha256/${sha(cfg)}`, data: cfg },
    { name: `blobs/sha256/${sha(manifest)}`, data: manifest },
    ...(nested ? [{ name: `blobs/sha256/${sha(inner)}`, data: inner }] : []),
    { name: 'index.json', data: index },
  ]);
}

const summary = (m: Awaited<ReturnType<typeof measureImageStream>>) => ({
  sizeBytes: m.sizeBytes,
  hiddenBytes: m.hiddenBytes,
  layers: m.layers.map((l) => [l.sizeBytes, l.hiddenBytes, l.files, l.deletedFiles, l.createdBy]),
  dive: m.dive,
});

describe('measureImageStream on archives', () => {
  it('reads the legacy layout with the manifest at the end', async () => {
    const m = await measureImageStream(stream(await legacyArchive()), { image: 't:1' });
    expect(summary(m)).toEqual({
      sizeBytes: 4200,
      hiddenBytes: 3000,
      layers: [
        [3000, 3000, 2, 0, '/bin/sh -c #(nop) ADD file:1 in / '],
        [1200, 0, 1, 1, '/bin/sh -c rm /bin/tool'],
      ],
      dive: { efficiency: 1200 / 4200, wastedBytes: 3000, userSizeBytes: 1200, userWastedPercent: 2.5 },
    });
    expect(m.config.Cmd).toEqual(['sh']);
    expect(m.layers[0]!.diffId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(m.layerCount).toBe(2);
  });

  it('reads OCI layouts with plain, gzip and zstd layers to the same numbers', async () => {
    const legacy = summary(await measureImageStream(stream(await legacyArchive()), { image: 'a' }));
    for (const compress of [(b: Buffer) => b, gzip, zstd]) {
      const m = await measureImageStream(stream(await ociArchive(compress)), { image: 'a' });
      expect(summary(m)).toEqual(legacy);
    }
  });

  it('counts a plain layer blob named by its digest once per shared pullSizes map', async () => {
    const layers = await Promise.all(layerItems.map(makeTar));
    const archive = await ociArchive((b) => b);
    const pullSizes = new Map<string, number>();
    const first = await measureImageStream(stream(archive), { image: 'a', pullSizes });
    expect([...pullSizes.keys()]).toEqual(layers.map((l) => `sha256:${sha(l)}`));
    expect([...pullSizes.values()]).toEqual(first.layers.map((l) => l.compressedBytes));
    // a size in the map is taken as it is: proof that the blob was not counted again
    pullSizes.set(`sha256:${sha(layers[0]!)}`, 12345);
    const second = await measureImageStream(stream(archive), { image: 'a', pullSizes });
    expect(second.layers.map((l) => l.compressedBytes)).toEqual([12345, first.layers[1]!.compressedBytes]);
    expect(summary(second)).toEqual(summary(first));
    // legacy archives name layers by engine-local ids, not digests: always counted
    const legacyMap = new Map<string, number>();
    await measureImageStream(stream(await legacyArchive()), { image: 'a', pullSizes: legacyMap });
    expect(legacyMap.size).toBe(0);
  });

  it('uses the stored size of a compressed blob as its pull size', async () => {
    const layers = await Promise.all(layerItems.map(makeTar));
    const m = await measureImageStream(stream(await ociArchive(zstd)), { image: 'a' });
    expect(m.layers.map((l) => l.compressedBytes)).toEqual(layers.map((l) => zstd(l).length));
  });

  it('reads the layout of engine 25+ (index.json and a manifest.json pointing into blobs/)', async () => {
    const layers = await Promise.all(layerItems.map(makeTar));
    const cfg = JSON.stringify(config(layers.map((l) => `sha256:${sha(l)}`)));
    const archive = await makeTar([
      { name: 'blobs/', type: 'directory' },
      { name: 'blobs/sha256/', type: 'directory' },
      ...layers.map((l) => ({ name: `blobs/sha256/${sha(l)}`, data: l })),
      { name: `blobs/sha256/${sha(cfg)}`, data: cfg },
      { name: 'index.json', data: JSON.stringify({ manifests: [{ digest: 'sha256:unused' }] }) },
      {
        name: 'manifest.json',
        data: JSON.stringify([
          {
            Config: `blobs/sha256/${sha(cfg)}`,
            RepoTags: ['t:1'],
            Layers: layers.map((l) => `blobs/sha256/${sha(l)}`),
          },
        ]),
      },
      { name: 'oci-layout', data: '{"imageLayoutVersion":"1.0.0"}' },
    ]);
    const legacy = summary(await measureImageStream(stream(await legacyArchive()), { image: 'a' }));
    expect(summary(await measureImageStream(stream(archive), { image: 'a' }))).toEqual(legacy);
  });

  it('follows a nested index and skips attestation manifests', async () => {
    const m = await measureImageStream(stream(await ociArchive(gzip, true)), { image: 'a' });
    expect(m.sizeBytes).toBe(4200);
  });

  it('reads a zero-byte layer blob as an empty layer', async () => {
    const cfg = JSON.stringify({
      rootfs: { diff_ids: ['sha256:e'] },
      history: [{ created_by: 'RUN /bin/sh -c true # buildkit' }],
    });
    const archive = await makeTar([
      { name: 'e/layer.tar', data: '' },
      { name: 'c.json', data: cfg },
      { name: 'manifest.json', data: JSON.stringify([{ Config: 'c.json', Layers: ['e/layer.tar'] }]) },
    ]);
    const m = await measureImageStream(stream(archive), { image: 'e' });
    expect([m.sizeBytes, m.layerCount, m.totalLayerCount, m.layers[0]!.createdBy]).toEqual([
      0,
      0,
      1,
      'RUN /bin/sh -c true # buildkit',
    ]);
  });

  it('refuses a multi-platform index, saying to measure one platform', async () => {
    const index = JSON.stringify({
      manifests: [
        { digest: 'sha256:aa', platform: { os: 'linux', architecture: 'amd64' } },
        { digest: 'sha256:bb', platform: { os: 'linux', architecture: 'arm64' } },
      ],
    });
    const archive = await makeTar([{ name: 'index.json', data: index }]);
    await expect(measureImageStream(stream(archive), { image: 'multi' })).rejects.toThrow(
      /multi: the OCI index lists 2 images \(linux\/amd64, linux\/arm64\).*measure one platform at a time/,
    );
  });

  it('refuses a tar that is not an image, naming the fix', async () => {
    const notImage = await makeTar([{ name: 'README', data: 'hi' }]);
    await expect(measureImageStream(stream(notImage), { image: 'x.tar' })).rejects.toThrow(MeasureError);
    await expect(measureImageStream(stream(notImage), { image: 'x.tar' })).rejects.toThrow(
      /x\.tar: neither manifest\.json nor index\.json found.*fix: pass the output of `docker save/,
    );
  });

  it('refuses garbage and a truncated archive with a clear error', async () => {
    await expect(
      measureImageStream(stream(Buffer.from('not a tar at all'.repeat(100))), { image: 'g' }),
    ).rejects.toThrow(/g: cannot read the image archive/);
    const full = await legacyArchive();
    await expect(measureImageStream(stream(full.subarray(0, 3000)), { image: 'cut' })).rejects.toThrow(
      /^cut: /,
    );
  });
});

describe('dive conformance fixture', () => {
  it('matches expected.json: dive numbers, hidden bytes, per-layer bytes', async () => {
    const dir = `${SHARED}/conformance/dive`;
    const expected = JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8')) as Record<string, unknown>;
    const m = await measureImageStream(Readable.from(readFileSync(`${dir}/test-docker-image.tar`)), {
      image: 'dive',
    });
    expect({
      archive: 'test-docker-image.tar',
      layout: 'docker save, legacy (manifest.json + <id>/layer.tar)',
      layers: m.totalLayerCount,
      dive: {
        efficiency: m.dive.efficiency,
        sizeBytes: m.sizeBytes,
        userSizeBytes: m.dive.userSizeBytes,
        wastedBytes: m.dive.wastedBytes,
        userWastedPercent: m.dive.userWastedPercent,
      },
      hiddenBytes: m.hiddenBytes,
      finalVisibleBytes: m.layers.reduce((a, l) => a + l.sizeBytes - l.hiddenBytes, 0),
      perLayerAddedBytes: m.layers.map((l) => l.sizeBytes),
      perLayerHiddenBytes: m.layers.map((l) => l.hiddenBytes),
    }).toEqual(expected);
  });
});
