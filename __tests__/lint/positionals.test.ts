// The one scanner of positional arguments that the apt, apk, pip, rpm and IB rules share.
import { describe, expect, it } from '@jest/globals';
import { parseDockerfile } from '../../src/dockerfile/parse.js';
import { argsOf, positionalArgs, positionalWords, subcommand, valuesOf } from '../../src/dockerfile/shell.js';
import { apkAdds } from '../../src/lint/rules/support/apk.js';
import { pipInstalls } from '../../src/lint/rules/support/pip.js';

function script(line: string) {
  return parseDockerfile(`FROM busybox:1.35\nRUN ${line}\n`).instructions[1]!.shell!;
}

describe('positional arguments', () => {
  it('skips flags and the values of the flags that take one, given as a list or a set', () => {
    const cmd = script('sudo apt-get -o Acquire::Retries=3 -y install -t bookworm-backports curl')
      .commands[0]!;
    const flags = ['-o', '-t'];
    expect(valuesOf(positionalArgs(cmd, flags))).toEqual(['install', 'curl']);
    expect(valuesOf(positionalArgs(cmd, new Set(flags)))).toEqual(['install', 'curl']);
    expect(subcommand(cmd, flags)).toBe('install');
    expect(valuesOf(positionalArgs(cmd))).toEqual([
      'Acquire::Retries=3',
      'install',
      'bookworm-backports',
      'curl',
    ]);
  });

  it('takes every word after `--` as positional', () => {
    const cmd = script('tool -x a -- -not-a-flag b').commands[0]!;
    expect(valuesOf(positionalWords(argsOf(cmd), ['-x']))).toEqual(['-not-a-flag', 'b']);
  });

  it('gives the package managers the same reading: apk add and pip install packages', () => {
    expect(
      valuesOf(apkAdds(script('apk --no-cache -X http://m add -t .deps gcc musl-dev'))[0]!.packages),
    ).toEqual(['gcc', 'musl-dev']);
    const pip = pipInstalls(
      script('pip --no-cache-dir install -r req.txt --index-url http://i flask==3.0'),
    )[0]!;
    expect(pip.sub.value).toBe('install');
    expect(valuesOf(pip.packages)).toEqual(['flask==3.0']);
    expect(valuesOf(pip.args)).toEqual(['-r', 'req.txt', '--index-url', 'http://i', 'flask==3.0']);
  });
});
