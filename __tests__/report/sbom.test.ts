// The SBOM: package URLs per ecosystem (purl-spec's types and encoding), and the CycloneDX 1.5 document that
// `image-budget measure --sbom FILE` writes for real images — debian:bookworm-slim, whose dpkg packages must all
// be there with their versions, and busybox plus a node_modules folder, a dist-info and a jar.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { nodeMeasureDeps, runMeasure } from '../../src/cli/measure.js';
import { createDocker } from '../../src/docker/cli.js';
import type { ImageMeasurement, InstalledPackage } from '../../src/model.js';
import { parseOsRelease } from '../../src/measure/package-files.js';
import { cycloneDx, packageUrl } from '../../src/report/sbom.js';
import { DOCKER, removeImages, requireDocker, testTag } from '../support/docker.js';

const dirs: string[] = [];
const tags: string[] = [];

afterAll(() => {
  removeImages(...tags);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const pkg = (ecosystem: InstalledPackage['ecosystem'], name: string, version: string): InstalledPackage => ({
  ecosystem,
  name,
  version,
  bytes: 0,
  files: 0,
});

describe('package URLs', () => {
  it.each([
    ['pkg:deb/debian/libc6@2.36-9%2Bdeb12u4', pkg('deb', 'libc6', '2.36-9+deb12u4')],
    ['pkg:deb/debian/libc6@2.36-9?arch=i386', pkg('deb', 'libc6:i386', '2.36-9')],
    ['pkg:deb/debian/ca-certificates@1%3A20230311', pkg('deb', 'ca-certificates', '1:20230311')],
    ['pkg:apk/alpine/musl@1.2.4-r2', pkg('apk', 'musl', '1.2.4-r2')],
    ['pkg:npm/left-pad@1.3.0', pkg('npm', 'left-pad', '1.3.0')],
    ['pkg:npm/%40acme/util@2.0.1', pkg('npm', '@acme/util', '2.0.1')],
    ['pkg:pypi/typing-extensions@4.8.0', pkg('python', 'Typing_Extensions', '4.8.0')],
    ['pkg:golang/github.com/spf13/cobra@v1.8.0', pkg('golang', 'github.com/spf13/cobra', 'v1.8.0')],
    ['pkg:golang/example.com/hello@%28devel%29', pkg('golang', 'example.com/hello', '(devel)')],
    ['pkg:maven/com.google.guava/guava@31.1-jre', pkg('maven', 'com.google.guava:guava', '31.1-jre')],
    ['pkg:maven/commons-lang3@3.12.0', pkg('maven', 'commons-lang3', '3.12.0')],
    ['pkg:npm/no-version', pkg('npm', 'no-version', '')],
  ])('%s', (purl, p) => {
    expect(packageUrl(p)).toBe(purl);
  });

  it('takes the namespace and distro of deb and apk packages from the os-release', () => {
    const ubuntu = { id: 'ubuntu', versionId: '24.04' };
    expect(packageUrl(pkg('deb', 'libc6:i386', '2.39-0ubuntu8'), ubuntu)).toBe(
      'pkg:deb/ubuntu/libc6@2.39-0ubuntu8?arch=i386&distro=ubuntu-24.04',
    );
    expect(packageUrl(pkg('apk', 'musl', '1.2.5-r0'), { id: 'wolfi' })).toBe('pkg:apk/wolfi/musl@1.2.5-r0');
    expect(packageUrl(pkg('npm', 'left-pad', '1.3.0'), ubuntu)).toBe('pkg:npm/left-pad@1.3.0');
  });

  it('reads an os-release file as the distribution it names', () => {
    expect(parseOsRelease('PRETTY_NAME="Ubuntu 24.04 LTS"\nID=ubuntu\nVERSION_ID="24.04"\n')).toEqual({
      id: 'ubuntu',
      versionId: '24.04',
    });
    expect(parseOsRelease('ID=alpine\n')).toEqual({ id: 'alpine' });
    expect(parseOsRelease('NAME=x\n')).toBeUndefined();
    // a hostile ID never reaches a purl
    expect(parseOsRelease('ID="deb/../x"\nVERSION_ID=1\n')).toBeUndefined();
  });
});

interface Bom {
  $schema: string;
  bomFormat: string;
  specVersion: string;
  serialNumber: string;
  version: number;
  metadata: {
    timestamp: string;
    tools: { components: { type: string; name: string; version: string }[] };
    component: { type: string; name: string; 'bom-ref': string };
  };
  components: {
    type: string;
    'bom-ref': string;
    name: string;
    group?: string;
    version?: string;
    purl: string;
    properties: { name: string; value: string }[];
  }[];
}

/** The fields CycloneDX 1.5 requires (bomFormat, specVersion; type and name of every component), a valid serial
 *  number and time, and unique bom-refs. */
function expectCycloneDx(bom: Bom, image: string): void {
  expect(bom.bomFormat).toBe('CycloneDX');
  expect(bom.specVersion).toBe('1.5');
  expect(bom.$schema).toBe('http://cyclonedx.org/schema/bom-1.5.schema.json');
  expect(bom.serialNumber).toMatch(
    /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  );
  expect(bom.version).toBe(1);
  expect(Number.isNaN(Date.parse(bom.metadata.timestamp))).toBe(false);
  expect(bom.metadata.tools.components[0]).toMatchObject({ type: 'application', name: 'image-budget' });
  expect(bom.metadata.component).toMatchObject({ type: 'container', name: image });
  const refs = bom.components.map((c) => c['bom-ref']);
  expect(new Set(refs).size).toBe(refs.length);
  for (const c of bom.components) {
    expect(['library', 'application']).toContain(c.type);
    expect(c.name).not.toBe('');
    expect(c.purl).toMatch(/^pkg:[a-z]+\/[^@?#]+(@[^?#]+)?(\?[^#]+)?$/);
  }
}

async function measureSbom(image: string): Promise<Bom> {
  const dir = mkdtempSync(join(tmpdir(), 'ib-sbom-'));
  dirs.push(dir);
  const file = join(dir, 'out', 'sbom.json');
  let err = '';
  const code = await runMeasure([image, '--format', 'json', '--sbom', file, '--no-cache'], {
    ...nodeMeasureDeps,
    docker: () => createDocker({ client: DOCKER }),
    stdout: () => undefined,
    stderr: (t) => void (err += t),
  });
  expect(err).toBe('');
  expect(code).toBe(0);
  return JSON.parse(readFileSync(file, 'utf8')) as Bom;
}

describe('image-budget measure --sbom', () => {
  beforeAll(() => requireDocker());

  it('lists every dpkg package of debian:bookworm-slim with its version and purl', async () => {
    const bom = await measureSbom('debian:bookworm-slim');
    expectCycloneDx(bom, 'debian:bookworm-slim');
    const listed = execFileSync(
      DOCKER,
      [
        'run',
        '--rm',
        '--network',
        'none',
        'debian:bookworm-slim',
        'dpkg-query',
        '-W',
        '-f',
        '${Package} ${Version}\\n',
      ],
      { encoding: 'utf8' },
    )
      .trim()
      .split('\n')
      .sort();
    const debs = bom.components.filter((c) => c.purl.startsWith('pkg:deb/debian/'));
    expect(debs.map((c) => `${c.name} ${c.version}`).sort()).toEqual(listed);
    const libc = debs.find((c) => c.name === 'libc6')!;
    // the namespace and the distro qualifier come from the image's own /usr/lib/os-release (ID=debian, VERSION_ID=12)
    expect(libc.purl).toBe(`pkg:deb/debian/libc6@${encodeURIComponent(libc.version!)}?distro=debian-12`);
    expect(
      Number(libc.properties.find((p) => p.name === 'image-budget:installed-bytes')!.value),
    ).toBeGreaterThan(0);
  });

  it('names npm, pypi and maven packages of a built image with their purls and locations', async () => {
    const context = mkdtempSync(join(tmpdir(), 'ib-sbom-ctx-'));
    dirs.push(context);
    const files: Record<string, string> = {
      'app/node_modules/@acme/util/package.json': JSON.stringify({ name: '@acme/util', version: '2.0.1' }),
      'app/node_modules/@acme/util/index.js': 'module.exports = 1;\n',
      'usr/lib/python3.11/site-packages/six-1.16.0.dist-info/METADATA': 'Name: six\nVersion: 1.16.0\n',
      'usr/lib/python3.11/site-packages/six.py': '"""six"""\n',
      'jar/META-INF/maven/org.slf4j/slf4j-api/pom.properties':
        'groupId=org.slf4j\nartifactId=slf4j-api\nversion=2.0.7\n',
      Dockerfile: 'FROM busybox:1.35\nCOPY app/ /app/\nCOPY usr/ /usr/\nCOPY slf4j-api-2.0.7.jar /app/lib/\n',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(context, path)), { recursive: true });
      writeFileSync(join(context, path), text);
    }
    execFileSync('zip', ['-q', '-r', '../slf4j-api-2.0.7.jar', 'META-INF'], { cwd: join(context, 'jar') });
    const tag = testTag('sbom');
    tags.push(tag);
    execFileSync(DOCKER, ['build', '-q', '--network', 'none', '-t', tag, context], {
      env: { ...process.env, DOCKER_BUILDKIT: '0' },
      stdio: 'pipe',
    });
    const bom = await measureSbom(tag);
    expectCycloneDx(bom, tag);
    const of = (purl: string): Bom['components'][number] | undefined =>
      bom.components.find((c) => c.purl === purl);
    expect(of('pkg:npm/%40acme/util@2.0.1')).toMatchObject({
      group: '@acme',
      name: 'util',
      version: '2.0.1',
      properties: [
        { name: 'image-budget:location', value: 'app/node_modules/@acme/util' },
        {
          name: 'image-budget:installed-bytes',
          value: String(Buffer.byteLength(files['app/node_modules/@acme/util/package.json']!) + 20),
        },
      ],
    });
    expect(of('pkg:pypi/six@1.16.0')).toMatchObject({ name: 'six', version: '1.16.0' });
    expect(of('pkg:maven/org.slf4j/slf4j-api@2.0.7')).toMatchObject({
      group: 'org.slf4j',
      name: 'slf4j-api',
      version: '2.0.7',
    });
    // busybox itself has no package database: nothing else is listed
    expect(bom.components).toHaveLength(3);
  });
});

describe('cycloneDx', () => {
  it('gives one bom-ref per component when a purl repeats (one module in two binaries)', () => {
    const at = (location: string): InstalledPackage => ({
      ...pkg('golang', 'example.com/x', 'v1.0.0'),
      location,
    });
    const bom = cycloneDx(
      {
        image: 'app:1',
        packages: {
          packages: [at('bin/a'), at('bin/b')],
          fileBytes: 0,
          unownedBytes: 0,
          unowned: [],
          notRead: [],
        },
      } as unknown as ImageMeasurement,
      {
        serialNumber: 'urn:uuid:00000000-0000-4000-8000-000000000000',
        timestamp: '2026-01-01T00:00:00.000Z',
        toolVersion: '0',
      },
    ) as Bom;
    expect(bom.components.map((c) => c['bom-ref'])).toEqual([
      'pkg:golang/example.com/x@v1.0.0',
      'pkg:golang/example.com/x@v1.0.0#2',
    ]);
  });
});
