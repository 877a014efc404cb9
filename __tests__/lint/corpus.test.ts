// The whole corpus (../shared/corpus/dockerfiles, 1,267 real Dockerfiles) through `image-budget lint --format json`
// in one process (ShellCheck off: ~1,300 shellcheck runs would dominate the time; it has its own tests): no crash, one result set per file (compared with the engine run in-process), parse problems
// as DL1000 findings, no rule failing with an internal error.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withDefaults, emptyConfig } from '../../src/lint/config.js';
import { lintText } from '../../src/lint/engine.js';
import { decodeDockerfile } from '../../src/dockerfile/parse.js';
import { ensureDist } from '../support/dist.js';
import { SHARED } from '../support/shared.js';

const CORPUS = `${SHARED}/corpus`;
const files = readFileSync(join(CORPUS, 'MANIFEST.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t')[0]!);

interface JsonFinding {
  file: string;
  line: number;
  rule: string;
  message: string;
}

let cli = '';
beforeAll(() => {
  cli = ensureDist();
}, 300_000);

describe('lint over the corpus', () => {
  it('lints all 1,267 files in one call with one result set per file', () => {
    expect(files).toHaveLength(1267);
    const emptyContext = mkdtempSync(join(tmpdir(), 'ib-corpus-ctx-'));
    const run = spawnSync(
      process.execPath,
      [cli, 'lint', '--format', 'json', '--no-shellcheck', '--context', emptyContext, ...files],
      {
        cwd: join(CORPUS, 'dockerfiles'),
        encoding: 'utf8',
        maxBuffer: 512 * 1024 * 1024,
        timeout: 110_000,
      },
    );
    expect(run.error).toBeUndefined();
    expect([0, 1]).toContain(run.status);
    expect(run.stderr).toBe('');
    const findings = JSON.parse(run.stdout) as JsonFinding[];
    expect(findings.filter((f) => f.message.startsWith('internal error'))).toEqual([]);

    const byFile = new Map<string, JsonFinding[]>();
    for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
    expect([...byFile.keys()].filter((f) => !files.includes(f))).toEqual([]);

    // the CLI's rule findings per file equal the engine's, file by file (ShellCheck's SC codes aside)
    const config = withDefaults(emptyConfig);
    const mismatched: string[] = [];
    for (const file of files) {
      const text = decodeDockerfile(readFileSync(join(CORPUS, 'dockerfiles', file)));
      const expected = lintText(text, file, { config, settings: { dockerignore: null, contextEntries: [] } });
      const got = (byFile.get(file) ?? []).filter((f) => !f.rule.startsWith('SC'));
      if (got.length !== expected.length)
        mismatched.push(`${file}: CLI ${got.length}, engine ${expected.length}`);
    }
    expect(mismatched).toEqual([]);

    // files the builder would reject come back as DL1000 findings with their line
    const parseErrors = findings
      .filter((f) => f.rule === 'DL1000')
      .map((f) => `${f.file}:${f.line} ${f.message}`);
    expect(parseErrors).toEqual(
      expect.arrayContaining([
        'containers__buildah/tests__bud__unrecognized__Dockerfile:2 unknown instruction BOGUS',
        'wagoodman__dive/cmd__dive__cli__testdata__invalid__Dockerfile:2 unknown instruction INVALID',
      ]),
    );
  }, 120_000);
});
