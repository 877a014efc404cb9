// The engines users have, for real: no Docker at all (GitHub's ubuntu-slim), a daemon that is not there, build
// warnings from buildx reaching the report, and a build on a second engine reached only through a Docker context.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, execFileSync } from 'node:child_process';
import { createReadStream, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildImage } from '../../src/docker/build.js';
import { createDocker } from '../../src/docker/cli.js';
import { parseDockerfile } from '../../src/dockerfile/parse.js';
import { measureImage, measureImageStream } from '../../src/measure/measure.js';
import { ensureDist } from '../support/dist.js';
import {
  DOCKER,
  LANE,
  laneBuilders,
  laneHost,
  otherEngineHost,
  requireDocker,
  testTag,
} from '../support/docker.js';

let cli: string;
let dir: string;
const DOCKERFILE =
  'FROM busybox:1.35\nRUN head -c 300000 /dev/urandom > /data.bin \\\n\n  && echo ok\nCOPY x.txt /x.txt\n';

beforeAll(() => {
  requireDocker();
  cli = ensureDist();
  dir = mkdtempSync(join(tmpdir(), 'ib-engines-'));
  writeFileSync(join(dir, 'Dockerfile'), DOCKERFILE);
  writeFileSync(join(dir, 'x.txt'), 'x\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(
  args: string[],
  env: Record<string, string | undefined>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, 'check', '--base-ref', 'none', '--optimize', 'false', ...args],
      { cwd: dir, env: { ...process.env, ...env } as NodeJS.ProcessEnv, maxBuffer: 32 << 20 },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

function imagesOn(host: string): string[] {
  return execFileSync(DOCKER, ['--host', host, 'images', '--format', '{{.Repository}}:{{.Tag}}'], {
    encoding: 'utf8',
  })
    .split('\n')
    .filter(Boolean);
}

describe(`engines (lane ${LANE})`, () => {
  it('without Docker (ubuntu-slim) check says so once, with the fix, and exits 2', async () => {
    // PATH with node only: no docker client anywhere
    const bin = join(dir, 'bin-node-only');
    mkdirSync(bin);
    symlinkSync(process.execPath, join(bin, 'node'));
    const r = await check([], { PATH: bin });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Docker is not installed here');
    expect(r.stderr).toContain('ubuntu-latest');
    expect(r.stderr.match(/error:/g)).toHaveLength(1);
  });

  it('with no daemon answering, check names the address and exits 2', async () => {
    const r = await check([], {
      DOCKER_HOST: 'unix:///nonexistent/ib-docker.sock',
      DOCKER_CONTEXT: undefined,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no Docker Engine answers at unix:///nonexistent/ib-docker.sock');
    expect(r.stderr.match(/error:/g)).toHaveLength(1);
  });

  it("the build's own warnings reach the report", async () => {
    const r = await check(['--format', 'json'], {});
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { findings: { rule: string; line: number; message: string }[] };
    const warned = report.findings.filter((f) => f.message.includes('build warned'));
    if (laneBuilders()[0]!.kind === 'buildx') {
      // BuildKit's frontend: "Empty continuation line found in: RUN head …" on the RUN's line
      expect(warned).toHaveLength(1);
      expect(warned[0]).toMatchObject({
        rule: 'BuildKit',
        message: expect.stringContaining('Empty continuation'),
      });
      // BuildKit points into the RUN that spans lines 2–4
      expect(warned[0]!.line).toBeGreaterThanOrEqual(2);
      expect(warned[0]!.line).toBeLessThanOrEqual(4);
    } else {
      expect(warned).toEqual([]);
    }
  });

  describe('a second engine reached only through a Docker context', () => {
    const context = `ib-test-remote-${process.pid}`;
    let other: string;
    beforeAll(() => {
      other = otherEngineHost();
      execFileSync(DOCKER, ['context', 'create', context, '--docker', `host=${other}`], { stdio: 'pipe' });
    });
    afterAll(() => {
      execFileSync(DOCKER, ['context', 'rm', '--force', context], { stdio: 'pipe' });
    });

    it('measures the same numbers as a build on that engine itself, and leaves nothing on either', async () => {
      const dockerfile = parseDockerfile(DOCKERFILE);

      const remote = createDocker();
      const remoteTag = testTag('remote');
      const built = await remote.build({
        dockerfile: join(dir, 'Dockerfile'),
        context: dir,
        tag: remoteTag,
        builder: context,
        network: 'none',
      });
      if (!built.ok) throw new Error(built.message);
      const viaContext = await measureImage(remote, remoteTag, { dockerfile, baseImage: 'busybox:1.35' });
      expect(imagesOn(process.env['DOCKER_HOST'] ?? 'unix:///var/run/docker.sock')).not.toContain(remoteTag);

      // the same build on that engine directly (as a user on that machine would run it)
      const direct = createDocker({ env: { DOCKER_HOST: other } });
      const directTag = testTag('direct');
      const again = await direct.build({
        dockerfile: join(dir, 'Dockerfile'),
        context: dir,
        tag: directTag,
        network: 'none',
      });
      if (!again.ok) throw new Error(again.message);
      const local = await measureImage(direct, directTag, { dockerfile, baseImage: 'busybox:1.35' });

      const numbers = (m: typeof local) => ({
        size: m.sizeBytes,
        layers: m.layers.map((l) => [l.sizeBytes, l.files, l.line, l.fromBase ?? false]),
      });
      expect(numbers(viaContext)).toEqual(numbers(local));
      // the random layer differs between the two builds, so compressed sizes agree within gzip's noise
      expect(Math.abs(viaContext.compressedBytes - local.compressedBytes)).toBeLessThan(2000);

      await remote.removeImages([remoteTag]);
      await direct.removeImages([directTag]);
      // other helpers' tests share the engines, so look for this test's own images only
      for (const host of [other, process.env['DOCKER_HOST'] ?? 'unix:///var/run/docker.sock'])
        expect(imagesOn(host).filter((i) => i === remoteTag || i === directTag)).toEqual([]);
    });
  });
});

describe(`an OCI export instead of --load (lane ${LANE})`, () => {
  it('measures the same numbers from the archive as from the loaded image', async () => {
    if (laneBuilders()[0]!.kind !== 'buildx') {
      // no buildx: a builder that is no context here is refused with the fix, before anything builds
      const docker = createDocker();
      await expect(
        docker.build({
          dockerfile: join(dir, 'Dockerfile'),
          context: dir,
          builder: 'ib-test-no-such-builder',
        }),
      ).rejects.toThrow(/buildx/);
      return;
    }
    // the docker driver exports OCI only on the containerd image store: use that lane's engine
    const host = laneHost('26-containerd');
    const docker = createDocker({ env: { DOCKER_HOST: host } });
    const dockerfile = parseDockerfile(DOCKERFILE);
    const oci = join(dir, 'image.oci.tar');
    const tag = testTag('oci');
    const exported = await buildImage(
      docker,
      'buildx',
      { dockerfile: join(dir, 'Dockerfile'), context: dir, tag, network: 'none' },
      { ociExport: oci },
    );
    if (!exported.ok) throw new Error(exported.message);
    expect(imagesOn(host)).not.toContain(tag);
    const fromArchive = await measureImageStream(createReadStream(oci), { image: tag, dockerfile });

    const loaded = await docker.build({
      dockerfile: join(dir, 'Dockerfile'),
      context: dir,
      tag,
      network: 'none',
    });
    if (!loaded.ok) throw new Error(loaded.message);
    const fromEngine = await measureImage(docker, tag, { dockerfile });
    await docker.removeImages([tag]);
    // the same cached build: byte-identical layers, so every uncompressed number agrees
    const numbers = (m: typeof fromEngine) => ({
      size: m.sizeBytes,
      layers: m.layers.map((l) => [l.diffId, l.sizeBytes, l.files, l.line]),
    });
    expect(numbers(fromArchive)).toEqual(numbers(fromEngine));
    // compressed sizes are each path's own blobs: the export's are the ones it wrote, the containerd store's the
    // ones it keeps (a base layer loaded from a plain archive stays plain there), so the two need not agree
    for (const l of fromArchive.layers) expect(l.compressedBytes).toBeGreaterThan(0);
    expect(fromArchive.compressedBytes).toBeLessThan(fromArchive.sizeBytes);
    expect(imagesOn(host)).not.toContain(tag);
  });
});
