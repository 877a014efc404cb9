// The adapters the pipeline talks to the world through. main.ts and the CLI receive them in a Deps object, so
// tests substitute real-but-local ones (a loopback GitHub, a temp repository) without patching modules.
import type { Docker } from './docker/types.js';
import type { ParsedDockerfile } from './dockerfile/types.js';
import type { Git } from './git.js';
import type { GitHubApi } from './github/types.js';
import type { ShellcheckRunner } from './lint/shellcheck.js';
import type { LayerStore } from './measure/layer-store.js';
import type { ImageMeasurement } from './model.js';

export interface FileSystem {
  readFile(path: string): Promise<string>;
  /** null when the file does not exist. */
  readFileOrNull(path: string): Promise<string | null>;
  writeFile(path: string, text: string): Promise<void>;
  exists(path: string): Promise<boolean>;
  /** The path with every symbolic link resolved; null when it does not exist (or cannot be resolved). */
  realPath(path: string): Promise<string | null>;
  /** A new empty directory under `parent`. */
  makeTempDir(parent: string, prefix: string): Promise<string>;
  remove(path: string): Promise<void>;
  /** Files under `dir`, relative and `/`-separated, `.git` left out (for the `.dockerignore` check). */
  listFiles(dir: string): Promise<string[]>;
  /** Names in `dir` (files and folders, not walked); throws when it cannot be read. */
  listEntries(dir: string): Promise<string[]>;
  /**
   * The build context's files and folders, relative and `/`-separated, sorted; folders in `dontEnter` (default
   * `.git`) are listed, not walked. Stops at a bound, so a huge context cannot exhaust memory.
   */
  listContext(dir: string, dontEnter?: readonly string[]): Promise<string[]>;
  /** Copies `from` to `to`, leaving out what the `.dockerignore` lines exclude (Docker would not send it). */
  copyContext(from: string, to: string, ignoreLines: readonly string[]): Promise<void>;
}

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  sleep(seconds: number): Promise<void>;
}

/** Where a message points in a file (GitHub shows it on that line). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export interface Log {
  debug(message: string): void;
  info(message: string): void;
  notice(message: string, where?: AnnotationProperties): void;
  warning(message: string, where?: AnnotationProperties): void;
  error(message: string, where?: AnnotationProperties): void;
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

/** A small text blob stored by key across workflow runs (the Actions cache on a runner). */
export interface ReportCache {
  restore(key: string): Promise<string | null>;
  save(key: string, text: string): Promise<void>;
}

/** Measures a built image (streams `docker save` through the analyzer); the Dockerfile maps layers to lines. */
/** Measures a built image; its layers are mapped to the lines of the Dockerfile it was built from. */
export type MeasureImage = (
  image: string,
  dockerfile: ParsedDockerfile,
  target?: string,
) => Promise<ImageMeasurement>;

/** Layer measurements kept across runs, and how the store travels between runs (the Actions cache, or not). */
export interface LayerCache {
  store: LayerStore;
  /** Brings the store of earlier runs here (before the first measurement). */
  restore(): Promise<void>;
  /** Keeps what this run added for later runs (after the last measurement). */
  save(): Promise<void>;
}

export interface Deps {
  docker: Docker;
  /** Makes the GitHub adapter for a token; `timeoutSeconds` bounds each request (the adapter gets 3× in all). */
  github: (token: string, limits?: { timeoutSeconds?: number }) => GitHubApi;
  fs: FileSystem;
  git: Git;
  clock: Clock;
  log: Log;
  cache: ReportCache;
  measure: MeasureImage;
  /** The store `measure` reads and fills, when there is one; the pipeline restores it first and saves it last. */
  layers?: LayerCache;
  /** ShellCheck over RUN scripts; null when it is not installed (lint then says so once and goes on). */
  shellcheck: ShellcheckRunner | null;
}
