// The whole check (head, base and the optimized variant, on a real repository and engine) with an empty layer
// store, the warm store and a store with one entry corrupted on purpose: the JSON reports are identical, timings
// and run-unique tags aside. The warm run reads nothing from the engine (no `docker save`).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCheck } from '../../src/cli/check.js';
import { createDeps, directoryLayerCache, noCache } from '../../src/deps.js';
import { DOCKER_BUILDKIT_CLIENT, requireDocker } from '../support/docker.js';
import { commit, initRepo, tempDir } from '../support/git-repo.js';
import { recordingLog } from '../support/deps.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
beforeAll(() => requireDocker());

const dockerfile = (version: string) => `FROM busybox:1.35
RUN head -c 400000 /dev/urandom > /r.bin && yes 'compressible text' | head -c 300000 > /t.txt
RUN rm /r.bin && mkdir /d && head -c 3000 /dev/urandom > /d/x
COPY . /app
RUN echo ${version} > /version
`;

/** The report minus what differs between two runs by design: timings, build-cache counts, the run's tags. */
function comparable(json: string): unknown {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v))
        if (!/seconds|cachedSteps|totalSteps|sameCacheState/i.test(k)) out[k] = strip(x);
      return out;
    }
    return typeof v === 'string'
      ? v.replace(/image-budget-check-[0-9a-f]{8}/g, 'TAG').replace(/:[a-z0-9]+-[a-z0-9]+-\d+$/, ':*')
      : v;
  };
  return strip(JSON.parse(json));
}

describe('check with the layer store', () => {
  test('empty, warm and corrupted store: identical JSON reports; the warm run saves nothing', async () => {
    const repo = initRepo(tempDir('store-check'));
    const store = tempDir('store-check-cache');
    dirs.push(repo, store);
    commit(repo, { Dockerfile: dockerfile('one'), README: 'x\n' }, 'base');
    commit(repo, { Dockerfile: dockerfile('two') }, 'head');

    const run = async (): Promise<{ json: string; saves: string[] }> => {
      const log = recordingLog();
      const deps = createDeps({
        env: process.env,
        apiUrl: '',
        owner: '',
        repo: '',
        log,
        cache: noCache,
        dockerClient: DOCKER_BUILDKIT_CLIENT,
        layers: directoryLayerCache(store, log),
      });
      let out = '';
      const code = await runCheck(
        ['--base-ref', 'HEAD~1', '--format', 'json'],
        { cwd: repo, stdout: (t) => void (out += t), stderr: () => undefined },
        deps,
      );
      expect(code).toBe(0);
      // the Docker adapter logs each stream it opens: `docker save` is the only one a check opens
      const saves = log.lines
        .map((l) => l.message)
        .filter((m) => m.startsWith('stream: ') && m.includes(' save '));
      return { json: out, saves };
    };

    const empty = await run();
    const warm = await run();
    // the largest entry is a real layer's: corrupt one byte in its middle
    const files = readdirSync(store)
      .map((f) => ({ f, size: statSync(join(store, f)).size }))
      .sort((a, b) => b.size - a.size);
    const victim = join(store, files[0]!.f);
    const bytes = readFileSync(victim);
    bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
    writeFileSync(victim, bytes);
    const corrupted = await run();

    const report = comparable(empty.json) as { head: { sizeBytes: number }; optimizer?: unknown };
    expect(report.head.sizeBytes).toBeGreaterThan(700_000);
    expect(report.optimizer).toBeDefined();
    expect(comparable(warm.json)).toEqual(report);
    expect(comparable(corrupted.json)).toEqual(report);
    expect(empty.saves.length).toBeGreaterThan(0);
    expect(warm.saves).toEqual([]);
    expect(corrupted.saves.length).toBe(1);
  });
});
