// `image-budget measure` through its deps: a real archive file, a real engine for the IMAGE form.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDocker } from '../../src/docker/cli.js';
import { nodeMeasureDeps, runMeasure, type MeasureCommandDeps } from '../../src/cli/measure.js';
import { DOCKER_BUILDKIT_CLIENT, removeImages, requireDocker, testTag } from '../support/docker.js';
import { SHARED } from '../support/shared.js';

const DIVE = `${SHARED}/conformance/dive`;

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const deps: MeasureCommandDeps = {
    ...nodeMeasureDeps,
    docker: () => createDocker({ client: DOCKER_BUILDKIT_CLIENT }),
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
  };
  const code = await runMeasure(argv, deps);
  return { code, out, err };
}

describe('image-budget measure --archive', () => {
  it('prints the JSON of issue 3, equal to the dive conformance expectations', async () => {
    const { code, out } = await run(['--archive', `${DIVE}/test-docker-image.tar`, '--format', 'json']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      sizeBytes: number;
      compressedBytes: number;
      layerCount: number;
      hiddenBytes: number;
      efficiency: number;
      dive: { efficiency: number; wastedBytes: number; userWastedPercent: number; userSizeBytes: number };
      layers: {
        index: number;
        createdBy: string;
        sizeBytes: number;
        compressedBytes: number;
        hiddenBytes: number;
        files: number;
      }[];
    };
    const expected = JSON.parse(readFileSync(`${DIVE}/expected.json`, 'utf8')) as {
      dive: Record<string, number>;
      hiddenBytes: number;
      perLayerAddedBytes: number[];
      perLayerHiddenBytes: number[];
      layers: number;
    };
    expect({
      efficiency: json.dive.efficiency,
      sizeBytes: json.sizeBytes,
      userSizeBytes: json.dive.userSizeBytes,
      wastedBytes: json.dive.wastedBytes,
      userWastedPercent: json.dive.userWastedPercent,
    }).toEqual(expected.dive);
    expect(json.hiddenBytes).toBe(expected.hiddenBytes);
    expect(json.layers.map((l) => l.sizeBytes)).toEqual(expected.perLayerAddedBytes);
    expect(json.layers.map((l) => l.hiddenBytes)).toEqual(expected.perLayerHiddenBytes);
    expect(json.layers.map((l) => l.index)).toEqual([...Array(expected.layers).keys()]);
    expect(json.layers[2]!.createdBy).toBe('/bin/sh -c mkdir -p /root/example/really/nested');
    expect(json.efficiency).toBe(1 - expected.hiddenBytes / expected.dive['sizeBytes']!);
    expect(json.compressedBytes).toBe(json.layers.reduce((a, l) => a + l.compressedBytes, 0));
    expect(json.layerCount).toBe(14);
  });

  it('prints a table with human sizes and bars by default', async () => {
    const { code, out } = await run(['--archive', `${DIVE}/test-docker-image.tar`]);
    expect(code).toBe(0);
    expect(out).toContain('size 1.22 MB uncompressed');
    expect(out).toContain('hidden 32 kB');
    expect(out).toContain('dive: efficiency 98.4%, wasted 32 kB, user wasted 48.3%');
    expect(out).toMatch(/\n {2}0 +1\.15 MB +\d+ kB +- +398 +- +█{24} +ADD file:/);
    expect(out).toMatch(/\n {2}3 +6\.41 kB +2\.\d+ kB +6\.41 kB +1 +- +RUN cp \/somefile\.txt/);
  });

  it('names the file and the fix for a missing or wrong archive', async () => {
    const missing = await run(['--archive', '/nonexistent/x.tar']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^image-budget measure: .*\/nonexistent\/x\.tar/);
    expect(missing.err).not.toMatch(/\n\s+at /);
    const dir = mkdtempSync(join(tmpdir(), 'ib-cli-'));
    writeFileSync(join(dir, 'not.tar'), 'hello');
    const wrong = await run(['--archive', join(dir, 'not.tar')]);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('not.tar');
    expect(wrong.err).toContain('fix:');
    rmSync(dir, { recursive: true, force: true });
  });

  it('rejects bad usage', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['a', 'b'])).err).toContain('give one IMAGE');
    expect((await run(['img', '--format', 'xml'])).err).toContain('unknown format "xml"');
    expect((await run(['img', '--largest=-1'])).err).toContain('--largest needs a whole number');
    expect((await run(['--help'])).code).toBe(0);
  });
});

describe('image-budget measure IMAGE', () => {
  const tag = testTag('cli-measure');
  const dir = mkdtempSync(join(tmpdir(), 'ib-cli-'));
  const dockerfile = 'FROM busybox:1.35\nRUN head -c 4096 /dev/urandom > /r.bin\nRUN rm /r.bin\n';

  beforeAll(() => {
    requireDocker();
    writeFileSync(join(dir, 'Dockerfile'), dockerfile);
    execFileSync(DOCKER_BUILDKIT_CLIENT, ['build', '-q', '--network', 'none', '-t', tag, dir], {
      env: { ...process.env, DOCKER_BUILDKIT: '1' },
      stdio: 'pipe',
    });
  }, 120000);

  afterAll(() => {
    removeImages(tag);
    rmSync(dir, { recursive: true, force: true });
  });

  it('measures a local image with its Dockerfile and base', async () => {
    const { code, out } = await run([
      tag,
      '--format',
      'json',
      '--dockerfile',
      join(dir, 'Dockerfile'),
      '--base',
      'busybox:1.35',
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      hiddenBytes: number;
      baseSizeBytes: number;
      layers: { line?: number; fromBase?: boolean }[];
    };
    expect(json.hiddenBytes).toBe(4096);
    expect(json.layers.map((l) => l.line)).toEqual([undefined, undefined, 2, 3]);
    expect(json.layers.map((l) => l.fromBase)).toEqual([true, true, false, false]);
  });

  it('says what to do when the image does not exist', async () => {
    const { code, err } = await run(['ib-test-no-such-image:nope']);
    expect(code).toBe(2);
    expect(err).toContain('ib-test-no-such-image:nope');
    expect(err).toContain('fix: check that the image exists locally');
  });
});
