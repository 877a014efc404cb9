// `image-budget check` as a process (dist/cli.js), on a real repository and the real Docker Engine.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDist, ROOT } from '../support/dist.js';
import { requireDocker } from '../support/docker.js';
import { commit, initRepo, tempDir } from '../support/git-repo.js';

let cli: string;
const dirs: string[] = [];

beforeAll(() => {
  requireDocker();
  cli = ensureDist();
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function check(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, 'check', ...args],
      { cwd, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

describe('image-budget check', () => {
  test('the README command: the bundled example, report on stdout, progress on stderr', async () => {
    const r = await check(ROOT, [
      '--dockerfile',
      'examples/static-site/Dockerfile',
      '--base-ref',
      'none',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as {
      head: { sizeBytes: number; layerCount: number };
      verdict: { status: string };
    };
    expect(report.head.sizeBytes).toBeGreaterThan(1_000_000);
    expect(report.verdict.status).not.toBe('fail');
    expect(r.stderr).toContain('build head');
  });

  test('the README command on the example: named findings, a fix with its saving, hidden bytes, smoke test', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const command = /node dist\/cli\.js check (.*?)\s+# the main job/.exec(readme)?.[1];
    expect(command).toBeDefined();
    const smoke = /--smoke-test '([^']+)'/.exec(command!)?.[1];
    expect(smoke).toBeDefined();
    const r = await check(ROOT, [
      '--dockerfile',
      'examples/static-site/Dockerfile',
      '--smoke-test',
      smoke!,
      '--base-ref',
      'none',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/hidden bytes\s+—\s+→\s+[\d.]+ MB/);
    expect(r.stdout).toMatch(
      /IB116 +Merge the RUNs at lines 8, 9, 10, 12: saves [\d.]+ MB \([\d.]+ kB compressed\) and 3 layers/,
    );
    expect(r.stdout).toContain('The smoke test passed in both images.');
    expect(r.stdout).toMatch(
      /warning +IB101 line 10 +"export.txt" is created by the RUN at line 8 and removed here/,
    );
    expect(r.stdout).toContain('PASS');
  });

  test('the example passes its own lint once the optimizer has rewritten it', async () => {
    const dir = tempDir('example-write');
    dirs.push(dir);
    cpSync(join(ROOT, 'examples/static-site'), dir, { recursive: true });
    const lint = (): { code: number; stdout: string } => {
      try {
        return {
          code: 0,
          stdout: execFileSync(process.execPath, [cli, 'lint', 'Dockerfile'], { cwd: dir, encoding: 'utf8' }),
        };
      } catch (error: unknown) {
        const e = error as { status: number; stdout: string };
        return { code: e.status, stdout: e.stdout };
      }
    };
    expect(lint().code).toBe(1);
    execFileSync(process.execPath, [cli, 'optimize', 'Dockerfile', '--write'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(lint()).toEqual({ code: 0, stdout: '1 file linted: no problems\n' });
  });

  test('working tree against a base commit: growth over --max-increase exits 1 with the numbers', async () => {
    const repo = initRepo(tempDir('check'));
    dirs.push(repo);
    commit(repo, { Dockerfile: 'FROM busybox:1.35\nRUN head -c 100000 /dev/urandom > /d\n' }, 'base');
    writeFileSync(join(repo, 'Dockerfile'), 'FROM busybox:1.35\nRUN head -c 400000 /dev/urandom > /d\n');
    const r = await check(repo, ['--base-ref', 'HEAD', '--max-increase', '100kB', '--optimize', 'false']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('\nFAIL: uncompressed size grew by 300 kB');
    expect(r.stdout).toContain('more than the max-increase of 100 kB');
    expect(r.stdout).not.toContain('300,000 B');
    const ok = await check(repo, [
      '--base-ref',
      'HEAD',
      '--max-increase',
      '10MB',
      '--optimize',
      'false',
      '--format',
      'markdown',
    ]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('| uncompressed size |');
  });

  test('--max-layers fails a deep image and the report shows every limit the verdict used', async () => {
    const dir = tempDir('check-layers');
    dirs.push(dir);
    writeFileSync(join(dir, 'Dockerfile'), 'FROM busybox:1.35\nRUN echo a > /a\nRUN echo b > /b\n');
    const r = await check(dir, [
      '--base-ref',
      'none',
      '--max-layers',
      '2',
      '--warn-increase',
      '5%',
      '--optimize',
      'false',
      '--format',
      'json',
    ]);
    const report = JSON.parse(r.stdout) as {
      limits: { maxLayers?: number; warnIncrease?: unknown };
      verdict: { status: string };
    };
    expect(report.limits.maxLayers).toBe(2);
    expect(report.limits.warnIncrease).toBeDefined();
    expect(report.verdict.status).toBe('fail');
    expect(r.code).toBe(1);
  });

  test('usage errors exit 2 with the message', async () => {
    const r = await check(ROOT, ['--budget', 'lots', '--base-ref', 'none']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('budget');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
