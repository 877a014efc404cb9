// The check part of `npm run bench`: what one `image-budget check` costs next to one build and one `docker save`,
// in one run, on a generated repository whose head commit changes one RUN line of a ≈ 300 MB image (busybox plus
// layers of random and of repetitive bytes, so gzip does real work; no network). Rows: a plain cached build of
// head, `docker save` of head, `image-budget measure` of head (empty layer store), `check` with an empty store,
// `check` with the warm store, and `check` after one layer's store entry was corrupted on purpose; then the
// ratios against the save (goals: warm ≤ 1.5×, empty ≤ 3×), whether the three checks' JSON reports are identical
// (timings and run-unique tags left out), and each command's peak memory. `--large` repeats it on ≈ 1 GB.
// Run alone with `npm run bench -- check [--large]`.
import { execFileSync, spawn } from 'node:child_process';
import {
  mkdtempSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import prettyBytes from 'pretty-bytes';
import { ensureDist } from '../../__tests__/support/dist.js';

/** The engine's own client (built-in BuildKit); the check runs it as `docker` from a PATH of our own. */
const CLIENT = process.env['DOCKER'] ?? '/usr/bin/docker';

interface Timed {
  seconds: number;
  /** Peak resident set of the command (GNU time's %M). */
  peakBytes: number;
  stdout: string;
}

/** Runs a command under /usr/bin/time; stdout is kept (reports) unless it is sent to /dev/null. */
function timed(
  argv: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; discard?: boolean; stderr?: boolean } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'ib-bench-time-'));
  const out = join(dir, 'time');
  return new Promise<Timed>((resolve, reject) => {
    const start = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%M', '-o', out, ...argv], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', options.discard ? 'ignore' : 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout?.on('data', (c: Buffer) => chunks.push(c));
    child.stderr?.on('data', (c: Buffer) => {
      stderr += c.toString();
      // progress of the command, with the time since it started (BENCH_DEBUG=1)
      if (options.stderr)
        for (const line of c.toString().split('\n').filter(Boolean))
          process.stderr.write(`    [${((performance.now() - start) / 1000).toFixed(2)}] ${line}\n`);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      const kb = Number(readFileSync(out, 'utf8').trim().split('\n').pop());
      rmSync(dir, { recursive: true, force: true });
      // check exits 1 when the verdict fails; anything else is a broken step
      if (code !== 0 && code !== 1)
        reject(new Error(`${argv.join(' ')} exited with ${String(code)}:\n${stderr.slice(-2000)}`));
      else resolve({ seconds, peakBytes: kb * 1024, stdout: Buffer.concat(chunks).toString('utf8') });
    });
  });
}

/** The bench image: `chunks` RUN layers of 100 MB (half random, half repetitive text), then the changed lines. */
function dockerfile(chunks: number, version: string): string {
  const runs = Array.from(
    { length: chunks },
    (_, i) =>
      `RUN head -c 50000000 /dev/urandom > /r${i}.bin && yes 'image-budget bench line ${i}' | head -c 50000000 > /t${i}.txt`,
  );
  return [
    'FROM busybox:1.35',
    ...runs,
    'RUN mkdir /many && for i in $(seq 1 2000); do head -c 512 /dev/urandom > /many/f$i; done',
    // the optimizer's .dockerignore fix (IB109: .git) gives the variant it builds on head's cache
    'COPY . /app',
    `RUN echo ${version} > /version`,
    '',
  ].join('\n');
}

function git(repo: string, ...args: string[]): string {
  return execFileSync('git', ['-C', repo, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'bench',
      GIT_AUTHOR_EMAIL: 'bench@example.com',
      GIT_COMMITTER_NAME: 'bench',
      GIT_COMMITTER_EMAIL: 'bench@example.com',
    },
  }).trim();
}

/** A repository whose head commit changes the last RUN line of the base commit's Dockerfile. */
function makeRepo(chunks: number): string {
  const repo = mkdtempSync(join(tmpdir(), 'ib-bench-check-'));
  git(repo, 'init', '-q');
  writeFileSync(join(repo, 'README'), 'bench\n');
  writeFileSync(join(repo, 'Dockerfile'), dockerfile(chunks, 'one'));
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  writeFileSync(join(repo, 'Dockerfile'), dockerfile(chunks, 'two'));
  git(repo, 'commit', '-q', '-a', '-m', 'head: one RUN line changes');
  return repo;
}

/** The reports minus what differs between two runs by design: timings, cache-hit counts, the run's tag prefix. */
export function comparable(json: string): string {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        if (/seconds|cachedSteps|totalSteps|sameCacheState/i.test(k)) continue;
        out[k] = strip(x);
      }
      return out;
    }
    // the run's tag prefix, and the optimizer's unique tag suffix
    return typeof v === 'string'
      ? v
          .replace(/image-budget-check-[0-9a-f]{8}/g, 'image-budget-check-*')
          .replace(/:[a-z0-9]+-[a-z0-9]+-\d+$/, ':*')
      : v;
  };
  return JSON.stringify(strip(JSON.parse(json)));
}

/** Corrupts one layer entry of the store on purpose (the largest: a real layer, not an empty one). */
function corruptOneEntry(store: string): string {
  const files = readdirSync(store)
    .filter((f) => f.endsWith('.json.gz'))
    .map((f) => ({ f, size: statSync(join(store, f)).size }))
    .sort((a, b) => b.size - a.size);
  const victim = join(store, files[0]!.f);
  const bytes = readFileSync(victim);
  bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
  writeFileSync(victim, bytes);
  return files[0]!.f;
}

interface SizeResult {
  label: string;
  imageBytes: number;
  rows: [string, Timed][];
  identical: boolean;
}

async function benchSize(cli: string, chunks: number): Promise<SizeResult> {
  const repo = makeRepo(chunks);
  const store = mkdtempSync(join(tmpdir(), 'ib-bench-store-'));
  const bin = mkdtempSync(join(tmpdir(), 'ib-bench-bin-'));
  symlinkSync(CLIENT, join(bin, 'docker'));
  const env = { ...process.env, PATH: `${bin}:${process.env['PATH'] ?? ''}`, DOCKER_BUILDKIT: '1' };
  const tag = `image-budget-bench-check-${chunks}:head`;
  try {
    const check = (dir: string) =>
      timed(
        [process.execPath, cli, 'check', '--base-ref', 'HEAD~1', '--format', 'json', '--cache-dir', dir],
        { cwd: repo, env, ...(process.env['BENCH_DEBUG'] ? { stderr: true } : {}) },
      );
    process.stdout.write(`  building ≈ ${chunks * 100} MB and warming the build cache (untimed)…\n`);
    // every image the check builds (head, base, optimized) is then in the build cache, as in the issue's figures
    const warm = mkdtempSync(join(tmpdir(), 'ib-bench-warmup-'));
    await check(warm);
    rmSync(warm, { recursive: true, force: true });

    const rows: [string, Timed][] = [];
    rows.push([
      'docker build of head (cached)',
      // the check's own build arguments: `--network none` here would be another cache key
      await timed([CLIENT, 'build', '-q', '-t', tag, repo], { env, discard: true }),
    ]);
    rows.push(['docker save of head > /dev/null', await timed([CLIENT, 'save', tag], { discard: true })]);
    const measureStore = mkdtempSync(join(tmpdir(), 'ib-bench-mstore-'));
    rows.push([
      'image-budget measure of head',
      await timed([process.execPath, cli, 'measure', tag, '--format', 'json', '--cache-dir', measureStore], {
        env,
      }),
    ]);
    rmSync(measureStore, { recursive: true, force: true });
    const first = await check(store);
    rows.push(['check, empty store', first]);
    const second = await check(store);
    rows.push(['check, warm store', second]);
    corruptOneEntry(store);
    const third = await check(store);
    rows.push(['check, one entry corrupted', third]);
    const reports = [first, second, third].map((r) => comparable(r.stdout));
    const keep = process.env['BENCH_KEEP'];
    if (keep) {
      mkdirSync(keep, { recursive: true });
      reports.forEach((r, i) =>
        writeFileSync(join(keep, `check-${chunks}-${i}.json`), JSON.stringify(JSON.parse(r), null, 2)),
      );
    }
    const imageBytes = (JSON.parse(first.stdout) as { head: { sizeBytes: number } }).head.sizeBytes;
    return {
      label: `≈ ${chunks * 100} MB`,
      imageBytes,
      rows,
      identical: reports.every((r) => r === reports[0]),
    };
  } finally {
    execFileSync(CLIENT, ['image', 'rm', '-f', tag], { stdio: 'ignore' });
    for (const d of [repo, store, bin]) rmSync(d, { recursive: true, force: true });
  }
}

function render(result: SizeResult): string {
  const save = result.rows.find(([name]) => name.startsWith('docker save'))![1].seconds;
  const get = (name: string) => result.rows.find(([n]) => n === name)![1].seconds;
  const lines = [
    `check bench, ${result.label} image (${prettyBytes(result.imageBytes)} uncompressed), ${availableParallelism()} cores`,
    ...result.rows.map(
      ([name, t]) =>
        `  ${name.padEnd(34)} ${t.seconds.toFixed(2).padStart(6)} s  ${(t.seconds / save).toFixed(2).padStart(5)}× save   peak ${prettyBytes(t.peakBytes)}`,
    ),
    `  warm check / save  ${(get('check, warm store') / save).toFixed(2)}  (goal ≤ 1.5: ${get('check, warm store') <= 1.5 * save ? 'met' : 'NOT met'})`,
    `  empty check / save ${(get('check, empty store') / save).toFixed(2)}  (goal ≤ 3: ${get('check, empty store') <= 3 * save ? 'met' : 'NOT met'})`,
    `  JSON reports of the empty, warm and corrupted-store checks identical: ${result.identical ? 'yes' : 'NO'}`,
  ];
  return `${lines.join('\n')}\n`;
}

export async function benchCheck(argv: string[]): Promise<void> {
  const cli = ensureDist();
  mkdirSync(tmpdir(), { recursive: true });
  const sizes = argv.includes('--large') ? [3, 10] : [3];
  const results: SizeResult[] = [];
  for (const chunks of sizes) {
    const result = await benchSize(cli, chunks);
    results.push(result);
    process.stdout.write(render(result));
  }
  if (results.length > 1) {
    const peak = (r: SizeResult) =>
      Math.max(...r.rows.filter(([n]) => n.startsWith('check')).map(([, t]) => t.peakBytes));
    process.stdout.write(
      `  peak memory of check: ${results.map((r) => `${r.label} ${prettyBytes(peak(r))}`).join(', ')}\n`,
    );
  }
}

/** The dispatcher's contract (scripts/bench.ts): goals are reported, never turned into a failing exit code. */
export async function run(argv: string[]): Promise<number> {
  await benchCheck(argv);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchCheck(process.argv.slice(2));
