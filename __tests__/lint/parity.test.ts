// Every entry point lints through the same Linter: for each file of the corpus (../shared/corpus, 1,267 real
// Dockerfiles) the findings of `image-budget lint` (its command function, in process), of the action's lint stage
// (the pipeline's loadLinter and lint) and of the baseline's lint stage (baseFindings) are the same, with no
// configuration and with one that ignores rules and changes severities. ShellCheck is off in all three: some
// 1,300 shellcheck runs would dominate the time, and it has its own tests.
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { lintCommand, processLintDeps } from '../../src/cli/lint.js';
import { baseFindings } from '../../src/compare/baseline.js';
import { realFileSystem } from '../../src/deps.js';
import type { Finding } from '../../src/model.js';
import { loadLinter } from '../../src/pipeline/lint.js';
import { SHARED } from '../support/shared.js';

const DOCKERFILES = join(SHARED, 'corpus', 'dockerfiles');
const files = readFileSync(join(SHARED, 'corpus', 'MANIFEST.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => join(DOCKERFILES, line.split('\t')[0]!));

const CONFIGS: Record<string, string | undefined> = {
  'no configuration': undefined,
  'ignored rules and severity overrides': [
    'ignored: [DL3008, DL3059, DL4006]',
    'override:',
    '  error: [DL3007, DL3025]',
    '  style: [DL3006]',
    '  info: [DL3057]',
    'trustedRegistries: [docker.io, gcr.io]',
    '',
  ].join('\n'),
};

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A finding as all three report it (the JSON output's fields); `file` is each entry point's own name for it. */
const key = (f: Finding): string =>
  JSON.stringify([
    f.line,
    f.column,
    f.endLine,
    f.endColumn,
    f.rule,
    f.severity,
    f.category,
    f.message,
    f.fixable,
  ]);

async function cliFindings(repo: string): Promise<Map<string, string[]>> {
  let stdout = '';
  const code = await lintCommand(['--format', 'json', '--no-shellcheck', ...files], {
    ...processLintDeps(),
    cwd: repo,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      throw new Error(`image-budget lint wrote to stderr: ${text}`);
    },
    shellcheck: null,
  });
  expect([0, 1]).toContain(code);
  const byFile = new Map<string, string[]>(files.map((f) => [f, []]));
  for (const f of JSON.parse(stdout) as Finding[]) byFile.get(f.file)!.push(key(f));
  return byFile;
}

describe('lint parity over the corpus: CLI, action, baseline', () => {
  for (const [name, config] of Object.entries(CONFIGS)) {
    it(`gives the same findings for all 1,267 files with ${name}`, async () => {
      expect(files).toHaveLength(1267);
      const repo = mkdtempSync(join(tmpdir(), 'ib-parity-'));
      dirs.push(repo);
      if (config !== undefined) writeFileSync(join(repo, '.image-budget.yml'), config);
      const cli = await cliFindings(repo);

      const differing: string[] = [];
      let total = 0;
      for (const file of files) {
        // as runPipeline does: the Dockerfile through the fs port, the run's Linter over the context's facts
        const text = (await realFileSystem.readFileOrNull(file))!;
        const linter = await loadLinter(
          realFileSystem,
          { repo, configPath: '.image-budget.yml', dockerfile: file, context: dirname(file) },
          null,
          (m) => {
            throw new Error(`the action's lint stage warned: ${m}`);
          },
        );
        const action = (await linter.lint(text, file)).map(key);
        const base = ((await baseFindings({ linter }, text, file)) ?? []).map(key);
        const ours = cli.get(file)!;
        total += ours.length;
        if (JSON.stringify(action) !== JSON.stringify(ours) || JSON.stringify(base) !== JSON.stringify(ours))
          differing.push(file + '\n' + [...action].join('\n') + '\n---\n' + ours.join('\n'));
      }
      expect(differing).toEqual([]);
      // the corpus is linted for real: thousands of findings, not three empty lists agreeing
      expect(total).toBeGreaterThan(5_000);
    }, 300_000);
  }
});
