// compare() over measurements of real images built by the Docker Engine: new bytes to pull, the noise floor
// and the layers that grew, with their Dockerfile lines.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compare } from '../../src/compare/compare.js';
import { createDocker } from '../../src/docker/cli.js';
import { parseDockerfile } from '../../src/dockerfile/parse.js';
import { measureImageStream } from '../../src/measure/measure.js';
import type { ImageMeasurement } from '../../src/model.js';
import { LANE, laneBuilders, removeImages, requireDocker, testTag } from '../support/docker.js';

const BASE = `FROM busybox:1.35
RUN head -c 200000 /dev/urandom > /data.bin
CMD ["sh"]
`;
// Built FROM the base image so its random layer is shared. Only metadata differs from the base.
const relabelled = (base: string): string => `FROM ${base}
LABEL stage=relabelled
CMD ["sh", "-c", "true"]
`;
// One more layer than the base.
const grown = (base: string): string => `FROM ${base}
LABEL stage=grown
RUN head -c 300000 /dev/urandom > /more.bin
`;

describe.each(laneBuilders().map((b) => [b.label, b.env] as const))(
  `compare on real images (lane ${LANE}) built with %s`,
  (_builder, env) => {
    const docker = createDocker({ env });
    const tags: string[] = [];
    let dir: string;
    const measured: Record<string, ImageMeasurement> = {};

    async function buildAndMeasure(name: string, text: string, from?: string): Promise<ImageMeasurement> {
      const file = join(dir, `${name}.Dockerfile`);
      // The relabelled and grown images start from the base image itself, so the random layer is shared.
      writeFileSync(
        file,
        from === undefined ? text : text.replace(/^FROM busybox:1\.35\nRUN [^\n]+\n/, `FROM ${from}\n`),
      );
      const tag = testTag(`compare-${name}`);
      tags.push(tag);
      const result = await docker.build({ dockerfile: file, context: dir, tag, network: 'none' });
      if (!result.ok)
        throw new Error(`${name} did not build: ${result.message}\n${result.output.join('\n')}`);
      return measureImageStream(docker.save(tag), { image: tag, dockerfile: parseDockerfile(text, file) });
    }

    beforeAll(async () => {
      requireDocker();
      dir = mkdtempSync(join(tmpdir(), 'ib-compare-'));
      measured.base = await buildAndMeasure('base', BASE);
      measured.relabelled = await buildAndMeasure('relabelled', relabelled(tags[0]!));
      measured.grown = await buildAndMeasure('grown', grown(tags[0]!));
    });

    afterAll(() => {
      removeImages(...tags);
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('counts no bytes to pull when only metadata changed', () => {
      const result = compare(measured.base!, measured.relabelled!, { minChange: 1000 });
      expect(result.pullBytes).toBe(0);
      expect(result.pullLayers).toBe(0);
      expect(result.uncompressed.changed).toBe(false);
      expect(result.grownLayers).toEqual([]);
    });

    it('counts the compressed size of the new layer, and names its Dockerfile line', () => {
      const head = measured.grown!;
      const result = compare(measured.base!, head, { minChange: 1000 });
      const added = head.layers[head.layers.length - 1]!;
      expect(result.pullLayers).toBe(1);
      expect(result.pullBytes).toBe(added.compressedBytes);
      // random bytes do not compress: the pull costs about the file size
      expect(result.pullBytes).toBeGreaterThan(300_000);
      expect(result.uncompressed.delta).toBe(added.sizeBytes);
      expect(result.grownLayers).toHaveLength(1);
      expect(result.grownLayers[0]).toMatchObject({
        kind: 'added',
        line: 3,
        baseBytes: 0,
        headBytes: added.sizeBytes,
      });
      expect(added.sizeBytes).toBeGreaterThanOrEqual(300_000);
    });
  },
);
