// Files that grew, between two real images: a base (busybox plus an app folder) and a head whose RUN line grows
// one file and adds a folder of two. The comparison names each with its growth and the Dockerfile line that wrote
// it; the comment and the terminal show them; no JSON carries the in-memory file lists.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { formatCheckText } from '../../src/cli/check-text.js';
import { compare } from '../../src/compare/compare.js';
import type { Comparison } from '../../src/compare/types.js';
import { createDocker } from '../../src/docker/cli.js';
import { parseDockerfile } from '../../src/dockerfile/parse.js';
import { measureImage } from '../../src/measure/measure.js';
import type { ImageMeasurement } from '../../src/model.js';
import { renderReport } from '../../src/report/markdown.js';
import { serializeReport } from '../../src/report/report-json.js';
import { DOCKER, removeImages, requireDocker, testTag } from '../support/docker.js';
import { reportData } from '../report/fixture.js';

const docker = createDocker({ client: DOCKER });
const dirs: string[] = [];
const tags: string[] = [];

const BASE_DOCKERFILE = 'FROM busybox:1.35\nCOPY app/ /app/\n';
const HEAD_DOCKERFILE = `FROM busybox:1.35
COPY app/ /app/
RUN head -c 50000 /dev/zero > /app/data.bin && mkdir -p /opt/big && head -c 300000 /dev/zero > /opt/big/blob && head -c 100000 /dev/zero > /opt/big/other
`;

function build(dockerfile: string): string {
  const context = mkdtempSync(join(tmpdir(), 'ib-files-'));
  dirs.push(context);
  const files: Record<string, string> = {
    Dockerfile: dockerfile,
    'app/data.bin': 'x'.repeat(10_000),
    'app/keep.txt': 'k'.repeat(100),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(context, path)), { recursive: true });
    writeFileSync(join(context, path), text);
  }
  const tag = testTag('files');
  tags.push(tag);
  execFileSync(DOCKER, ['build', '-q', '--network', 'none', '-t', tag, context], {
    env: { ...process.env, DOCKER_BUILDKIT: '0' },
    stdio: 'pipe',
  });
  return tag;
}

let base: ImageMeasurement;
let head: ImageMeasurement;
let comparison: Comparison;

beforeAll(async () => {
  requireDocker();
  const baseTag = build(BASE_DOCKERFILE);
  const headTag = build(HEAD_DOCKERFILE);
  base = await measureImage(docker, baseTag, { dockerfile: parseDockerfile(BASE_DOCKERFILE) });
  head = await measureImage(docker, headTag, { dockerfile: parseDockerfile(HEAD_DOCKERFILE) });
  comparison = compare(base, head, { minChange: 0 });
}, 300_000);

afterAll(() => {
  removeImages(...tags);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('files that grew between two real images', () => {
  it('names the grown and added files with the layer and Dockerfile line that wrote them', () => {
    const runLayer = head.layers.length - 1;
    expect(head.layers[runLayer]!.line).toBe(3);
    const growth = comparison.grownFiles!;
    expect(
      growth.files.map((f) => [f.path, f.kind, f.baseBytes, f.headBytes, f.deltaBytes, f.layer, f.line]),
    ).toEqual([
      ['/opt/big/blob', 'added', 0, 300_000, 300_000, runLayer, 3],
      ['/opt/big/other', 'added', 0, 100_000, 100_000, runLayer, 3],
      ['/app/data.bin', 'grown', 10_000, 50_000, 40_000, runLayer, 3],
    ]);
    // nothing else changed: the COPY layer has the same files in both
    expect(growth.grownFiles).toBe(3);
  });

  it('names folders by the most specific one that holds the growth', () => {
    const folders = comparison.grownFiles!.folders.map((f) => [f.path, f.kind, f.deltaBytes, f.line]);
    // /opt is all /opt/big: only /opt/big is listed
    expect(folders).toEqual([
      ['/opt/big', 'added', 400_000, 3],
      ['/app', 'grown', 40_000, 3],
    ]);
  });

  it('is shown in the comment and the terminal report', () => {
    const data = reportData({ base, head, comparison });
    const comment = renderReport(data, { marker: true, maxChars: 60_000 });
    expect(comment).toContain('#### Files that grew');
    expect(comment).toContain('| /app/data.bin | grown from 10 kB | 50 kB | +40 kB | Dockerfile line 3');
    expect(comment).toContain(
      `| /opt/big/blob | added | 300 kB | +300 kB | Dockerfile line 3 (layer ${head.layers.length}) |`,
    );
    expect(comment).toContain('| /opt/big | added | 400 kB | +400 kB | Dockerfile line 3');
    const text = formatCheckText(data);
    expect(text).toContain('files that grew:');
    expect(text).toMatch(/\+300 kB {2}\/opt\/big\/blob \(added\), Dockerfile line 3 \(layer \d+\)/);
  });

  it('reaches the JSON report as the comparison’s grownFiles, without the file lists themselves', () => {
    const json = JSON.parse(serializeReport(reportData({ base, head, comparison }))) as {
      head: Record<string, unknown>;
      comparison: Comparison;
    };
    expect(json.comparison.grownFiles).toEqual(comparison.grownFiles);
    expect('finalFiles' in json.head).toBe(false);
    expect(head.finalFiles!.get('opt/big/blob')).toEqual({ size: 300_000, layer: head.layers.length - 1 });
  });

  it('is absent when the base has no file list (a baseline read from a cached report)', () => {
    const cached = JSON.parse(JSON.stringify(base)) as ImageMeasurement;
    expect(compare(cached, head, { minChange: 0 }).grownFiles).toBeUndefined();
  });
});
