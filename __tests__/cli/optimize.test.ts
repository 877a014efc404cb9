import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { optimizeCommand } from '../../src/cli/optimize.js';
import { createDocker } from '../../src/docker/cli.js';
import { measureImage } from '../../src/measure/measure.js';
import { realFileSystem } from '../../src/deps.js';
import { DOCKER_BUILDKIT_CLIENT, requireDocker } from '../support/docker.js';

const DOCKERFILE =
  'FROM busybox:1.35\nRUN head -c 2000000 /dev/zero > /big\nRUN rm /big\nCMD ["sh", "-c", "echo ok"]\n';
const dirs: string[] = [];

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ib-cli-opt-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'Dockerfile'), DOCKERFILE);
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  writeFileSync(join(dir, 'debug.log'), 'log\n');
  return dir;
}

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const docker = createDocker({ client: DOCKER_BUILDKIT_CLIENT });
  const code = await optimizeCommand(argv, {
    files: realFileSystem,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    docker: () => docker,
    measure: (d, image) => measureImage(d, image),
  });
  return { code, stdout, stderr };
}

const MERGED =
  'FROM busybox:1.35\nRUN head -c 2000000 /dev/zero > /big \\\n    && rm /big\nCMD ["sh", "-c", "echo ok"]\n';

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('image-budget optimize', () => {
  it('prints the optimized Dockerfile on stdout and the report on stderr', async () => {
    const dir = project();
    const r = await run([join(dir, 'Dockerfile')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(MERGED);
    expect(r.stderr).toContain('Applied:');
    expect(r.stderr).toContain('.dockerignore gets: .git, **/*.log');
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toBe(DOCKERFILE);
  });

  it('prints a unified diff of the Dockerfile and the new .dockerignore', async () => {
    const dir = project();
    const r = await run([join(dir, 'Dockerfile'), '--diff']);
    expect(r.stdout).toContain('-RUN rm /big\n');
    expect(r.stdout).toContain('+    && rm /big\n');
    expect(r.stdout).toContain('--- /dev/null\n');
    expect(r.stdout).toContain('+.git\n+**/*.log\n');
  });

  it('--write replaces the Dockerfile, writes .dockerignore, and a second run has nothing to do', async () => {
    const dir = project();
    const r = await run([join(dir, 'Dockerfile'), '--write']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toBe(MERGED);
    expect(readFileSync(join(dir, '.dockerignore'), 'utf8')).toBe(
      '# added by image-budget optimize\n.git\n**/*.log\n',
    );
    expect(r.stdout).toContain('Wrote ');
    const again = await run([join(dir, 'Dockerfile'), '--write', '--format', 'json']);
    const json = JSON.parse(again.stdout) as { changed: boolean; applied: unknown[] };
    expect(json.changed).toBe(false);
    expect(json.applied).toEqual([]);
  });

  it('extends an existing .dockerignore and honours --context', async () => {
    const dir = project();
    const context = join(dir, 'ctx');
    mkdirSync(context);
    writeFileSync(join(context, '.dockerignore'), 'node_modules\n');
    writeFileSync(join(context, 'a.log'), 'x');
    await run([join(dir, 'Dockerfile'), '--context', context, '--write']);
    expect(readFileSync(join(context, '.dockerignore'), 'utf8')).toBe(
      'node_modules\n\n# added by image-budget optimize\n**/*.log\n',
    );
    expect(existsSync(join(dir, '.dockerignore'))).toBe(false);
  });

  it('gives JSON for machines', async () => {
    const dir = project();
    const r = await run([join(dir, 'Dockerfile'), '--format', 'json']);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(json['optimized']).toBe(MERGED);
    expect(json['changed']).toBe(true);
    expect(json['written']).toBe(false);
    expect((json['applied'] as { rule: string }[]).map((a) => a.rule)).toEqual(['IB116', 'dockerignore']);
  });

  it('explains bad usage and missing files without a stack trace', async () => {
    expect((await run([])).stderr).toContain('give exactly one Dockerfile');
    expect((await run(['x', '--diff', '--write'])).code).toBe(2);
    expect((await run(['x', '--level', 'extreme'])).stderr).toContain('--level must be safe or aggressive');
    expect((await run(['x', '--smoke-test', 'true'])).stderr).toContain('--smoke-test needs --build');
    const missing = await run(['/nonexistent/Dockerfile']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      'image-budget optimize: /nonexistent/Dockerfile: no such file. Give the path of a Dockerfile.\n',
    );
    expect((await run(['--help'])).code).toBe(0);
  });

  describe('--build (real Docker)', () => {
    beforeAll(() => requireDocker());
    it('adds the before/after table and the saving per fix', async () => {
      const dir = project();
      const r = await run([
        join(dir, 'Dockerfile'),
        '--build',
        '--attribute',
        '--smoke-test',
        'echo ok',
        '--format',
        'json',
      ]);
      expect(r.code).toBe(0);
      const json = JSON.parse(r.stdout) as {
        build: { ok: boolean; savedBytes: number; fixes: { rule: string; savedBytes: number }[] };
      };
      expect(json.build.ok).toBe(true);
      expect(json.build.savedBytes).toBeGreaterThanOrEqual(2_000_000 - 100);
      expect(json.build.fixes.find((f) => f.rule === 'IB116')?.savedBytes).toBe(2_000_000);
      const text = await run([join(dir, 'Dockerfile'), '--build', '--diff']);
      expect(text.stderr).toMatch(/size \(uncompressed\)\s+\S+ \S+\s+\S+ \S+\s+2 MB/);
      expect(text.stderr).toContain('build time');
      const left = execFileSync(DOCKER_BUILDKIT_CLIENT, ['images', '--format', '{{.Repository}}'], {
        encoding: 'utf8',
      });
      expect(left).not.toContain('image-budget-optimize');
    });
  });
});
