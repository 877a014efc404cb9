// The DL3000–DL3030 fixes on real builds: the fixed Dockerfile builds, keeps what it must keep and is smaller
// where the rule is about size. Fixes are applied the way the optimizer does: lint, apply, re-lint until stable.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintText } from '../../../src/lint/engine.js';
import { allRules } from '../../../src/lint/rules/index.js';
import { applyEdits, selectBatches } from '../../../src/optimize/apply-edits.js';
import { DOCKER_CLASSIC_CLIENT, removeImages, requireDocker, testTag } from '../../support/docker.js';

const tags: string[] = [];
let dir = '';
const dlRulesA = allRules.filter((r) => r.meta.code >= 'DL1001' && r.meta.code <= 'DL3030');

/** Applies every fix of the DL3000–DL3030 rules with the optimizer's edit selection until none is left. */
function fixAll(text: string): string {
  let out = text;
  for (let round = 0; round < 5; round++) {
    const batches = lintText(out, 'Dockerfile', { rules: dlRulesA }).flatMap((f, id) =>
      f.fix ? [{ id, edits: f.fix.edits }] : [],
    );
    if (batches.length === 0) return out;
    out = applyEdits(
      out,
      selectBatches(batches, out.length).accepted.flatMap((b) => b.edits),
    );
  }
  return out;
}

function docker(...args: string[]): string {
  // the classic builder: it refuses what these fixes repair (BuildKit accepts several sources into `/data`)
  return execFileSync(DOCKER_CLASSIC_CLIENT, args, {
    encoding: 'utf8',
    env: { ...process.env, DOCKER_BUILDKIT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function build(dockerfile: string, name: string): string {
  const tag = testTag(`dla-${name}`);
  writeFileSync(join(dir, `${name}.Dockerfile`), dockerfile);
  docker('build', '-q', '-f', join(dir, `${name}.Dockerfile`), '-t', tag, dir);
  tags.push(tag);
  return tag;
}

function inspect(tag: string): { Size: number; Config: { Cmd: string[] } } {
  return JSON.parse(docker('image', 'inspect', tag))[0];
}

beforeAll(() => {
  requireDocker();
  dir = mkdtempSync(join(tmpdir(), 'ib-dla-'));
  writeFileSync(join(dir, 'a.txt'), 'alpha\n');
  writeFileSync(join(dir, 'b.txt'), 'beta\n');
});

afterAll(() => {
  removeImages(...tags);
  rmSync(dir, { recursive: true, force: true });
});

describe('DL3000–DL3030 fixes on real builds', () => {
  it('ADD → COPY, the directory slash and the exec form build and keep the files', () => {
    const original = 'FROM busybox:1.35\nADD a.txt /srv/a.txt\nCOPY a.txt b.txt /data\nCMD sleep 1\n';
    const fixed = fixAll(original);
    expect(fixed).toBe(
      'FROM busybox:1.35\nCOPY a.txt /srv/a.txt\nCOPY a.txt b.txt /data/\nCMD ["sleep", "1"]\n',
    );
    // the original does not even build: several sources need a directory destination
    expect(() => build(original, 'orig-busybox')).toThrow();
    const tag = build(fixed, 'fixed-busybox');
    expect(inspect(tag).Config.Cmd).toEqual(['sleep', '1']);
    expect(docker('run', '--rm', '--network', 'none', tag, 'cat', '/srv/a.txt', '/data/b.txt')).toBe(
      'alpha\nbeta\n',
    );
  }, 120_000);

  it('apt fixes (apt-get, -y, no recommends, lists removed) build a working and smaller image', () => {
    const original = 'FROM debian:bookworm-slim\nRUN apt update && apt install -y curl\n';
    const fixed = fixAll(original);
    expect(fixed).toBe(
      'FROM debian:bookworm-slim\n' +
        'RUN apt-get update && apt-get install --no-install-recommends -y curl ca-certificates && rm -rf /var/lib/apt/lists/*\n',
    );
    // the files' own bytes (du in the container): `docker image inspect`'s Size counts differently on the
    // containerd image store (content, not the unpacked layers)
    const rootBytes = (t: string): number =>
      Number(docker('run', '--rm', '--network', 'none', t, 'du', '-sxb', '/').split(/\s/)[0]);
    const before = rootBytes(build(original, 'orig-apt'));
    const tag = build(fixed, 'fixed-apt');
    expect(docker('run', '--rm', '--network', 'none', tag, 'curl', '--version')).toMatch(/^curl \d/);
    // HTTPS still works: the certificates curl only recommends were kept
    docker('run', '--rm', '--network', 'none', tag, 'test', '-s', '/etc/ssl/certs/ca-certificates.crt');
    // the lists alone are tens of MB; recommends add a few more
    expect(before - rootBytes(tag)).toBeGreaterThan(15_000_000);
  }, 300_000);
});
