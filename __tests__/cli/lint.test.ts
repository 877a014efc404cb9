// Runs the bundled CLI (dist/cli.js) as a process, as users and CI do.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDist } from '../support/dist.js';

let cli = '';
let dir = '';

function run(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}) {
  const result = spawnSync(process.execPath, [cli, 'lint', ...args], {
    cwd: options.cwd ?? dir,
    env: options.env ?? { ...process.env, NO_COLOR: '1' },
    input: options.input,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

beforeAll(() => {
  cli = ensureDist();
  dir = mkdtempSync(join(tmpdir(), 'ib-cli-lint-'));
  write('clean.Dockerfile', 'FROM busybox:1.35\nCMD ["sh"]\n');
  write('relative.Dockerfile', 'FROM busybox:1.35\nWORKDIR app\nCMD ["sh"]\n');
  write('broken.Dockerfile', 'FROM busybox:1.35\nFROBNICATE now\nWORKDIR app\n');
}, 300_000);

describe('image-budget lint (dist/cli.js)', () => {
  it('prints one JSON array of findings with the documented keys and exits 1 on an error', () => {
    const { code, stdout } = run([
      '--format',
      'json',
      '--no-shellcheck',
      'relative.Dockerfile',
      'clean.Dockerfile',
    ]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual([
      {
        file: 'relative.Dockerfile',
        line: 2,
        column: 9,
        endLine: 2,
        endColumn: 12,
        rule: 'DL3000',
        name: 'workdir-absolute',
        severity: 'error',
        category: 'correctness',
        message: 'Use an absolute WORKDIR path instead of "app".',
        fixable: false,
        // BuildKit's check for the same problem on the same line: one finding, both codes
        also: ['WorkdirRelativePath'],
      },
    ]);
  });

  it('exits 0 when nothing reaches the threshold, or with --no-fail', () => {
    expect(run(['--failure-threshold', 'none', 'relative.Dockerfile']).code).toBe(0);
    expect(run(['--no-fail', 'relative.Dockerfile']).code).toBe(0);
    expect(run(['--format=json', 'clean.Dockerfile'])).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
  });

  it('turns a file that does not parse into a DL1000 finding, never a crash', () => {
    const { code, stdout, stderr } = run(['--format', 'json', 'broken.Dockerfile']);
    expect([code, stderr]).toEqual([1, '']);
    const found = JSON.parse(stdout) as { rule: string; line: number; message: string }[];
    expect(found.map((f) => [f.rule, f.line])).toEqual([
      ['DL1000', 2],
      ['DL3000', 3],
    ]);
    expect(found[0]!.message).toBe('unknown instruction FROBNICATE');
  });

  it('exits 2 naming the file it cannot read, and for usage errors', () => {
    const missing = run(['clean.Dockerfile', 'nope/Dockerfile']);
    expect([missing.code, missing.stdout]).toEqual([2, '']);
    expect(missing.stderr).toContain('cannot read nope/Dockerfile: no such file');
    expect(run(['--format', 'xml', 'clean.Dockerfile'])).toEqual(
      expect.objectContaining({
        code: 2,
        stderr: expect.stringContaining('unknown format "xml"; accepted: tty, json, sarif, markdown'),
      }),
    );
    expect(run([]).code).toBe(2);
    expect(run(['--failure-threshold', 'loud', 'clean.Dockerfile']).stderr).toContain(
      'accepted: error, warning, info, style, none',
    );
  });

  it('writes valid SARIF 2.1.0, also without results', () => {
    const empty = JSON.parse(run(['--format', 'sarif', 'clean.Dockerfile']).stdout) as {
      version: string;
      runs: { tool: { driver: { rules: { id: string; helpUri?: string }[] } }; results: unknown[] }[];
    };
    expect(empty.version).toBe('2.1.0');
    expect(empty.runs).toHaveLength(1);
    expect(empty.runs[0]!.results).toEqual([]);
    expect(empty.runs[0]!.tool.driver.rules.find((r) => r.id === 'DL3000')?.helpUri).toMatch(
      /docs\/rules\/DL3000\.md$/,
    );
    const full = JSON.parse(run(['--format', 'sarif', 'relative.Dockerfile']).stdout) as {
      runs: { results: { ruleId: string; level: string; locations: unknown[] }[] }[];
    };
    expect(full.runs[0]!.results[0]).toEqual(
      expect.objectContaining({
        ruleId: 'DL3000',
        level: 'error',
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'relative.Dockerfile' },
              region: { startLine: 2, startColumn: 9, endLine: 2, endColumn: 12 },
            },
          },
        ],
      }),
    );
  });

  it('escapes untrusted text in markdown and keeps colours off when not on a terminal', () => {
    const name = write('we|rd<b>.Dockerfile', 'FROM busybox:1.35\nWORKDIR a|<img src=x>\n');
    const md = run(['--format', 'markdown', '--no-shellcheck', name]).stdout;
    expect(md).toContain('| File | Line | Rule | Severity | Message |');
    expect(md).not.toContain('<img');
    expect(md).toContain('we\\|rd&lt;b&gt;.Dockerfile');
    const tty = run(['--no-shellcheck', 'relative.Dockerfile']).stdout;
    expect(tty).not.toContain('\u001b[');
    expect(tty).toContain(
      'relative.Dockerfile:2:9 DL3000 (also WorkdirRelativePath) error: Use an absolute WORKDIR path',
    );
  });

  it('finds .hadolint.yaml in the current directory; --config takes either format; config errors exit 2', () => {
    const sub = mkdtempSync(join(dir, 'cfg-'));
    writeFileSync(join(sub, 'Dockerfile'), 'FROM busybox:1.35\nWORKDIR app\n');
    writeFileSync(join(sub, '.hadolint.yaml'), 'ignored: [DL3000]\n');
    expect(run(['--format', 'json', 'Dockerfile'], { cwd: sub })).toEqual(
      expect.objectContaining({ code: 0, stdout: '[]\n' }),
    );
    writeFileSync(
      join(sub, 'ib.yml'),
      'lint:\n  override:\n    warning: [DL3000]\n  failure-threshold: error\n',
    );
    const overridden = run(['--format', 'json', '--config', 'ib.yml', 'Dockerfile'], { cwd: sub });
    expect([overridden.code, (JSON.parse(overridden.stdout) as { severity: string }[])[0]?.severity]).toEqual(
      [0, 'warning'],
    );
    writeFileSync(join(sub, 'bad.yml'), 'override:\n  fatal: [DL3000]\n');
    const bad = run(['--config', 'bad.yml', 'Dockerfile'], { cwd: sub });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      'bad.yml: override.fatal: unknown severity; accepted: error, warning, info, style',
    );
  });

  it('honours disable-ignore-pragma from the config file', () => {
    const sub = mkdtempSync(join(dir, 'pragma-'));
    writeFileSync(join(sub, 'Dockerfile'), 'FROM busybox:1.35\n# hadolint ignore=DL3000\nWORKDIR app\n');
    expect(run(['--format', 'json', '--no-shellcheck', 'Dockerfile'], { cwd: sub }).stdout).toBe('[]\n');
    writeFileSync(join(sub, '.hadolint.yaml'), 'disable-ignore-pragma: true\n');
    const off = run(['--format', 'json', '--no-shellcheck', 'Dockerfile'], { cwd: sub });
    expect([off.code, (JSON.parse(off.stdout) as { rule: string }[]).map((f) => f.rule)]).toEqual([
      1,
      ['DL3000'],
    ]);
  });

  it('exits 2 with one line for a --context that is missing or not a directory', () => {
    for (const context of ['/nonexistent', 'clean.Dockerfile']) {
      const { code, stdout, stderr } = run(['--context', context, 'clean.Dockerfile']);
      expect([code, stdout]).toEqual([2, '']);
      expect(stderr).toMatch(
        new RegExp(
          `^image-budget lint: --context ${context}: (no such directory|not a directory); [^\n]*\n$`,
        ),
      );
    }
  });

  it('reads UTF-16 files and standard input', () => {
    const le = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('FROM busybox:1.35\r\nWORKDIR app\r\n', 'utf16le'),
    ]);
    write('utf16.Dockerfile', le);
    const found = JSON.parse(run(['--format', 'json', 'utf16.Dockerfile']).stdout) as {
      rule: string;
      column: number;
    }[];
    expect(found.map((f) => [f.rule, f.column])).toEqual([['DL3000', 9]]);
    const stdin = run(['--format', 'json', '-'], { input: 'FROM busybox:1.35\nWORKDIR app\n' });
    expect((JSON.parse(stdin.stdout) as { file: string }[]).map((f) => f.file)).toEqual(['stdin']);
  });

  it('reports ShellCheck findings when shellcheck is on PATH, and says once when it is not', () => {
    write('sc1.Dockerfile', 'FROM busybox:1.35\nRUN echo $x\n');
    write('sc2.Dockerfile', 'FROM busybox:1.35\nRUN echo $y\n');
    const withSc = JSON.parse(run(['--format', 'json', 'sc1.Dockerfile']).stdout) as {
      rule: string;
      line: number;
    }[];
    expect(withSc.map((f) => [f.rule, f.line])).toEqual([
      ['SC2086', 2],
      ['SC2154', 2],
    ]);
    const without = run(['--format', 'json', 'sc1.Dockerfile', 'sc2.Dockerfile'], {
      env: { PATH: '/nonexistent' },
    });
    expect(without.code).toBe(0);
    expect(JSON.parse(without.stdout)).toEqual([]);
    expect(without.stderr.match(/shellcheck is not installed/g)).toHaveLength(1);
  });
});
