// Real images built on busybox by both builders of this machine, measured through the Docker adapter.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDocker } from '../../src/docker/cli.js';
import { parseDockerfile } from '../../src/dockerfile/parse.js';
import { measureImage, measureImageStream } from '../../src/measure/measure.js';
import type { ImageMeasurement } from '../../src/model.js';
import {
  containerdStore,
  DOCKER_BUILDKIT_CLIENT,
  DOCKER_CLASSIC_CLIENT,
  removeImages,
  requireDocker,
  testTag,
} from '../support/docker.js';
import { bytes } from './support.js';

const DOCKERFILE = `FROM busybox:1.35
RUN head -c 10000 /dev/urandom > /deleted.bin
RUN rm /deleted.bin
RUN head -c 5000 /dev/urandom > /over.bin
RUN head -c 3000 /dev/urandom > /over.bin
RUN mkdir /d && head -c 4000 /dev/urandom > /d/a && \\
    head -c 6000 /dev/urandom > /d/b
RUN rm -rf /d
RUN mkdir /p && head -c 7000 /dev/urandom > /p/x
RUN rm -rf /p && mkdir /p && head -c 100 /dev/urandom > /p/y
RUN head -c 2000 /dev/urandom > /c.bin
RUN chmod 600 /c.bin
WORKDIR /w
COPY data.bin ./
ENV A=1
RUN ["/bin/sh", "-c", "echo x > /w/e"]
`;

// per layer after the two busybox layers: [regular-file bytes, hidden bytes, Dockerfile line]
const EXPECTED: [number, number, number][] = [
  [10000, 10000, 2], // written, then deleted
  [0, 0, 3],
  [5000, 5000, 4], // overwritten
  [3000, 0, 5],
  [10000, 10000, 6], // directory removed with rm -rf (dive: no waste)
  [0, 0, 8],
  [7000, 7000, 9], // directory emptied by an opaque marker
  [100, 0, 10],
  [2000, 2000, 11], // chmod-only change copies the file up
  [2000, 0, 12],
  [0, 0, 13], // WORKDIR creates /w
  [1234, 0, 14],
  [2, 0, 16],
];

// dive counts a whiteout of an earlier file as waste, an opaque directory marker not. overlay2 writes
// `rm -rf /p && mkdir /p` (line 9) as an opaque /p; the containerd image store's differ as `p/.wh.x`, so the 7000
// bytes of /p/x count there too: the layers themselves differ between the stores.
const WASTED = containerdStore() ? 29000 : 22000;

function engineMajor(): number {
  const v = execFileSync(DOCKER_BUILDKIT_CLIENT, ['version', '--format', '{{.Server.Version}}'], {
    encoding: 'utf8',
  });
  return Number(/^(\d+)/.exec(v.trim())?.[1] ?? 0);
}

const builds = [
  { builder: 'classic', client: DOCKER_CLASSIC_CLIENT, env: { DOCKER_BUILDKIT: '0' } },
  { builder: 'BuildKit', client: DOCKER_BUILDKIT_CLIENT, env: { DOCKER_BUILDKIT: '1' } },
];

const context = mkdtempSync(join(tmpdir(), 'ib-measure-'));
const tags = builds.map(() => testTag('measure'));
const measured = new Map<string, ImageMeasurement>();
const dockerfile = parseDockerfile(DOCKERFILE);
const docker = createDocker({ client: DOCKER_BUILDKIT_CLIENT });

beforeAll(async () => {
  requireDocker();
  writeFileSync(join(context, 'Dockerfile'), DOCKERFILE);
  writeFileSync(join(context, 'data.bin'), bytes(1234));
  for (const [i, b] of builds.entries()) {
    execFileSync(b.client, ['build', '-q', '--network', 'none', '-t', tags[i]!, context], {
      env: { ...process.env, ...b.env },
      stdio: 'pipe',
    });
    measured.set(b.builder, await measureImage(docker, tags[i]!, { dockerfile, baseImage: 'busybox:1.35' }));
  }
}, 300000);

afterAll(() => {
  removeImages(...tags);
  rmSync(context, { recursive: true, force: true });
});

describe.each(builds.map((b) => b.builder))('an image built by the %s builder', (builder) => {
  const m = (): ImageMeasurement => measured.get(builder)!;

  it('has the exact hidden bytes of each layer', () => {
    const own = m().layers.slice(2);
    expect(own.map((l) => l.hiddenBytes)).toEqual(EXPECTED.map((e) => e[1]));
    expect(own.map((l) => l.largestFiles.reduce((a, f) => a + f.sizeBytes, 0))).toEqual(
      EXPECTED.map((e) => e[0]),
    );
    expect(m().hiddenBytes).toBe(34000);
    expect(
      m()
        .layers.slice(0, 2)
        .map((l) => l.hiddenBytes),
    ).toEqual([0, 0]);
  });

  it('has dive numbers as dive computes them', () => {
    // deleted.bin 10000 + over.bin 5000+3000 + c.bin 2000+2000; rm -rf and the opaque directory count nothing
    expect(m().dive.wastedBytes).toBe(WASTED);
    expect(m().dive.userSizeBytes).toBe(m().sizeBytes - m().layers[0]!.sizeBytes);
    expect(m().dive.userWastedPercent).toBe(WASTED / m().dive.userSizeBytes);
  });

  it('maps every layer to its instruction and line', () => {
    expect(m().layers.map((l) => l.line)).toEqual([undefined, undefined, ...EXPECTED.map((e) => e[2])]);
    expect(
      m()
        .layers.slice(2)
        .map((l) => l.instruction),
    ).toEqual([...Array(10).fill('RUN'), 'WORKDIR', 'COPY', 'RUN']);
  });

  it('knows the base image part', () => {
    expect(m().layers.map((l) => l.fromBase)).toEqual([true, true, ...EXPECTED.map(() => false)]);
    expect(m().baseSizeBytes).toBe(m().layers[0]!.sizeBytes + m().layers[1]!.sizeBytes);
  });

  it('counts deletions: a whiteout, a whiteout of a directory, an opaque marker', () => {
    expect(m().layers[3]!.deletedFiles).toBe(1);
    expect(m().layers[7]!.deletedFiles).toBe(1);
    expect(m().layers[9]!.deletedFiles).toBe(1);
    expect(m().layerCount).toBe(15);
    expect(m().totalLayerCount).toBe(15);
  });
});

describe('the OCI layout, for real', () => {
  it('an archive written by skopeo measures like the legacy `docker save`', async () => {
    const archive = join(context, 'oci.tar');
    // Debian 12's skopeo cannot read an engine 25+ (its docker-daemon transport gets "reference does not
    // exist"); those engines' `docker save` writes the OCI layout itself
    const viaSkopeo = engineMajor() < 25;
    if (!viaSkopeo)
      execFileSync(DOCKER_BUILDKIT_CLIENT, ['save', '-o', archive, tags[1]!], { stdio: 'pipe' });
    else
      execFileSync('skopeo', ['copy', '--quiet', `docker-daemon:${tags[1]!}`, `oci-archive:${archive}`], {
        stdio: 'pipe',
      });
    const oci = await measureImageStream(createReadStream(archive), { image: archive, dockerfile });
    const legacy = measured.get('BuildKit')!;
    const strip = (x: ImageMeasurement) => ({
      sizeBytes: x.sizeBytes,
      hiddenBytes: x.hiddenBytes,
      dive: x.dive,
      layers: x.layers.map((l) => [
        l.diffId,
        l.createdBy,
        l.line,
        l.sizeBytes,
        l.hiddenBytes,
        l.files,
        l.deletedFiles,
      ]),
      config: x.config,
    });
    expect(strip(oci)).toEqual(strip(legacy));
    // what follows is about skopeo's archive; an engine's own OCI `docker save` is the archive measured above
    if (!viaSkopeo) return;
    // skopeo stores the layers gzip-compressed (with Go's compressor): the pull size is then the blobs' own size
    const read = (name: string): unknown =>
      JSON.parse(execFileSync('tar', ['-xOf', archive, name], { encoding: 'utf8' }));
    const index = read('index.json') as { manifests: { digest: string }[] };
    const manifest = read(`blobs/sha256/${index.manifests[0]!.digest.slice('sha256:'.length)}`) as {
      layers: { size: number; mediaType: string }[];
    };
    expect(manifest.layers.every((l) => l.mediaType.endsWith('gzip'))).toBe(true);
    expect(oci.layers.map((l) => l.compressedBytes)).toEqual(manifest.layers.map((l) => l.size));
  }, 120000);
});
