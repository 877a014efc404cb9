// Runs the real shellcheck (apt-get install shellcheck; on GitHub's Ubuntu runners it is preinstalled).
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { applyPolicy } from '../../src/lint/engine.js';
import { isWindowsImage, parseDockerfile } from '../../src/dockerfile/parse.js';
import {
  dialectOf,
  findShellcheckRc,
  processShellcheckRunner,
  shellcheckFile,
  shellcheckJobs,
  ShellcheckMissing,
  type ShellcheckRunner,
} from '../../src/lint/shellcheck.js';

const runner = processShellcheckRunner();
const check = async (text: string): Promise<[string, number, number, number, number][]> =>
  (await shellcheckFile(parseDockerfile(text), runner)).map((f) => [
    f.rule,
    f.line,
    f.column,
    f.endLine,
    f.endColumn,
  ]);

describe('shellcheck', () => {
  it('maps findings back to Dockerfile lines and columns across continuation lines', async () => {
    const text = 'FROM busybox:1.35\nRUN echo ok && \\\n    # comment\n    echo $foo\n';
    expect(await check(text)).toEqual([
      ['SC2154', 4, 10, 4, 14],
      ['SC2086', 4, 10, 4, 14],
    ]);
  });

  it('maps ONBUILD triggers, and RUN flags before the script, to the right columns', async () => {
    expect(await check('FROM busybox:1.35\nONBUILD RUN echo \\\n  $x\n')).toEqual([
      ['SC2154', 3, 3, 3, 5],
      ['SC2086', 3, 3, 3, 5],
    ]);
    expect(await check('FROM busybox:1.35\nRUN --mount=type=cache,target=/c echo $HOME/$RANDOM\n')).toEqual([
      ['SC2086', 2, 39, 2, 44],
      ['SC3028', 2, 45, 2, 52],
    ]);
  });

  it('checks heredoc scripts on their own lines', async () => {
    expect(await check('FROM busybox:1.35\nRUN <<EOF\necho ok\necho $RANDOM\nEOF\n')).toEqual([
      ['SC3028', 4, 6, 4, 13],
    ]);
  });

  it('knows ARG/ENV variables and the proxy variables; the SHELL picks the dialect', async () => {
    expect(await check('FROM busybox:1.35\nARG v=1\nENV w=2\nRUN echo "$v$w$HTTP_PROXY"\n')).toEqual([]);
    expect(await check('FROM busybox:1.35\nSHELL ["/bin/bash", "-c"]\nRUN echo "$RANDOM"\n')).toEqual([]);
    expect(await check('FROM busybox:1.35\nRUN echo "$RANDOM"\n')).toEqual([['SC3028', 2, 11, 2, 18]]);
  });

  it('makes one script per RUN, skipping exec form and non-POSIX shells', () => {
    const jobs = shellcheckJobs(
      parseDockerfile(
        'FROM a\nRUN a\nRUN ["b"]\nRUN c\nSHELL ["bash","-c"]\nRUN d\nSHELL ["pwsh","-c"]\nRUN Get-Item\n',
      ),
    );
    expect(
      jobs.map((j) => [j.dialect, j.script.split('\n').filter((l) => !l.startsWith('export '))]),
    ).toEqual([
      ['sh', ['a', '']],
      ['sh', ['c', '']],
      ['bash', ['d', '']],
    ]);
    expect(shellcheckJobs(parseDockerfile('# hadolint shell=powershell\nFROM a\nRUN x\n'))).toEqual([]);
    expect([dialectOf('/bin/ash'), dialectOf('cmd.exe'), dialectOf('/usr/bin/bash')]).toEqual([
      'dash',
      undefined,
      'bash',
    ]);
  });

  it('skips the RUNs of a Windows base (cmd runs them) unless a SHELL or pragma says otherwise', () => {
    const jobs = (text: string): number[] =>
      shellcheckJobs(parseDockerfile(text)).map((j) => j.lineOffsets.findIndex((l) => l !== null));
    for (const base of [
      'mcr.microsoft.com/windows/servercore:ltsc2022',
      'mcr.microsoft.com/dotnet/framework/sdk:4.8-windowsservercore-ltsc2022',
      'golang:1.26-nanoserver-ltsc2022',
    ]) {
      expect(shellcheckJobs(parseDockerfile(`FROM ${base}\nRUN echo %PATH%\n`))).toEqual([]);
    }
    expect(isWindowsImage('debian:bookworm-slim')).toBe(false);
    // a Linux stage after it is checked; so is a Windows stage whose SHELL is bash
    expect(
      jobs('FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir\nFROM debian:12\nRUN echo $x\n'),
    ).toHaveLength(1);
    expect(
      jobs('FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["bash", "-c"]\nRUN echo $x\n'),
    ).toHaveLength(1);
  });

  it('runs shellcheck once per file and dialect, however many RUNs', async () => {
    const calls: [number, string][] = [];
    const counting: ShellcheckRunner = (scripts, dialect) => {
      calls.push([typeof scripts === 'string' ? 1 : scripts.length, dialect]);
      return runner(scripts, dialect);
    };
    const text =
      'FROM busybox:1.35\nRUN echo $a\nONBUILD RUN echo $b\nRUN echo $c\nSHELL ["bash","-c"]\nRUN echo $d\n';
    const found = await shellcheckFile(parseDockerfile(text), counting);
    expect(calls).toEqual([
      [3, 'sh'],
      [1, 'bash'],
    ]);
    expect(found.filter((f) => f.rule === 'SC2086').map((f) => f.line)).toEqual([2, 3, 4, 6]);
  });

  it('checks each RUN on its own, as the build runs it in a fresh shell', async () => {
    // an `exit` in one RUN does not make the next unreachable
    expect(await check('FROM debian:12-slim\nRUN echo a; exit 0\nRUN echo hi\n')).toEqual([]);
    // a syntax error in one RUN does not hide the findings of the others
    expect(await check('FROM debian:12-slim\nRUN echo "unterminated\nRUN echo $X\nRUN echo $Y\n')).toEqual([
      ['SC1009', 2, 5, 2, 6],
      ['SC1073', 2, 10, 2, 11],
      ['SC2086', 3, 10, 3, 12],
      ['SC2086', 4, 10, 4, 12],
    ]);
    // `set -e` does not carry over to the next RUN
    expect(await check('FROM debian:12-slim\nRUN set -e\nRUN cd /tmp\n')).toEqual([['SC2164', 3, 5, 3, 12]]);
    // nor do the variables of an unrelated earlier stage
    expect(await check('FROM a AS one\nENV v=1\nRUN echo "$v"\nFROM b\nRUN echo "$v"\n')).toEqual([
      ['SC2154', 5, 11, 5, 13],
    ]);
  });

  it('gives each script its own comments and removes its temporary files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sc-test-'));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = dir;
    try {
      const comments = await runner(['echo ok\n', 'echo $a\n', 'cd /tmp\n'], 'sh');
      expect(comments.map((c) => [c.script, c.code, c.line])).toEqual([
        [1, 2154, 1],
        [1, 2086, 1],
        [2, 2164, 1],
      ]);
      expect((await runner('echo $a\n', 'sh')).map((c) => c.script)).toEqual([0, 0]);
      expect(await runner([], 'sh')).toEqual([]);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('uses the rc file ShellCheck would find from the working directory (the scripts are temporary files)', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'sc-rc-'));
    try {
      mkdirSync(join(repo, 'sub'));
      writeFileSync(join(repo, '.shellcheckrc'), 'disable=SC2086\n');
      expect(findShellcheckRc(join(repo, 'sub'))).toBe(join(repo, '.shellcheckrc'));
      const codes = (await processShellcheckRunner('shellcheck', join(repo, 'sub'))('echo $a\n', 'sh')).map(
        (c) => c.code,
      );
      expect(codes).toEqual([2154]);
      // without one, nothing is disabled
      expect((await runner('echo $a\n', 'sh')).map((c) => c.code)).toEqual([2154, 2086]);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it('is silenced by pragmas through the engine policy', async () => {
    const parsed = parseDockerfile('FROM busybox:1.35\n# hadolint ignore=SC2086\nRUN echo $x\n');
    const found = applyPolicy(await shellcheckFile(parsed, runner), parsed);
    expect(found.map((f) => f.rule)).toEqual(['SC2154']);
  });

  it('reports a missing executable clearly', async () => {
    await expect(processShellcheckRunner('/nonexistent/shellcheck')('true\n', 'sh')).rejects.toBeInstanceOf(
      ShellcheckMissing,
    );
  });
});
