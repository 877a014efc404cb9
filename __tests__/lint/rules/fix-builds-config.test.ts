// The DL3032–DL4006 fixes that can be built offline, on real builds: the fixed Dockerfile builds and keeps the
// final configuration (entrypoint, cmd, labels) the original had. Fixes are applied as the optimizer does:
// all edits of a round right to left, skipping overlaps, then lint again until nothing is left.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintText } from '../../../src/lint/engine.js';
import { allRules } from '../../../src/lint/rules/index.js';
import { DOCKER_BUILDKIT_CLIENT, removeImages, requireDocker, testTag } from '../../support/docker.js';

const tags: string[] = [];
let dir = '';
const dlRulesB = allRules.filter((r) => r.meta.code >= 'DL3032' && r.meta.code <= 'DL4006');

function fixAll(text: string): string {
  let out = text;
  for (let round = 0; round < 5; round++) {
    const edits = lintText(out, 'Dockerfile', { rules: dlRulesB })
      .flatMap((f) => f.fix?.edits ?? [])
      .sort((a, b) => b.start - a.start);
    if (edits.length === 0) return out;
    let limit = Infinity;
    for (const e of edits) {
      if (e.end > limit) continue;
      out = out.slice(0, e.start) + e.text + out.slice(e.end);
      limit = e.start;
    }
  }
  return out;
}

/** Builds with BuildKit (the engine's own client), which understands $TARGETPLATFORM in FROM. */
function build(dockerfile: string, name: string): string {
  const tag = testTag(`dlb-${name}`);
  writeFileSync(join(dir, `${name}.Dockerfile`), dockerfile);
  execFileSync(
    DOCKER_BUILDKIT_CLIENT,
    ['build', '-q', '--network', 'none', '-f', join(dir, `${name}.Dockerfile`), '-t', tag, dir],
    {
      env: { ...process.env, DOCKER_BUILDKIT: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  tags.push(tag);
  return tag;
}

interface Config {
  Cmd: string[] | null;
  Entrypoint: string[] | null;
  Labels: Record<string, string> | null;
}

function config(tag: string): Config {
  const out = execFileSync(DOCKER_BUILDKIT_CLIENT, ['image', 'inspect', tag], { encoding: 'utf8' });
  const c = (JSON.parse(out) as { Config: Config }[])[0]!.Config;
  return { Cmd: c.Cmd, Entrypoint: c.Entrypoint, Labels: c.Labels };
}

beforeAll(() => {
  requireDocker();
  dir = mkdtempSync(join(tmpdir(), 'ib-dlb-'));
});

afterAll(() => {
  removeImages(...tags);
  rmSync(dir, { recursive: true, force: true });
});

describe('DL3032–DL4006 fixes on real builds', () => {
  it('removing overridden CMD/ENTRYPOINT and the redundant --platform keeps the final config', () => {
    const original =
      'FROM --platform=$TARGETPLATFORM busybox:1.35\n' +
      'ENTRYPOINT ["sh"]\n' +
      'CMD ["-c", "echo first"]\n' +
      'ENTRYPOINT ["/bin/sh", "-c"]\n' +
      'CMD ["echo second"]\n';
    const fixed = fixAll(original);
    expect(fixed).toBe('FROM busybox:1.35\nENTRYPOINT ["/bin/sh", "-c"]\nCMD ["echo second"]\n');
    const before = config(build(original, 'orig-cmd'));
    const after = build(fixed, 'fixed-cmd');
    expect(config(after)).toEqual(before);
    const run = execFileSync(DOCKER_BUILDKIT_CLIENT, ['run', '--rm', '--network', 'none', after], {
      encoding: 'utf8',
    });
    expect(run).toBe('second\n');
  }, 120_000);

  it('MAINTAINER becomes a maintainer label that the image carries', () => {
    const original = 'FROM busybox:1.35\nMAINTAINER Jane "JD" Doe <jane@example.com>\nCMD ["true"]\n';
    const fixed = fixAll(original);
    expect(fixed).toBe(
      'FROM busybox:1.35\nLABEL maintainer="Jane \\"JD\\" Doe <jane@example.com>"\nCMD ["true"]\n',
    );
    const tag = build(fixed, 'fixed-maintainer');
    expect(config(tag).Labels).toEqual({ maintainer: 'Jane "JD" Doe <jane@example.com>' });
  }, 120_000);
});
