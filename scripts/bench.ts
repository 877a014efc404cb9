// `npm run bench` runs every benchmark part; `npm run bench -- lint` runs one. Each part is a module
// scripts/bench/<part>.ts exporting `run(argv: string[]): Promise<number>` (its exit code). A part whose module
// is absent is skipped with a note, so one part can land before the other.
import { existsSync } from 'node:fs';

const PARTS = ['lint', 'measure', 'check'];

type Runner = (argv: string[]) => Promise<number>;

async function load(part: string): Promise<Runner | string> {
  const url = new URL(`./bench/${part}.ts`, import.meta.url);
  if (!existsSync(url)) return `scripts/bench/${part}.ts is absent`;
  const mod = (await import(url.href)) as Record<string, unknown>;
  const fn = mod.run ?? mod.runBench ?? mod.main;
  return typeof fn === 'function' ? (fn as Runner) : `scripts/bench/${part}.ts exports no run(argv) function`;
}

async function main(argv: string[]): Promise<number> {
  const chosen = argv.filter((a) => !a.startsWith('-'));
  const unknown = chosen.filter((p) => !PARTS.includes(p));
  if (unknown.length > 0) {
    process.stderr.write(`bench: unknown part ${unknown.join(', ')}; parts: ${PARTS.join(', ')}\n`);
    return 2;
  }
  const options = argv.filter((a) => a.startsWith('-'));
  let code = 0;
  for (const part of chosen.length > 0 ? chosen : PARTS) {
    const runner = await load(part);
    if (typeof runner === 'string') {
      process.stdout.write(`== ${part}: skipped (${runner})\n\n`);
      continue;
    }
    process.stdout.write(`== ${part}\n`);
    code = Math.max(code, await runner(options));
    process.stdout.write('\n');
  }
  return code;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // usage errors and failed steps read as one line; a stack only when asked for (BENCH_DEBUG=1)
    const detail =
      error instanceof Error
        ? process.env['BENCH_DEBUG']
          ? (error.stack ?? error.message)
          : error.message
        : String(error);
    process.stderr.write(`bench: ${detail}\n`);
    process.exitCode = 2;
  },
);
