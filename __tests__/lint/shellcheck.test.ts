// Runs the real shellcheck (apt-get install shellcheck; on GitHub's Ubuntu runners it is preinstalled).
import { describe, expect, it } from '@jest/globals';
import { applyPolicy } from '../../src/lint/engine.js';
import { parseDockerfile } from '../../src/lint/parse.js';
import {
  dialectOf,
  processShellcheckRunner,
  shellcheckFile,
  shellcheckJobs,
  ShellcheckMissing,
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

  it('runs shellcheck once per file and dialect, skipping exec form and non-POSIX shells', () => {
    const jobs = shellcheckJobs(
      parseDockerfile(
        'FROM a\nRUN a\nRUN ["b"]\nRUN c\nSHELL ["bash","-c"]\nRUN d\nSHELL ["pwsh","-c"]\nRUN Get-Item\n',
      ),
    );
    expect(
      jobs.map((j) => [j.dialect, j.script.split('\n').filter((l) => !l.startsWith('export '))]),
    ).toEqual([
      ['sh', ['a', 'c', '']],
      ['bash', ['d', '']],
    ]);
    expect(shellcheckJobs(parseDockerfile('# hadolint shell=powershell\nFROM a\nRUN x\n'))).toEqual([]);
    expect([dialectOf('/bin/ash'), dialectOf('cmd.exe'), dialectOf('/usr/bin/bash')]).toEqual([
      'dash',
      undefined,
      'bash',
    ]);
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
