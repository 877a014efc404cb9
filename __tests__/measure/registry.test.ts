// The computed pull size against a real registry: Debian's docker-registry on 127.0.0.1 (scripts/registry.ts),
// the image pushed by the engine itself, the layer sizes read from the manifest.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDocker } from '../../src/docker/cli.js';
import { measureImage } from '../../src/measure/measure.js';
import type { ImageMeasurement } from '../../src/model.js';
import { startRegistry, type LocalRegistry } from '../../scripts/registry.js';
import { DOCKER_BUILDKIT_CLIENT, removeImages, requireDocker, testTag } from '../support/docker.js';

const DOCKERFILE = `FROM busybox:1.35
RUN head -c 300000 /dev/urandom > /random.bin
RUN seq 1 60000 > /numbers.txt && cp /bin/busybox /busybox.copy
RUN echo small > /small.txt
`;

const work = mkdtempSync(join(tmpdir(), 'ib-registry-'));
let registry: LocalRegistry | undefined;
let local = '';
let remote = '';
let measured: ImageMeasurement;
let manifestSizes: number[] = [];

beforeAll(async () => {
  requireDocker();
  registry = await startRegistry(work);
  local = testTag('registry');
  const name = local.replace(/:latest$/, '');
  remote = `${registry.host}/${name}:latest`;
  writeFileSync(join(work, 'Dockerfile'), DOCKERFILE);
  execFileSync(
    DOCKER_BUILDKIT_CLIENT,
    ['build', '-q', '--network', 'none', '-t', local, '-t', remote, work],
    {
      env: { ...process.env, DOCKER_BUILDKIT: '1' },
      stdio: 'pipe',
    },
  );
  execFileSync(DOCKER_BUILDKIT_CLIENT, ['push', remote], { stdio: 'pipe' });
  manifestSizes = await registry.layerSizes(name);
  measured = await measureImage(createDocker({ client: DOCKER_BUILDKIT_CLIENT }), local);
}, 300000);

afterAll(() => {
  registry?.stop();
  removeImages(local, remote);
  rmSync(work, { recursive: true, force: true });
});

describe('compressed size against a real registry', () => {
  it('has one computed size per pushed layer', () => {
    expect(measured.layers).toHaveLength(manifestSizes.length);
  });

  it('is within 0.1% of the pushed size for the whole image', () => {
    const pushed = manifestSizes.reduce((a, b) => a + b, 0);
    expect(Math.abs(measured.compressedBytes - pushed) / pushed).toBeLessThan(0.001);
  });

  // A layer up to 1 MiB is counted as one stream and comes out exact; a bigger one is counted in 1 MiB parts
  // on worker threads, which costs a few bytes per part (scripts/calibrate-gzip.ts shows both on 577 MB).
  it("is within 0.1% (or 16 bytes) of the pushed size for every layer: the model replays Go's encoder", () => {
    measured.layers.forEach((layer, i) => {
      const pushed = manifestSizes[i]!;
      const off = Math.abs(layer.compressedBytes - pushed);
      expect({ layer: i, close: off <= Math.max(16, pushed * 0.001) }).toEqual({ layer: i, close: true });
    });
  });

  it('is exact to the byte for every layer counted as one stream (under 1 MiB)', () => {
    const small = measured.layers.filter((l) => l.sizeBytes < 900_000);
    expect(small.length).toBeGreaterThanOrEqual(3);
    for (const layer of small) {
      expect({ layer: layer.index, bytes: layer.compressedBytes }).toEqual({
        layer: layer.index,
        bytes: manifestSizes[layer.index],
      });
    }
  });
});
