// Lint benchmark: the 1,267 corpus Dockerfiles through our engine, dockerfilelint and dockerfile-utils. Each
// linter runs in a fresh process (scripts/bench/lint-pass.ts): the texts already in memory (no I/O timed), one
// warm-up pass, then the best of three passes. That is repeated for a few rounds, each round starting with the
// next linter, and the median round counts: on a shared 2-core host one run sees bursts of load that land on one
// linter only. Prints files/s for each, our speed ratio against each (with every round's ratio, so the spread is
// visible) and our median ms per file (goal: < 5 ms, faster than both). The warm-up pass is printed too, as a
// cold start: V8 compiles our ~300 hot functions during it and the passes after it, which is why our best pass
// varies more than dockerfilelint's. ShellCheck is not part of it: the other two have no shell analysis, and it
// runs as a separate process.
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DockerfileParser } from 'dockerfile-ast';
import type * as EngineModule from '../../src/lint/engine.js';
import type * as ParseModule from '../../src/dockerfile/parse.js';
import type * as RulesModule from '../../src/lint/rules/index.js';
import { corpusTexts, importEngine, LINTERS, PASSES } from './lint-pass.js';
import type { LinterName, PassTimings } from './lint-pass.js';

interface Engine {
  engine: typeof EngineModule;
  parse: typeof ParseModule;
  rules: typeof RulesModule;
  /** The compiled engine, removed when the bench ends. */
  dir: string;
  origin: string;
}

/** Our engine as it ships: compiled by tsc (what ncc bundles). Running the sources through tsx would add its
 *  transform's helpers to every function and time something users never run. */
async function loadEngine(): Promise<Engine> {
  const root = new URL('../..', import.meta.url).pathname;
  // inside the repository, so the compiled files find node_modules and are read as ES modules
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(root, '.tmp', 'bench-lib-'));
  try {
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', dir],
      { cwd: root, stdio: 'pipe' },
    );
  } catch (error: unknown) {
    rmSync(dir, { recursive: true, force: true });
    const out = (error as { stdout?: Buffer }).stdout?.toString().trim();
    throw new Error(`tsc could not compile the engine for the benchmark${out ? `:\n${out}` : ''}`);
  }
  return {
    engine: await importEngine<typeof EngineModule>(dir, 'lint/engine.js'),
    parse: await importEngine<typeof ParseModule>(dir, 'lint/parse.js'),
    rules: await importEngine<typeof RulesModule>(dir, 'lint/rules/index.js'),
    dir,
    origin: 'tsc output (as shipped)',
  };
}

const GOAL_MEDIAN_MS = 5;
const DEFAULT_ROUNDS = 5;
const run$ = promisify(execFile);

/** One linter's result: its median round. */
interface Timing {
  name: LinterName;
  /** Best pass of the median round, ms. */
  totalMs: number;
  /** The median round's warm-up pass, ms: a cold start, compilation by V8 included (not part of the goal). */
  firstMs: number;
  perFile: number[];
  failures: number;
  /** Every round's best pass, ms, in round order. */
  rounds: number[];
}

function roundsOption(argv: string[]): number {
  const given = argv.find((a) => a.startsWith('--rounds='));
  if (given === undefined) return DEFAULT_ROUNDS;
  const n = Number(given.slice('--rounds='.length));
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--rounds takes a whole number of at least 1, not ${given}`);
  return n;
}

/** Runs lint-pass.ts for one linter in a fresh Node process (same Node, tsx for the script). */
async function passInProcess(name: LinterName, engineDir: string): Promise<PassTimings> {
  const script = new URL('./lint-pass.ts', import.meta.url).pathname;
  const { stdout } = await run$(process.execPath, ['--import', 'tsx', script, name, engineDir], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout) as PassTimings;
}

function summarise(name: LinterName, runs: PassTimings[]): Timing {
  const byBest = [...runs].sort((a, b) => a.bestMs - b.bestMs);
  const mid = byBest[(byBest.length - 1) >> 1]!;
  return {
    name,
    totalMs: mid.bestMs,
    firstMs: mid.firstMs,
    perFile: mid.perFile,
    failures: mid.failures,
    rounds: runs.map((r) => r.bestMs),
  };
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
  // this process has not linted yet: a warm-up pass of each part first, as the linters above had
  for (const { file, text } of files) parseDockerfile(text, file);
  let start = performance.now();
  const parsed = files.map(({ file, text }) => parseDockerfile(text, file));
  const parseMs = performance.now() - start;
  const costs = allRules.map((rule) => {
    for (const p of parsed) runRules(p, { rules: [rule] });
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
  // why parse.ts scans the text itself instead of using dockerfile-ast (a dev dependency kept as the parser's test
  // oracle): the library's parse alone, with its arguments read, measured the same way
  for (const { text } of files) readWithAst(text);
  start = performance.now();
  for (const { text } of files) readWithAst(text);
  process.stdout.write(
    `for reference, dockerfile-ast's parse with every instruction's arguments read: ${(performance.now() - start).toFixed(0)} ms (ours above: parse ${parseMs.toFixed(0)} ms)\n`,
  );
}

function readWithAst(text: string): void {
  for (const ins of DockerfileParser.parse(text).getInstructions()) ins.getArguments();
}

export async function run(argv: string[] = []): Promise<number> {
  const strict = argv.includes('--strict');
  const rounds = roundsOption(argv);
  const ours = await loadEngine();
  try {
    const files = corpusTexts(ours.parse);
    const runs = new Map<LinterName, PassTimings[]>(LINTERS.map((name) => [name, []]));
    for (let r = 0; r < rounds; r++) {
      // each round starts with the next linter, so none is always measured first (or last) in a round
      for (let k = 0; k < LINTERS.length; k++) {
        const name = LINTERS[(r + k) % LINTERS.length]!;
        runs.get(name)!.push(await passInProcess(name, ours.dir));
      }
    }
    const timings = LINTERS.map((name) => summarise(name, runs.get(name)!));
    const mine = timings[0]!;
    const rate = (t: Timing): number => (files.length * 1000) / t.totalMs;

    process.stdout.write(
      `corpus: ${files.length} Dockerfiles, ${(files.reduce((n, f) => n + f.text.length, 0) / 1e6).toFixed(1)} MB; ` +
        `each linter in a fresh process, a warm-up pass then the best of ${PASSES}; ${rounds} rounds, order rotated, ` +
        `median round shown; image-budget from ${ours.origin}\n\n`,
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
      // the rounds one by one: the spread the median hides
      const perRound = mine.rounds.map((ms, r) => other.rounds[r]! / ms);
      const faster = perRound.filter((x) => x > 1).length;
      process.stdout.write(
        `image-budget vs ${other.name}: ${ratio.toFixed(2)}× ${ratio > 1 ? 'faster' : 'SLOWER'} ` +
          `(rounds: ${perRound.map((x) => x.toFixed(2)).join(' ')}; faster in ${faster} of ${rounds})\n`,
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
  } finally {
    rmSync(ours.dir, { recursive: true, force: true });
  }
}
