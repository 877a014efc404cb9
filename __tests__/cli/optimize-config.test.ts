// `image-budget optimize --diff`, run as a process (dist/cli.js), fixes only what `image-budget lint` reports
// under the same configuration: a rule ignored in `.image-budget.yml` or `.hadolint.yaml` is not fixed.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDist } from '../support/dist.js';

// DL3008 (unpinned apt packages), DL3009 (apt lists left behind) and DL3015 (recommended packages) all fire here
const DOCKERFILE =
  'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nCMD ["curl", "--version"]\n';
const IGNORED = ['DL3008', 'DL3009', 'DL3015'];

let cli = '';
const dirs: string[] = [];
beforeAll(() => {
  cli = ensureDist();
}, 300_000);
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function project(config?: { name: string; text: string }): string {
  const dir = mkdtempSync(join(tmpdir(), 'ib-optimize-config-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'Dockerfile'), DOCKERFILE);
  if (config) writeFileSync(join(dir, config.name), config.text);
  return dir;
}

function optimize(dir: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, 'optimize', 'Dockerfile', ...args], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const appliedRules = (dir: string): string[] => {
  const r = optimize(dir, '--format', 'json');
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as { applied: { rule: string }[] }).applied.map((a) => a.rule);
};

describe('optimize --diff under the lint configuration', () => {
  it('fixes DL3009 and DL3015 without a configuration (the case the others are measured against)', () => {
    const rules = appliedRules(project());
    expect(rules).toEqual(expect.arrayContaining(['DL3009', 'DL3015']));
  });

  for (const config of [
    { name: '.image-budget.yml', text: `ignored: [${IGNORED.join(', ')}]\n` },
    { name: '.hadolint.yaml', text: `ignored:\n${IGNORED.map((c) => `  - ${c}\n`).join('')}` },
  ]) {
    it(`makes none of the ignored rules' fixes with ${config.name}`, () => {
      const dir = project(config);
      const diff = optimize(dir, '--diff');
      expect(diff.code).toBe(0);
      expect(diff.stdout).not.toContain('--no-install-recommends');
      expect(diff.stdout).not.toContain('/var/lib/apt/lists');
      expect(appliedRules(dir).filter((r) => IGNORED.includes(r))).toEqual([]);
      // and lint, with the same file, reports none of them either
      const lint = spawnSync(
        process.execPath,
        [cli, 'lint', '--format', 'json', '--no-shellcheck', 'Dockerfile'],
        {
          cwd: dir,
          encoding: 'utf8',
        },
      );
      const codes = (JSON.parse(lint.stdout) as { rule: string }[]).map((f) => f.rule);
      expect(codes.filter((c) => IGNORED.includes(c))).toEqual([]);
    });
  }

  it('reads the file given with --config, and names a missing one', () => {
    const dir = project({ name: 'lint.yml', text: `ignored: [${IGNORED.join(', ')}]\n` });
    expect(optimize(dir, '--diff', '--config', 'lint.yml').stdout).not.toContain('--no-install-recommends');
    const missing = optimize(dir, '--diff', '--config', 'nope.yml');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.yml: no such file');
  });
});
