// The filesystem adapter of the optimizer: reading and writing the Dockerfile and `.dockerignore`, listing the
// build context, and staging a context copy for building the optimized variant with its new `.dockerignore`.
import { constants } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { ignoreMatcher } from './ignore-matcher.js';
import { patternLines } from './dockerignore.js';

export interface OptimizerFiles {
  /** The file's text, or null when it does not exist. */
  readText(path: string): Promise<string | null>;
  writeText(path: string, text: string): Promise<void>;
  makeTempDir(prefix: string): Promise<string>;
  remove(path: string): Promise<void>;
  /** Files and folders under `dir`, relative and `/`-separated; folders in `dontEnter` are listed, not walked. */
  listContext(dir: string, dontEnter?: readonly string[]): Promise<string[]>;
  /** Copies `from` to `to`, leaving out what the `.dockerignore` lines exclude (Docker would not send it). */
  copyContext(from: string, to: string, ignoreLines: readonly string[]): Promise<void>;
}

/** Above this many entries the listing stops: the exact check then falls back to reasoning on patterns. */
const MAX_LISTED = 200_000;

export const nodeFiles: OptimizerFiles = {
  async readText(path) {
    try {
      await access(path, constants.F_OK);
    } catch {
      return null;
    }
    return readFile(path, 'utf8');
  },
  writeText: (path, text) => writeFile(path, text, 'utf8'),
  makeTempDir: (prefix) => mkdtemp(join(tmpdir(), prefix)),
  remove: (path) => rm(path, { recursive: true, force: true }),
  async listContext(dir, dontEnter = ['.git']) {
    const out: string[] = [];
    const walk = async (abs: string, rel: string): Promise<void> => {
      const entries = await readdir(abs, { withFileTypes: true });
      for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (out.length >= MAX_LISTED) return;
        const r = rel === '' ? e.name : `${rel}/${e.name}`;
        out.push(r);
        if (e.isDirectory() && !dontEnter.includes(r)) await walk(join(abs, e.name), r);
      }
    };
    await walk(dir, '');
    return out;
  },
  async copyContext(from, to, ignoreLines) {
    const lines = patternLines(ignoreLines);
    const m = ignoreMatcher(lines);
    // with a negation, an excluded folder may still hold included files: then copy everything
    const negations = lines.some((l) => l.startsWith('!'));
    await cp(from, to, {
      recursive: true,
      verbatimSymlinks: true,
      preserveTimestamps: true,
      filter: (src) => {
        const rel = relative(from, src).split(sep).join('/');
        if (rel === '') return true;
        // Docker applies the ignore file again when it reads the copy, so copying too much is harmless
        return negations || !m.ignores(rel);
      },
    });
  },
};
