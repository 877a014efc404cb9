// A real `image-budget check` run (in process, the real Docker Engine) through an fs port that counts what it
// reads: the head Dockerfile is read once for lint, the optimizer, the build's measurement and the report; the
// base Dockerfile (in its worktree) once too.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileSystem } from '../../src/adapters.js';
import { runCheck } from '../../src/cli/check.js';
import { realFileSystem } from '../../src/deps.js';
import { testDeps } from '../support/deps.js';
import { requireDocker } from '../support/docker.js';
import { commit, initRepo, tempDir } from '../support/git-repo.js';

const dirs: string[] = [];
beforeAll(() => requireDocker());
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** The real filesystem, counting the reads of each path. */
function countingFs(): FileSystem & { reads: Map<string, number> } {
  const reads = new Map<string, number>();
  const count = (path: string): void => {
    reads.set(path, (reads.get(path) ?? 0) + 1);
  };
  return {
    ...realFileSystem,
    reads,
    readFile: (path) => {
      count(path);
      return realFileSystem.readFile(path);
    },
    readFileOrNull: (path) => {
      count(path);
      return realFileSystem.readFileOrNull(path);
    },
  };
}

describe('reads in a check run', () => {
  test('each Dockerfile is read once, with the optimizer and a base build', async () => {
    const repo = initRepo(tempDir('reads'));
    dirs.push(repo);
    commit(repo, { Dockerfile: 'FROM busybox:1.35\nRUN head -c 1000 /dev/zero > /small\n' }, 'base');
    // two RUNs the optimizer merges: the optimized variant is built and measured too
    writeFileSync(
      join(repo, 'Dockerfile'),
      'FROM busybox:1.35\nRUN head -c 2000000 /dev/zero > /big\nRUN rm /big\nCMD ["sh", "-c", "echo ok"]\n',
    );
    const fs = countingFs();
    let stdout = '';
    const code = await runCheck(
      ['--base-ref', 'HEAD', '--format', 'json', '--no-cache'],
      { cwd: repo, stdout: (t) => (stdout += t), stderr: () => undefined },
      testDeps({ fs }),
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { optimizer?: { fixes: unknown[] }; base: unknown };
    expect(report.optimizer?.fixes.length).toBeGreaterThan(0);
    expect(report.base).not.toBeNull();
    const dockerfileReads = [...fs.reads].filter(([path]) => path.endsWith('/Dockerfile'));
    // the head's and the base worktree's, once each
    expect(dockerfileReads.map(([, n]) => n)).toEqual([1, 1]);
    expect(dockerfileReads.map(([path]) => path)).toContain(join(repo, 'Dockerfile'));
  }, 300_000);
});
