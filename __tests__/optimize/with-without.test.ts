// Real builds: the image with and without the optimizer's fixes, measured by the analyzer.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDocker } from '../../src/docker/cli.js';
import { parseDockerfile } from '../../src/dockerfile/parse.js';
import { measureImage } from '../../src/measure/measure.js';
import { readContextFacts } from '../../src/optimize/context-options.js';
import { renderDockerignore } from '../../src/optimize/dockerignore.js';
import { realFileSystem } from '../../src/deps.js';
import { withAndWithout, type WithWithoutResult } from '../../src/optimize/with-without.js';
import { DOCKER_BUILDKIT_CLIENT, requireDocker } from '../support/docker.js';

const docker = createDocker({ client: DOCKER_BUILDKIT_CLIENT });
const deps = { docker, files: realFileSystem, measure: (image: string) => measureImage(docker, image) };
const dirs: string[] = [];
const prefix = `ib-test-optimize-${Date.now().toString(36)}`;

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ib-opt-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function ok(r: WithWithoutResult): Extract<WithWithoutResult, { ok: true }> {
  if (!r.ok) throw new Error(r.reason);
  return r;
}

beforeAll(() => requireDocker());
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  // every image built here carries the prefix; with-and-without removes its own, this catches leftovers
  const left = execFileSync(DOCKER_BUILDKIT_CLIENT, ['images', '--format', '{{.Repository}}:{{.Tag}}'], {
    encoding: 'utf8',
  })
    .split('\n')
    .filter((t) => t.startsWith(prefix));
  if (left.length > 0) execFileSync(DOCKER_BUILDKIT_CLIENT, ['rmi', '-f', ...left], { stdio: 'pipe' });
});

describe('withAndWithout (real builds)', () => {
  it('(b) busybox: a file written then deleted in a later RUN; the saving equals the file size', async () => {
    const size = 3_000_000;
    const dir = project({
      Dockerfile: `FROM busybox:1.35\nRUN head -c ${size} /dev/urandom > /big.bin\nRUN rm /big.bin\nCMD ["sh", "-c", "test ! -e /big.bin"]\n`,
    });
    const r = ok(
      await withAndWithout(deps, {
        dockerfile: join(dir, 'Dockerfile'),
        context: dir,
        build: { network: 'none' },
        smokeTest: 'test ! -e /big.bin && echo fine',
        attribute: true,
        tagPrefix: prefix,
      }),
    );
    expect(r.optimization.optimized).toContain('head -c 3000000 /dev/urandom > /big.bin');
    expect(r.optimization.optimized.match(/^RUN /gm)).toHaveLength(1);
    expect(r.savedBytes).toBe(size);
    expect(r.original.measurement.hiddenBytes).toBe(size);
    expect(r.optimized.measurement.hiddenBytes).toBe(0);
    expect(r.fixes.reduce((a, f) => a + (f.savedBytes ?? 0), 0)).toBe(size);
    expect(r.dropped).toEqual([]);
    expect(r.optimized.smoke?.ok).toBe(true);
  });

  it('(c) a large .git and logs copied by COPY . .: the new .dockerignore removes them and the app still runs', async () => {
    const dir = project({
      Dockerfile: 'FROM busybox:1.35\nWORKDIR /app\nCOPY . .\nCMD ["sh", "/app/run.sh"]\n',
      'run.sh': 'echo app-ok\n',
      'logs/build.log': 'x'.repeat(500_000),
      'debug.log': 'y'.repeat(300_000),
    });
    mkdirSync(join(dir, '.git', 'objects'), { recursive: true });
    writeFileSync(join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(join(dir, '.git', 'objects', 'pack.bin'), Buffer.alloc(2_000_000, 7));
    const text = 'FROM busybox:1.35\nWORKDIR /app\nCOPY . .\nCMD ["sh", "/app/run.sh"]\n';
    const facts = await readContextFacts(realFileSystem, parseDockerfile(text), dir);
    const r = ok(
      await withAndWithout(deps, {
        dockerfile: join(dir, 'Dockerfile'),
        context: dir,
        optimize: facts.options,
        build: { network: 'none' },
        smokeTest: 'sh /app/run.sh | grep -q app-ok',
        tagPrefix: prefix,
      }),
    );
    expect(r.optimization.optimized).toBe(text);
    expect(r.optimization.dockerignore.added).toEqual(expect.arrayContaining(['.git', '**/*.log']));
    // .git (2,000,021 bytes), logs/build.log and debug.log are gone; the copy now holds the new .dockerignore
    const ignoreBytes = Buffer.byteLength(renderDockerignore(null, r.optimization.dockerignore.added));
    expect(r.savedBytes).toBe(2_000_021 + 500_000 + 300_000 - ignoreBytes);
    expect(r.optimized.smoke?.ok).toBe(true);
    // the user's tree is untouched: no .dockerignore was written there
    expect(await realFileSystem.readFileOrNull(join(dir, '.dockerignore'))).toBeNull();
  });

  it('(a) apt on Debian: smaller by at least the package lists and recommends, passes the smoke test', async () => {
    // procps recommends psmisc: the recommends the fix leaves out
    const text =
      'FROM debian:bookworm-slim\nRUN apt-get update\nRUN apt-get install -y procps\nCMD ["ps", "--version"]\n';
    const dir = project({ Dockerfile: text });
    const r = ok(
      await withAndWithout(deps, {
        dockerfile: join(dir, 'Dockerfile'),
        context: dir,
        smokeTest: 'ps --version && ps -e',
        keepImages: true,
        tagPrefix: prefix,
      }),
    );
    expect(r.optimization.optimized).toContain('--no-install-recommends');
    expect(r.optimization.optimized).toContain('rm -rf /var/lib/apt/lists/*');
    expect(r.optimization.optimized.match(/^RUN /gm)).toHaveLength(1);
    const lists = r.original.measurement.layers.reduce(
      (a, l) =>
        a +
        l.largestFiles
          .filter((f) => f.path.replace(/^\//, '').startsWith('var/lib/apt/lists/'))
          .reduce((s, f) => s + f.sizeBytes, 0),
      0,
    );
    expect(lists).toBeGreaterThan(10_000_000);
    const installed = async (tag: string): Promise<boolean> =>
      (
        await docker.runContainer(tag, 'dpkg -s psmisc >/dev/null 2>&1 && echo yes || echo no', {
          shell: true,
        })
      ).stdout.trim() === 'yes';
    expect(await installed(r.original.tag)).toBe(true);
    expect(await installed(r.optimized.tag)).toBe(false);
    expect(r.savedBytes).toBeGreaterThan(lists);
    expect(r.optimized.smoke?.ok).toBe(true);
    expect(r.dropped).toEqual([]);
    expect(r.fixes.map((f) => f.rule)).toEqual(expect.arrayContaining(['DL3009', 'DL3015']));
  }, 600_000);
});
