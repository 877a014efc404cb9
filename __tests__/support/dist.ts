// Test support: make sure dist/cli.js is built from the current sources before a test runs it as a process.
// Several test files (in parallel jest workers) may ask at once: a lock directory makes one of them build while
// the others wait, then each re-checks freshness. scripts/package.mjs swaps dist/ in atomically.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(new URL('../..', import.meta.url).pathname);
export const DIST_CLI = join(ROOT, 'dist', 'cli.js');
const LOCK = join(ROOT, '.tmp', 'dist-build.lock');
const STALE_LOCK_MS = 5 * 60_000;

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  try {
    return statSync(DIST_CLI).mtimeMs >= newestSource(join(ROOT, 'src'));
  } catch {
    return false;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Builds dist/ when it is older than src/; returns the path of dist/cli.js. */
export function ensureDist(): string {
  if (isFresh()) return DIST_CLI;
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS)
          rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // released meanwhile
      }
      sleep(500);
    }
  }
  try {
    if (!isFresh()) execFileSync(process.execPath, ['scripts/package.mjs'], { cwd: ROOT, stdio: 'pipe' });
  } catch (error: unknown) {
    const out =
      error && typeof error === 'object' && 'stdout' in error
        ? String((error as { stdout: unknown }).stdout)
        : '';
    throw new Error(`npm run package failed, so dist/cli.js cannot be tested:\n${out.slice(-2000)}`);
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
  return DIST_CLI;
}
