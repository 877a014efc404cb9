import { describe, expect, it } from '@jest/globals';
import { parseDockerfile } from '../../../src/dockerfile/parse.js';
import { appendCommand, wholeLines } from '../../../src/lint/rules/support/edits.js';
import { scratchMountTargets, hasCacheMountOver } from '../../../src/dockerfile/mounts.js';
import { keyValues } from '../../../src/dockerfile/scope.js';
import { expand, variableTracker } from '../../../src/lint/rules/support/variables.js';
import { finalLineage } from '../../../src/lint/rules/support/stages.js';
import { pipArgs } from '../../../src/lint/rules/support/pip.js';
import { removesUnder } from '../../../src/lint/rules/support/cleanup.js';
import { rpmVersionPinned } from '../../../src/lint/rules/support/rpm.js';

function run(line: string) {
  const parsed = parseDockerfile(`FROM debian\n${line}\n`);
  return { parsed, ins: parsed.instructions[1]!, commands: parsed.instructions[1]!.shell!.commands };
}

describe('rule support helpers', () => {
  it('reads cache and tmpfs mount targets, not bind or secret mounts', () => {
    const { ins } = run(
      'RUN --mount=type=cache,target=/root/.cache/pip/ --mount=type=tmpfs,dst=/tmp/x --mount=type=secret,id=a,target=/s x',
    );
    expect(scratchMountTargets(ins)).toEqual(['/root/.cache/pip', '/tmp/x']);
  });

  it('reads mounts as the other rules do: quoted targets, a root target covering every folder', () => {
    const quoted = run('RUN --mount=type=cache,target="/var/cache/apt" apt-get install -y x').ins;
    expect(scratchMountTargets(quoted)).toEqual(['/var/cache/apt']);
    expect(hasCacheMountOver(quoted, ['/var/cache/apt/archives'])).toBe(true);
    const root = run('RUN --mount=type=cache,target=/ yum install -y x').ins;
    expect(hasCacheMountOver(root, ['/var/cache/yum'])).toBe(true);
    const other = run('RUN --mount=type=cache,target=/var/cache/apt yum install -y x').ins;
    expect(hasCacheMountOver(other, ['/var/cache/yum'])).toBe(false);
  });

  it('appends only where the chain keeps its meaning', () => {
    const { commands } = run('RUN a && b; c | d || e');
    expect(appendCommand(commands[0]!, 'z')).toEqual({
      start: commands[0]!.end,
      end: commands[0]!.end,
      text: ' && z',
    });
    expect(appendCommand(commands[1]!, 'z')).not.toBeNull();
    expect(appendCommand(commands[2]!, 'z')).toBeNull(); // feeds a pipe
    expect(appendCommand(commands[3]!, 'z')).toBeNull(); // followed by an || fallback
  });

  it('recognises removal of a cache directory or its content', () => {
    const { commands } = run('RUN rm -rf /var/cache/yum/* && rm -f /var/cache/yumfoo && ls /var/cache/yum');
    expect(commands.map((c) => removesUnder(c, ['/var/cache/yum']))).toEqual([true, false, false]);
  });

  it('pins rpm specs with a version part that starts with a digit', () => {
    expect(['tomcat-9.2', 'openssl-1:1.1.1k', 'gcc-c++-1.1.1', 'x.rpm'].map(rpmVersionPinned)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['tomcat', 'rpm-sign', 'git-core-', 'a-b!1'].map(rpmVersionPinned)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('splits ENV/ARG/LABEL words in both forms', () => {
    const parsed = parseDockerfile('FROM a\nENV A=1 B="two words"\nENV C legacy value\nARG D\n');
    expect(
      parsed.instructions.slice(1).map((i) => keyValues(i).pairs.map((kv) => [kv.key, kv.value])),
    ).toEqual([
      [
        ['A', '1'],
        ['B', 'two words'],
      ],
      [['C', 'legacy value']],
      [['D', null]],
    ]);
  });

  it('tracks ARGs file-wide and ENVs per stage with inheritance', () => {
    const parsed = parseDockerfile('ARG G=g\nFROM a AS one\nENV E=e\nFROM one\nFROM a\n');
    const vars = variableTracker(parsed);
    const seen: (string | undefined)[][] = [];
    for (const ins of parsed.instructions) {
      vars.visit(ins);
      seen.push([vars.get('G'), vars.get('E')]);
    }
    expect(seen).toEqual([
      ['g', undefined],
      ['g', undefined],
      ['g', 'e'],
      ['g', 'e'],
      ['g', undefined],
    ]);
    expect(expand('x-${E}-$G-${NOPE:-d}', (n) => ({ E: 'e', G: 'g' })[n])).toBe('x-e-g-');
  });

  it('follows the final stage back through the stages it is built on', () => {
    const parsed = parseDockerfile('FROM a AS base\nFROM b AS other\nFROM base AS mid\nFROM mid\n');
    expect([...finalLineage(parsed)].sort()).toEqual([0, 2, 3]);
  });

  it('finds pip arguments for pip, pipN.M and python -m pip', () => {
    const { commands } = run('RUN pip3.11 install a && python3 -m pip install b && pipx install c');
    expect(commands.map((c) => pipArgs(c)?.map((w) => w.value) ?? null)).toEqual([
      ['install', 'a'],
      ['install', 'b'],
      null,
    ]);
  });

  it('deletes whole lines of a continued instruction', () => {
    const parsed = parseDockerfile('FROM a\nCMD x \\\n  y\nRUN z\n');
    const edit = wholeLines(parsed, parsed.instructions[1]!);
    expect(parsed.text.slice(0, edit.start) + parsed.text.slice(edit.end)).toBe('FROM a\nRUN z\n');
  });
});
