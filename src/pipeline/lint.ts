// The lint stage as the pipeline runs it: the configuration file, the `.dockerignore` in force and the context's
// top-level entries are read here (through the fs adapter) into the run's one lint environment, with the build
// arguments of the run's builds, so the rules stay pure; the Linter built from it lints the head, the base and
// the optimizer's variants.
import { join } from 'node:path';
import type { FileSystem } from '../adapters.js';
import {
  CONFIG_FILES,
  ConfigError,
  findConfigFile,
  parseConfig,
  skippedKeysWarning,
} from '../lint/config.js';
import { contextSettings, lintEnvironment, Linter, type ContextReader } from '../lint/linter.js';
import type { ShellcheckRunner } from '../lint/shellcheck.js';

/** The fs adapter as the context facts are read. */
export function contextReader(fs: FileSystem): ContextReader {
  return { readText: (path) => fs.readFileOrNull(path), entries: (dir) => fs.listEntries(dir) };
}

export interface LintSources {
  /** Repository root; `configPath` is relative to it. */
  repo: string;
  configPath: string;
  /** Absolute paths of the Dockerfile and the build context. */
  dockerfile: string;
  context: string;
  /** The build arguments of the run's builds: BuildKit's checks read them as the builder does. */
  buildArgs?: Record<string, string>;
}

/**
 * The run's Linter: the `config` input when that file exists, else the first of the known names in the
 * repository root. A broken file is an error naming the file and key (ConfigError).
 */
export async function loadLinter(
  fs: FileSystem,
  sources: LintSources,
  shellcheck: ShellcheckRunner | null,
  warn: (message: string) => void,
): Promise<Linter> {
  const { repo } = sources;
  const given = join(repo, sources.configPath);
  const existing = new Set<string>();
  for (const candidate of [given, ...CONFIG_FILES.map((name) => join(repo, name))]) {
    if (await fs.exists(candidate)) existing.add(candidate);
  }
  const file = existing.has(given) ? given : findConfigFile(repo, (p) => existing.has(p));
  const config = file === undefined ? undefined : parseConfig(await fs.readFile(file), file);
  const skipped = config === undefined ? undefined : skippedKeysWarning(config);
  if (skipped !== undefined) warn(skipped);
  const context = await contextSettings(contextReader(fs), sources.dockerfile, sources.context);
  return new Linter(lintEnvironment(config, shellcheck, { ...context, buildArgs: sources.buildArgs ?? {} }), {
    warn,
  });
}

export { ConfigError };
