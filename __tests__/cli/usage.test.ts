// The bundled CLI's own surface: --version, --help for every command on stdout, and what a mistyped path says.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDist, ROOT } from '../support/dist.js';

let cli = '';

function run(args: string[], cwd = ROOT, script = cli) {
  const r = spawnSync(process.execPath, [script, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  cli = ensureDist();
}, 300_000);

describe('image-budget --version', () => {
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string })
    .version;

  it('prints the version in package.json on stdout and exits 0', () => {
    for (const flag of ['--version', '-V', 'version'])
      expect(run([flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('carries the version in the bundle: dist/cli.js copied alone still prints it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ib-cli-alone-'));
    const alone = join(dir, 'cli.mjs');
    copyFileSync(cli, alone);
    expect(run(['--version'], dir, alone)).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('--help', () => {
  it.each([['--help'], ['-h'], ['help']])('image-budget %s lists the commands on stdout', (flag) => {
    const r = run([flag]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    for (const command of ['lint', 'optimize', 'measure', 'check', 'bisect'])
      expect(r.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });

  it.each(['lint', 'optimize', 'measure', 'check', 'bisect'])(
    '%s: --help, -h and help COMMAND print its usage on stdout',
    (command) => {
      for (const args of [
        [command, '--help'],
        [command, '-h'],
        ['help', command],
      ]) {
        const r = run(args);
        expect([args, r.code, r.stderr]).toEqual([args, 0, '']);
        expect(r.stdout).toContain(`usage: image-budget ${command}`);
      }
    },
  );

  it('an unknown command is a usage error on stderr', () => {
    const r = run(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('unknown command "frobnicate"');
  });
});

describe('check: paths and options in the terms of the command line', () => {
  it('names a missing Dockerfile as typed and speaks of --dockerfile, not of an action input', () => {
    const r = run(['check', '--dockerfile', 'nope/Dockerfile']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'error: nope/Dockerfile: no such file. Give the path of your Dockerfile with --dockerfile FILE (relative to the current directory or absolute).\n',
    );
  });

  it('says when the Dockerfile given is a directory, or the context is missing', () => {
    expect(run(['check', '--dockerfile', 'examples']).stderr).toContain(
      'error: examples: is a directory, not a file.',
    );
    const r = run(['check', '--dockerfile', 'examples/static-site/Dockerfile', '--context', 'no/such/dir']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'error: no/such/dir: no such directory. Give the build context with --context DIR',
    );
  });

  it('lists invalid options by flag', () => {
    const r = run([
      'check',
      '--dockerfile',
      'examples/static-site/Dockerfile',
      '--budget',
      'lots',
      '--max-layers',
      'x',
      '--base-ref',
      'none',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^error: 2 options are not valid:\n {2}--budget "lots": not a size;.*\n {2}--max-layers "x": /,
    );
    expect(r.stderr).not.toContain('action inputs');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
