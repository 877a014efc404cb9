// The package diff of real images: debian:bookworm-slim plus one apt package (with its dependencies), and busybox
// plus a hand-written node_modules and a hand-written Python dist-info. The diff names the packages with their
// versions, and their installed bytes add up to the layer's growth with the bytes no package owns.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { compare } from '../../src/compare/compare.js';
import type { PackageDiff } from '../../src/compare/types.js';
import { createDocker } from '../../src/docker/cli.js';
import { DirectoryStore } from '../../src/measure/layer-store.js';
import { measureImage, type MeasureTrace } from '../../src/measure/measure.js';
import type { ImageMeasurement } from '../../src/model.js';
import { DOCKER, removeImages, requireDocker, testTag } from '../support/docker.js';

const docker = createDocker({ client: DOCKER });
const dirs: string[] = [];
const tags: string[] = [];

function build(dockerfile: string, files: Record<string, string> = {}, network = 'none'): string {
  const context = mkdtempSync(join(tmpdir(), 'ib-packages-'));
  dirs.push(context);
  writeFileSync(join(context, 'Dockerfile'), dockerfile);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(context, path)), { recursive: true });
    writeFileSync(join(context, path), text);
  }
  const tag = testTag('packages');
  tags.push(tag);
  execFileSync(DOCKER, ['build', '-q', '--network', network, '-t', tag, context], {
    env: { ...process.env, DOCKER_BUILDKIT: '0' },
    stdio: 'pipe',
    timeout: 600_000,
  });
  return tag;
}

/** What `docker run IMAGE sh -c SCRIPT` prints. */
const inImage = (tag: string, script: string): string =>
  execFileSync(DOCKER, ['run', '--rm', '--network', 'none', tag, 'sh', '-c', script], { encoding: 'utf8' });

/** The growth of head over base, from the layers alone (head = base + its own layers). */
function layerGrowth(base: ImageMeasurement, head: ImageMeasurement): number {
  return head.layers.slice(base.layers.length).reduce((a, l) => a + l.sizeBytes, 0);
}

/** Σ package changes + same-version changes + unowned change + the bytes newly hidden = the layers' growth. */
function expectBytesAddUp(diff: PackageDiff, base: ImageMeasurement, head: ImageMeasurement): void {
  const packages = diff.changes.reduce((a, c) => a + c.deltaBytes, 0);
  expect(packages + diff.sameVersionDeltaBytes + diff.unowned.deltaBytes).toBe(diff.fileBytes.delta);
  expect(diff.fileBytes.delta + (head.hiddenBytes - base.hiddenBytes)).toBe(layerGrowth(base, head));
}

beforeAll(() => requireDocker());

afterAll(() => {
  removeImages(...tags);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('debian:bookworm-slim plus jq installed with apt', () => {
  const added = ['jq', 'libjq1', 'libonig5'];
  let base: ImageMeasurement;
  let head: ImageMeasurement;
  let headTag: string;
  let diff: PackageDiff;

  beforeAll(async () => {
    headTag = build(
      `FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends jq && rm -rf /var/lib/apt/lists/*
`,
      {},
      'default',
    );
    base = await measureImage(docker, 'debian:bookworm-slim');
    head = await measureImage(docker, headTag, { baseImage: 'debian:bookworm-slim' });
    diff = compare(base, head, { minChange: 0 }).packages!;
  }, 900_000);

  it('reads the base image’s packages with their versions', () => {
    const listed = inImage('debian:bookworm-slim', "dpkg-query -W -f '${Package} ${Version}\\n'")
      .trim()
      .split('\n')
      .sort();
    const inventory = base.packages!.packages.filter((p) => p.ecosystem === 'deb');
    expect(inventory.map((p) => `${p.name} ${p.version}`).sort()).toEqual(listed);
  });

  it('lists jq and its dependencies as added, with their versions', () => {
    const versions = new Map(
      inImage(headTag, `dpkg-query -W -f '\${Package} \${Version}\\n' ${added.join(' ')}`)
        .trim()
        .split('\n')
        .map((line) => line.split(' ') as [string, string]),
    );
    const changes = diff.changes.filter((c) => added.includes(c.name));
    expect(changes.map((c) => [c.name, c.kind, c.headVersion]).sort()).toEqual(
      added.map((name) => [name, 'added', versions.get(name)]),
    );
    // nothing else changed version: apt only added these
    expect(diff.changes.map((c) => c.name).sort()).toEqual(added);
  });

  it('counts each package’s installed bytes from the files dpkg lists for it', () => {
    for (const name of added) {
      // the regular files of `dpkg -L`, summed inside the image: an independent count
      const script = `dpkg -L ${name} | while read -r f; do if [ -f "$f" ] && [ ! -L "$f" ]; then stat -c %s "$f"; fi; done | awk '{s+=$1} END {print s+0}'`;
      const bytes = Number(inImage(headTag, script).trim());
      expect(diff.changes.find((c) => c.name === name)!.headBytes).toBe(bytes);
      expect(bytes).toBeGreaterThan(0);
    }
  });

  it('adds up to the layer’s growth with apt’s own state files, listed as belonging to no package', () => {
    expectBytesAddUp(diff, base, head);
    expect(diff.sameVersionDeltaBytes).toBe(0);
    expect(diff.unowned.deltaBytes).toBeGreaterThan(0);
    const folders = diff.unowned.folders.map((f) => f.path);
    // dpkg's status and its info/*.list, *.md5sums of the new packages
    expect(folders).toContain('/var/lib/dpkg');
    expect(diff.unowned.folders.every((f) => /^\/(var|etc)\b/.test(f.path))).toBe(true);
  });

  it('a warm layer store gives the same inventory', async () => {
    const store = new DirectoryStore(mkdtempSync(join(tmpdir(), 'ib-packages-store-')));
    dirs.push(store.dir);
    const traces: MeasureTrace[] = [];
    const cold = await measureImage(docker, headTag, { store }, (t) => traces.push(t));
    const warm = await measureImage(docker, headTag, { store }, (t) => traces.push(t));
    expect(traces.map((t) => t.layersRead)).toEqual([head.layers.length, 0]);
    expect(cold.packages).toEqual(head.packages);
    expect(warm.packages).toEqual(head.packages);
  });
});

const LEFT_PAD = 'module.exports = function leftPad(s, n) { return String(s).padStart(n); };\n';
const UTIL = 'export const id = (x) => x;\n'.repeat(40);
const NODE_FILES: Record<string, string> = {
  'app/server.js': 'require("left-pad");\n',
  'app/node_modules/left-pad/package.json': JSON.stringify({
    name: 'left-pad',
    version: '1.3.0',
    main: 'index.js',
  }),
  'app/node_modules/left-pad/index.js': LEFT_PAD,
  'app/node_modules/@acme/util/package.json': JSON.stringify({ name: '@acme/util', version: '2.0.1' }),
  'app/node_modules/@acme/util/lib/util.js': UTIL,
  'app/node_modules/@acme/util/README.md': '# util\n',
};

const bytesOf = (files: Record<string, string>, prefix: string): number =>
  Object.entries(files)
    .filter(([p]) => p.startsWith(prefix))
    .reduce((a, [, t]) => a + Buffer.byteLength(t), 0);

describe('busybox plus a node_modules folder', () => {
  it('lists each package with its version and the bytes of its folder; the app’s own file is unowned', async () => {
    const tag = build('FROM busybox:1.35\nCOPY app/ /app/\n', NODE_FILES);
    const base = await measureImage(docker, 'busybox:1.35');
    const head = await measureImage(docker, tag);
    const diff = compare(base, head, { minChange: 0 }).packages!;
    expect(diff.changes).toEqual([
      {
        ecosystem: 'npm',
        name: '@acme/util',
        location: 'app/node_modules/@acme/util',
        kind: 'added',
        headVersion: '2.0.1',
        baseBytes: 0,
        headBytes: bytesOf(NODE_FILES, 'app/node_modules/@acme/util/'),
        deltaBytes: bytesOf(NODE_FILES, 'app/node_modules/@acme/util/'),
      },
      {
        ecosystem: 'npm',
        name: 'left-pad',
        location: 'app/node_modules/left-pad',
        kind: 'added',
        headVersion: '1.3.0',
        baseBytes: 0,
        headBytes: bytesOf(NODE_FILES, 'app/node_modules/left-pad/'),
        deltaBytes: bytesOf(NODE_FILES, 'app/node_modules/left-pad/'),
      },
    ]);
    expect(diff.unowned.deltaBytes).toBe(Buffer.byteLength(NODE_FILES['app/server.js']!));
    expect(diff.unowned.folders).toEqual([{ path: '/app', deltaBytes: diff.unowned.deltaBytes }]);
    expectBytesAddUp(diff, base, head);
  });
});

const SIX = '"""six"""\n'.repeat(300);
const SITE = 'usr/lib/python3.11/site-packages';
const PY_FILES: Record<string, string> = {
  [`${SITE}/six.py`]: SIX,
  [`${SITE}/six-1.16.0.dist-info/METADATA`]:
    'Metadata-Version: 2.1\nName: six\nVersion: 1.16.0\nSummary: Python 2 and 3 compatibility utilities\n\nSix is a Python 2 and 3 compatibility library.\n',
  [`${SITE}/six-1.16.0.dist-info/WHEEL`]: 'Wheel-Version: 1.0\nGenerator: bdist_wheel (0.37.1)\n',
  [`${SITE}/six-1.16.0.dist-info/RECORD`]:
    'six.py,sha256=TOOfQi7nFGfMrIvtdr6wX4wyHH8M7aknmuLfo2cBBrM,3000\n' +
    'six-1.16.0.dist-info/METADATA,,\nsix-1.16.0.dist-info/WHEEL,,\nsix-1.16.0.dist-info/RECORD,,\n' +
    '__pycache__/six.cpython-311.pyc,,\n',
  [`${SITE}/local_notes.txt`]: 'not part of any distribution\n',
};

describe('busybox plus a Python dist-info', () => {
  it('lists the distribution with its version and the bytes of the files its RECORD names', async () => {
    const tag = build('FROM busybox:1.35\nCOPY usr/ /usr/\n', PY_FILES);
    const base = await measureImage(docker, 'busybox:1.35');
    const head = await measureImage(docker, tag);
    const diff = compare(base, head, { minChange: 0 }).packages!;
    const owned = bytesOf(PY_FILES, `${SITE}/six`);
    expect(diff.changes).toEqual([
      {
        ecosystem: 'python',
        name: 'six',
        location: SITE,
        kind: 'added',
        headVersion: '1.16.0',
        baseBytes: 0,
        headBytes: owned,
        deltaBytes: owned,
      },
    ]);
    expect(diff.unowned.deltaBytes).toBe(Buffer.byteLength(PY_FILES[`${SITE}/local_notes.txt`]!));
    expectBytesAddUp(diff, base, head);
  });
});
