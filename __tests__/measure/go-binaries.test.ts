// Go build info, read from a real Go binary: a tiny program with one (locally replaced) dependency, built with
// Debian's golang-go inside debian:bookworm-slim and copied into busybox. `go version -m` in the build stage is the
// independent reading the scanner is checked against, whatever chunks the bytes arrive in; the measured image lists
// the main module (owning the binary's bytes) and the dependency as golang packages.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { compare } from '../../src/compare/compare.js';
import { createDocker } from '../../src/docker/cli.js';
import {
  decodeBuildInfo,
  elfDataOffset,
  GoBuildInfoScanner,
  parseGoBuildInfo,
} from '../../src/measure/go-buildinfo.js';
import { DirectoryStore } from '../../src/measure/layer-store.js';
import { measureImage } from '../../src/measure/measure.js';
import { DOCKER, removeImages, requireDocker, testTag } from '../support/docker.js';

const docker = createDocker({ client: DOCKER });
const BINARY = 'usr/local/bin/hello';
const FILES: Record<string, string> = {
  'src/go.mod':
    'module example.com/hello\n\ngo 1.19\n\nrequire example.com/greet v1.2.3\n\nreplace example.com/greet => ./greet\n',
  'src/main.go':
    'package main\n\nimport (\n\t"fmt"\n\n\t"example.com/greet"\n)\n\nfunc main() { fmt.Println(greet.Hello()) }\n',
  'src/greet/go.mod': 'module example.com/greet\n\ngo 1.19\n',
  'src/greet/greet.go': 'package greet\n\nfunc Hello() string { return "hello" }\n',
  Dockerfile: `FROM debian:bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends golang-go && rm -rf /var/lib/apt/lists/*
COPY src/ /src/
WORKDIR /src
RUN CGO_ENABLED=0 GOPROXY=off GOFLAGS=-mod=mod GOCACHE=/tmp/go-cache go build -o /out/hello . && go version -m /out/hello > /out/version.txt
FROM busybox:1.35
COPY --from=build /out/hello /${BINARY}
`,
};

let context: string;
let buildTag: string;
let tag: string;
let binary: Buffer;
/** `go version -m` of the binary: `hello: go1.19.8`, then tab-indented lines. */
let versionM: string;

beforeAll(() => {
  requireDocker();
  context = mkdtempSync(join(tmpdir(), 'ib-go-'));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(context, path)), { recursive: true });
    writeFileSync(join(context, path), text);
  }
  buildTag = testTag('go-build');
  tag = testTag('go');
  const env = { ...process.env, DOCKER_BUILDKIT: '0' };
  for (const args of [
    ['--target', 'build', '-t', buildTag],
    ['-t', tag],
  ])
    execFileSync(DOCKER, ['build', '-q', ...args, context], { env, stdio: 'pipe', timeout: 900_000 });
  versionM = execFileSync(DOCKER, ['run', '--rm', '--network', 'none', buildTag, 'cat', '/out/version.txt'], {
    encoding: 'utf8',
  });
  binary = execFileSync(DOCKER, ['run', '--rm', '--network', 'none', tag, 'cat', `/${BINARY}`], {
    maxBuffer: 1 << 28,
  });
}, 900_000);

afterAll(() => {
  removeImages(tag, buildTag);
  rmSync(context, { recursive: true, force: true });
});

/** The module lines of `go version -m`, as the scanner keeps them. */
function expectedText(): string {
  const lines = versionM.split('\n');
  const go = /^[^:]+: (go\S+)$/.exec(lines[0]!)![1]!;
  const kept = lines
    .slice(1)
    .map((l) => l.replace(/^\t/, ''))
    .filter((l) => /^(path|mod|dep|=>)\t/.test(l));
  return [`go\t${go}`, ...kept].join('\n');
}

function scan(data: Buffer, chunk: number): string | undefined {
  const scanner = new GoBuildInfoScanner();
  for (let i = 0; i < data.length && scanner.wants; i += chunk) scanner.push(data.subarray(i, i + chunk));
  return scanner.result();
}

describe('the build info of a real Go binary', () => {
  it('is found at the start of the data segment and reads as `go version -m` does', () => {
    const start = elfDataOffset(binary.subarray(0, 65536))!;
    expect(start).toBeGreaterThan(0);
    const decoded = decodeBuildInfo(binary.subarray(start));
    expect(decoded.kind).toBe('found');
    expect(scan(binary, binary.length)).toBe(expectedText());
  });

  it('reads the same whatever chunks the bytes stream in', () => {
    const expected = expectedText();
    for (const chunk of [7, 4096, 65536, 65537, 1 << 20]) expect(scan(binary, chunk)).toBe(expected);
  });

  it('names the main module and the dependency it was built with', () => {
    const info = parseGoBuildInfo(scan(binary, 65536)!);
    expect(info.goVersion).toMatch(/^go1\.\d+/);
    expect(info.modules).toEqual([
      { path: 'example.com/hello', version: '(devel)', main: true },
      // replaced by a local directory: the required version stays
      { path: 'example.com/greet', version: 'v1.2.3', main: false },
    ]);
  });

  it('finds nothing in an ELF executable that is not a Go binary, nor in a truncated Go binary', () => {
    const busybox = execFileSync(
      DOCKER,
      ['run', '--rm', '--network', 'none', 'busybox:1.35', 'cat', '/bin/busybox'],
      {
        maxBuffer: 1 << 28,
      },
    );
    expect(elfDataOffset(busybox.subarray(0, 65536))).toBeDefined();
    expect(scan(busybox, 65536)).toBeUndefined();
    const start = elfDataOffset(binary.subarray(0, 65536))!;
    expect(scan(binary.subarray(0, start + 40), 4096)).toBeUndefined();
    expect(scan(readFileSync(join(context, 'src/main.go')), 4096)).toBeUndefined();
  });
});

describe('busybox plus a Go binary', () => {
  it('lists the binary’s modules as golang packages; the main module owns the binary’s bytes', async () => {
    const base = await measureImage(docker, 'busybox:1.35');
    const head = await measureImage(docker, tag);
    const diff = compare(base, head, { minChange: 0 }).packages!;
    expect(diff.changes).toEqual([
      {
        ecosystem: 'golang',
        name: 'example.com/hello',
        location: BINARY,
        kind: 'added',
        headVersion: '(devel)',
        baseBytes: 0,
        headBytes: binary.length,
        deltaBytes: binary.length,
      },
      {
        ecosystem: 'golang',
        name: 'example.com/greet',
        location: BINARY,
        kind: 'added',
        headVersion: 'v1.2.3',
        baseBytes: 0,
        headBytes: 0,
        deltaBytes: 0,
      },
    ]);
    expect(diff.unowned.deltaBytes).toBe(0);
  });

  it('a warm layer store gives the same inventory', async () => {
    const store = new DirectoryStore(mkdtempSync(join(tmpdir(), 'ib-go-store-')));
    try {
      const cold = await measureImage(docker, tag, { store });
      const warm = await measureImage(docker, tag, { store });
      expect(warm.packages).toEqual(cold.packages);
      expect(warm.packages!.packages.filter((p) => p.ecosystem === 'golang')).toHaveLength(2);
    } finally {
      rmSync(store.dir, { recursive: true, force: true });
    }
  });
});
