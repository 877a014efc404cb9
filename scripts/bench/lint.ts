// Lint benchmark: the 1,267 corpus Dockerfiles through our engine, dockerfilelint and dockerfile-utils in the same
// run, same texts already in memory (no I/O timed), one warm-up pass each, then the best of three passes.
// Prints files/s for each, our speed ratio against each, and our median ms per file (goal: < 5 ms, faster than
// both). The warm-up pass is printed too, as a cold start: V8 compiles our ~300 hot functions during it and the
// passes after it, which is why the best pass varies more for us than for dockerfilelint. ShellCheck is not part
// of it: the other two have no shell analysis, and it runs as a separate process.
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate } from 'dockerfile-utils';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import type * as ConfigModule from '../../src/lint/config.js';
import type * as EngineModule from '../../src/lint/engine.js';
import type * as ParseModule from '../../src/lint/parse.js';
import type * as RulesModule from '../../src/lint/rules/index.js';
import { SHARED } from '../shared.js';

interface Engine {
  config: typeof ConfigModule;
  engine: typeof EngineModule;
  parse: typeof ParseModule;
  rules: typeof RulesModule;
  origin: string;
}

/** Our engine as it ships: compiled by tsc (what ncc bundles). Running the sources through tsx would add its
 *  transform's helpers to every function and time something users never run; that is the fallback only. */
async function loadEngine(): Promise<Engine> {
  const root = new URL('../..', import.meta.url).pathname;
  let base = new URL('../../src/', import.meta.url).href;
  let origin = 'sources through tsx (tsc failed)';
  try {
    // inside the repository, so the compiled files find node_modules and are read as ES modules
    mkdirSync(join(root, '.tmp'), { recursive: true });
    const out = mkdtempSync(join(root, '.tmp', 'bench-lib-'));
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', out],
      {
        cwd: root,
        stdio: 'pipe',
      },
    );
    base = pathToFileURL(`${out}/`).href;
    origin = 'tsc output (as shipped)';
  } catch {
    // fall back to the sources
  }
  const load = async <T>(path: string): Promise<T> => (await import(new URL(path, base).href)) as T;
  return {
    config: await load<typeof ConfigModule>('lint/config.js'),
    engine: await load<typeof EngineModule>('lint/engine.js'),
    parse: await load<typeof ParseModule>('lint/parse.js'),
    rules: await load<typeof RulesModule>('lint/rules/index.js'),
    origin,
  };
}

const CORPUS = `${SHARED}/corpus/`;
const PASSES = 3;
const GOAL_MEDIAN_MS = 5;

interface Linter {
  name: string;
  lint(text: string, file: string): unknown;
}

interface Timing {
  name: string;
  /** Best pass, ms. */
  totalMs: number;
  /** The warm-up pass, ms: a cold start, compilation by V8 included (not part of the goal). */
  firstMs: number;
  perFile: number[];
  failures: number;
}

function measure(linter: Linter, files: { file: string; text: string }[]): Timing {
  let failures = 0;
  const pass = (record: number[] | null): number => {
    const start = performance.now();
    for (const { file, text } of files) {
      const t = record ? performance.now() : 0;
      try {
        linter.lint(text, file);
      } catch {
        failures++;
      }
      if (record) record.push(performance.now() - t);
    }
    return performance.now() - start;
  };
  const firstMs = pass(null);
  failures = 0;
  let best = Number.POSITIVE_INFINITY;
  let perFile: number[] = [];
  for (let i = 0; i < PASSES; i++) {
    const times: number[] = [];
    const ms = pass(times);
    if (ms < best) {
      best = ms;
      perFile = times;
    }
  }
  return { name: linter.name, totalMs: best, firstMs, perFile, failures: failures / PASSES };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Where our time goes: parsing, then each rule alone over the parsed corpus (for the rule authors). */
function printCostliest(files: { file: string; text: string }[], ours: Engine): void {
  const { parseDockerfile } = ours.parse;
  const { runRules } = ours.engine;
  const { allRules } = ours.rules;
  let start = performance.now();
  const parsed = files.map(({ file, text }) => parseDockerfile(text, file));
  const parseMs = performance.now() - start;
  const costs = allRules.map((rule) => {
    for (const p of parsed.slice(0, 50)) runRules(p, { rules: [rule] });
    start = performance.now();
    for (const p of parsed) runRules(p, { rules: [rule] });
    return { code: rule.meta.code, ms: performance.now() - start };
  });
  const rulesMs = costs.reduce((n, c) => n + c.ms, 0);
  costs.sort((a, b) => b.ms - a.ms);
  process.stdout.write(
    `\nimage-budget time split: parse ${parseMs.toFixed(0)} ms, ${allRules.length} rules ${rulesMs.toFixed(0)} ms; costliest rules: ` +
      costs
        .slice(0, 8)
        .map((c) => `${c.code} ${c.ms.toFixed(0)} ms`)
        .join(', ') +
      '\n',
  );
}

export async function run(argv: string[] = []): Promise<number> {
  const strict = argv.includes('--strict');
  const names = readFileSync(join(CORPUS, 'MANIFEST.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t')[0]!);
  const ours = await loadEngine();
  const { lintText } = ours.engine;
  const files = names.map((file) => ({
    file,
    text: ours.parse.decodeDockerfile(readFileSync(join(CORPUS, 'dockerfiles', file))),
  }));
  const config = ours.config.withDefaults(ours.config.emptyConfig);
  const require = createRequire(import.meta.url);
  const dockerfilelint = require('dockerfilelint') as { run(configDir: string, content: string): unknown };
  const noConfigDir = mkdtempSync(join(tmpdir(), 'ib-bench-'));

  const linters: Linter[] = [
    {
      name: 'image-budget',
      lint: (text, file) => lintText(text, file, { config, settings: { contextEntries: [] } }),
    },
    { name: 'dockerfilelint', lint: (text) => dockerfilelint.run(noConfigDir, text) },
    { name: 'dockerfile-utils', lint: (text) => validate(text) },
  ];
  const timings = linters.map((l) => measure(l, files));
  const mine = timings[0]!;
  const rate = (t: Timing): number => (files.length * 1000) / t.totalMs;

  process.stdout.write(
    `corpus: ${files.length} Dockerfiles, ${(files.reduce((n, f) => n + f.text.length, 0) / 1e6).toFixed(1)} MB; best of ${PASSES} passes after a warm-up; image-budget from ${ours.origin}\n\n`,
  );
  process.stdout.write(
    'linter              files/s   total ms   median ms/file   p95 ms/file   failures   warm-up ms\n',
  );
  for (const t of timings) {
    const sorted = [...t.perFile].sort((a, b) => a - b);
    const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
    process.stdout.write(
      `${t.name.padEnd(18)} ${rate(t).toFixed(0).padStart(8)} ${t.totalMs.toFixed(0).padStart(10)} ${median(t.perFile).toFixed(3).padStart(16)} ${p95.toFixed(3).padStart(13)} ${String(t.failures).padStart(10)} ${t.firstMs.toFixed(0).padStart(12)}\n`,
    );
  }
  process.stdout.write('\n');
  let ok = true;
  for (const other of timings.slice(1)) {
    const ratio = rate(mine) / rate(other);
    if (ratio <= 1) ok = false;
    process.stdout.write(
      `image-budget vs ${other.name}: ${ratio.toFixed(2)}× ${ratio > 1 ? 'faster' : 'SLOWER'}\n`,
    );
  }
  const med = median(mine.perFile);
  if (med >= GOAL_MEDIAN_MS) ok = false;
  process.stdout.write(
    `image-budget median: ${med.toFixed(3)} ms per file (goal < ${GOAL_MEDIAN_MS} ms): ${med < GOAL_MEDIAN_MS ? 'met' : 'NOT met'}\n`,
  );
  printCostliest(files, ours);
  process.stdout.write(
    `goals ${ok ? 'met' : 'NOT met'} (timings are noisy on a loaded machine; rerun to confirm)\n`,
  );
  return strict && !ok ? 1 : 0;
}
