// Real builds: a fix that fails a safety check is dropped, with the reason, and the good fixes stay.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDocker } from '../../src/docker/cli.js';
import { measureImage } from '../../src/measure/measure.js';
import { realFileSystem } from '../../src/deps.js';
import { withAndWithout } from '../../src/optimize/with-without.js';
import { DOCKER_BUILDKIT_CLIENT, requireDocker, testTag } from '../support/docker.js';
import { changeEnv, deleteNeeded, mergeRuns, swapBusybox } from './test-rules.js';

const docker = createDocker({ client: DOCKER_BUILDKIT_CLIENT });
const deps = { docker, files: realFileSystem, measure: (image: string) => measureImage(docker, image) };
let dir = '';

beforeAll(() => {
  requireDocker();
  dir = mkdtempSync(join(tmpdir(), 'ib-opt-drop-'));
  writeFileSync(
    join(dir, 'Dockerfile'),
    'FROM busybox:1.35\nWORKDIR /app\nENV MODE=prod\nRUN head -c 1000000 /dev/zero > /scratch\nRUN rm /scratch\nRUN echo ok > /app/needed\nCMD ["cat", "needed"]\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('withAndWithout drops fixes that fail a check', () => {
  it('drops a fix that breaks the smoke test and one that changes the final config, keeps the good one', async () => {
    const r = await withAndWithout(deps, {
      dockerfile: join(dir, 'Dockerfile'),
      context: dir,
      build: { network: 'none' },
      optimize: { rules: [mergeRuns, deleteNeeded, changeEnv] },
      smokeTest: 'cat /app/needed',
      tagPrefix: testTag('optimize-drop').replace(/:latest$/, ''),
    });
    if (!r.ok) throw new Error(r.reason);
    expect(r.attributed).toBe(true); // the full set failed, so groups were tried one at a time
    expect(r.dropped.map((d) => [d.rule, d.reason.split(':')[0]])).toEqual([
      ['T009', 'the final image config differs'],
      ['T008', 'the smoke test failed'],
    ]);
    expect(r.dropped[0]!.reason).toContain('Env changed from');
    expect(r.fixes.map((f) => f.rule)).toEqual(['T002']);
    expect(r.fixes[0]!.savedBytes).toBe(1_000_000);
    expect(r.optimization.optimized).toBe(
      'FROM busybox:1.35\nWORKDIR /app\nENV MODE=prod\nRUN head -c 1000000 /dev/zero > /scratch && \\\n    rm /scratch && \\\n    echo ok > /app/needed\nCMD ["cat", "needed"]\n',
    );
    expect(r.savedBytes).toBe(1_000_000);
  });

  it('reports an original that does not build, without throwing', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'ib-opt-bad-'));
    try {
      writeFileSync(join(bad, 'Dockerfile'), 'FROM busybox:1.35\nRUN exit 3\nRUN true\n');
      const r = await withAndWithout(deps, {
        dockerfile: join(bad, 'Dockerfile'),
        context: bad,
        build: { network: 'none' },
      });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(/^original image: the build failed/);
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });

  it('applies an aggressive fix only when a smoke test proves it', async () => {
    const common = {
      dockerfile: join(dir, 'Dockerfile'),
      context: dir,
      build: { network: 'none' },
      optimize: { rules: [swapBusybox], level: 'aggressive' as const },
      tagPrefix: testTag('optimize-aggr').replace(/:latest$/, ''),
    };
    const unproven = await withAndWithout(deps, common);
    if (!unproven.ok) throw new Error(unproven.reason);
    expect(unproven.optimization.optimized).not.toContain('busybox:latest');
    expect(unproven.dropped).toEqual([
      expect.objectContaining({ rule: 'T011', reason: expect.stringContaining('smoke test') }),
    ]);
    const proven = await withAndWithout(deps, { ...common, smokeTest: 'cat /app/needed' });
    if (!proven.ok) throw new Error(proven.reason);
    expect(proven.optimization.optimized).toContain('FROM busybox:latest\n');
    expect(proven.dropped).toEqual([]);
    expect(proven.savedBytes).toBe(0);
  });
});
