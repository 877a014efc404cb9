// One linter, one fresh process: `tsx scripts/bench/lint-pass.ts <linter> <engine dir>` lints the corpus texts
// (already in memory, no I/O timed) once as a warm-up, then three timed passes, and prints the timings as one JSON
// line. scripts/bench/lint.ts starts it once per linter and round, so no linter runs in a heap or a JIT another
// linter has warmed or filled, and a burst of load on the host lands on one round, not on one linter.
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { validate } from 'dockerfile-utils';
import type * as ConfigModule from '../../src/lint/config.js';
import type * as EngineModule from '../../src/lint/engine.js';
import type * as ParseModule from '../../src/dockerfile/parse.js';
import { SHARED } from '../shared.js';

export const LINTERS = ['image-budget', 'dockerfilelint', 'dockerfile-utils'] as const;
export type LinterName = (typeof LINTERS)[number];
export const PASSES = 3;

/** What one process measured for one linter. */
export interface PassTimings {
  /** The warm-up pass, ms: a cold start, V8's compilation included (not part of the goal). */
  firstMs: number;
  /** The best of the timed passes, ms. */
  bestMs: number;
  /** ms per file in the best pass, in corpus order. */
  perFile: number[];
  /** Files the linter threw on, per pass. */
  failures: number;
}

type Lint = (text: string, file: string) => unknown;

/** The corpus as every linter gets it: the manifest's files, decoded as image-budget decodes them. */
export function corpusTexts(parse: typeof ParseModule): { file: string; text: string }[] {
  const corpus = join(SHARED, 'corpus');
  return readFileSync(join(corpus, 'MANIFEST.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t')[0]!)
    .map((file) => ({
      file,
      text: parse.decodeDockerfile(readFileSync(join(corpus, 'dockerfiles', file))),
    }));
}

export async function importEngine<T>(engineDir: string, path: string): Promise<T> {
  return (await import(pathToFileURL(join(engineDir, path)).href)) as T;
}

async function linterFor(name: LinterName, engineDir: string): Promise<Lint> {
  if (name === 'image-budget') {
    const engine = await importEngine<typeof EngineModule>(engineDir, 'lint/engine.js');
    const config = await importEngine<typeof ConfigModule>(engineDir, 'lint/config.js');
    const options = { config: config.withDefaults(config.emptyConfig), settings: { contextEntries: [] } };
    return (text, file) => engine.lintText(text, file, options);
  }
  if (name === 'dockerfilelint') {
    const require = createRequire(import.meta.url);
    const dockerfilelint = require('dockerfilelint') as { run(configDir: string, content: string): unknown };
    const noConfigDir = mkdtempSync(join(tmpdir(), 'ib-bench-'));
    return (text) => dockerfilelint.run(noConfigDir, text);
  }
  return (text) => validate(text);
}

function timePasses(lint: Lint, files: { file: string; text: string }[]): PassTimings {
  let failures = 0;
  const pass = (record: number[] | null): number => {
    const start = performance.now();
    for (const { file, text } of files) {
      const t = record ? performance.now() : 0;
      try {
        lint(text, file);
      } catch {
        failures++;
      }
      if (record) record.push(performance.now() - t);
    }
    return performance.now() - start;
  };
  const firstMs = pass(null);
  failures = 0;
  let bestMs = Number.POSITIVE_INFINITY;
  let perFile: number[] = [];
  for (let i = 0; i < PASSES; i++) {
    const times: number[] = [];
    const ms = pass(times);
    if (ms < bestMs) {
      bestMs = ms;
      perFile = times;
    }
  }
  return { firstMs, bestMs, perFile, failures: failures / PASSES };
}

async function main(args: string[]): Promise<void> {
  const [name, engineDir] = args;
  if (!LINTERS.includes(name as LinterName) || !engineDir) {
    throw new Error(`usage: lint-pass.ts <${LINTERS.join('|')}> <compiled engine dir>`);
  }
  const parse = await importEngine<typeof ParseModule>(engineDir, 'lint/parse.js');
  const files = corpusTexts(parse);
  const lint = await linterFor(name as LinterName, engineDir);
  process.stdout.write(`${JSON.stringify(timePasses(lint, files))}\n`);
}

// run as a process (the parent imports the types and helpers above without running anything)
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`lint-pass: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  });
}
