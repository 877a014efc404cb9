// Merging RUNs must never change what the build does. Docker runs each RUN as `/bin/sh -c <args>` and stops at
// the first one that fails; this runs every pair (and some triples) of script fragments both ways in a real
// POSIX shell, in a scratch folder, and compares the output and the success of the build.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDockerfile } from '../../../src/dockerfile/parse.js';
import { IB116 } from '../../../src/lint/rules/IB116.js';
import { applyFix, check } from './helpers.js';

const FRAGMENTS = [
  'echo one',
  'false',
  'true || echo never',
  'false || echo recovered',
  'echo a; false',
  'false; echo b',
  'echo x > f && cat f',
  'cd sub 2>/dev/null || echo nosub',
  '(mkdir -p sub && cd sub && echo in > g && pwd | sed "s|.*/||")',
  'if [ -f f ]; then echo has-f; else echo no-f; fi',
  'test -f f && rm f',
  'echo piped | tr a-z A-Z',
  'false | true',
  '! false',
  'for i in 1 2; do echo $i; done',
  'set -e; echo s',
  'x=5',
  'echo "x=$x"',
  'case a in a) echo ca;; esac',
  '{ echo br; false; }',
  'echo end # comment',
  'exit 3',
  'ls sub 2>/dev/null | wc -l',
];

interface Outcome {
  output: string;
  ok: boolean;
}

function runScripts(scripts: string[]): Outcome {
  const dir = mkdtempSync(join(tmpdir(), 'ib116-'));
  try {
    let output = '';
    for (const script of scripts) {
      const r = spawnSync('/bin/sh', ['-c', script], { cwd: dir, encoding: 'utf8' });
      output += r.stdout;
      if (r.status !== 0) return { output, ok: false };
    }
    return { output, ok: true };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const runArgs = (text: string): string[] =>
  parseDockerfile(text)
    .instructions.filter((i) => i.keyword === 'RUN')
    .map((i) => i.args);

describe('IB116 merges keep the build behaviour', () => {
  const pairs = FRAGMENTS.flatMap((a) => FRAGMENTS.map((b) => [a, b]));
  const triples = FRAGMENTS.slice(0, 8).flatMap((a) =>
    FRAGMENTS.slice(8, 16).map((b) => [a, b, FRAGMENTS[(a.length + b.length) % FRAGMENTS.length]!]),
  );

  it('runs every merged sequence exactly like the separate RUNs', () => {
    let merged = 0;
    for (const scripts of [...pairs, ...triples]) {
      const text = `FROM busybox:1.35\n${scripts.map((s) => `RUN ${s}\n`).join('')}`;
      const found = check(IB116, text);
      if (found.length === 0) continue;
      const fixed = applyFix(text, found[0]!);
      const before = runScripts(runArgs(text));
      const after = runScripts(runArgs(fixed));
      expect({ scripts, ...after }).toEqual({ scripts, ...before });
      merged++;
    }
    // most combinations are mergeable; the refusals are the state changes, lists and comments
    expect(merged).toBeGreaterThan(150);
  });
});
