// The lint stage as the pipeline runs it: configuration file, `.dockerignore` and the context's top-level entries
// are read here (through the fs adapter) so the rules stay pure.
import { join } from 'node:path';
import type { FileSystem } from '../adapters.js';
import {
  CONFIG_FILES,
  ConfigError,
  emptyConfig,
  findConfigFile,
  parseConfig,
  skippedKeysWarning,
  type LintConfig,
} from '../lint/config.js';
import { applyPolicy, runRules } from '../lint/engine.js';
import { LINT_STAGE_TIMEOUT_MS, RULES_TIMEOUT_MS, SHELLCHECK_TIMEOUT_MS } from '../lint/limits.js';
import { parseDockerfile } from '../dockerfile/parse.js';
import { shellcheckFile, shellcheckSkipNote, type ShellcheckRunner } from '../lint/shellcheck.js';
import type { LintSettings } from '../lint/types.js';
import type { Finding } from '../model.js';

export interface LintEnvironment {
  config: LintConfig;
  settings: Partial<LintSettings>;
}

/** `.dockerignore` lines of the context, or null when it has none. */
export async function readDockerignore(fs: FileSystem, context: string): Promise<string[] | null> {
  const text = await fs.readFileOrNull(join(context, '.dockerignore'));
  return text === null ? null : text.split(/\r?\n/);
}

/**
 * Loads the lint configuration: the `config` input when that file exists, else the first of the known names in
 * the repository root. A broken file is an error naming the file and key (ConfigError).
 */
export async function loadLintEnvironment(
  fs: FileSystem,
  repo: string,
  configPath: string,
  context: string,
): Promise<LintEnvironment> {
  const given = join(repo, configPath);
  const existing = new Set<string>();
  for (const candidate of [given, ...CONFIG_FILES.map((name) => join(repo, name))]) {
    if (await fs.exists(candidate)) existing.add(candidate);
  }
  const file = existing.has(given) ? given : findConfigFile(repo, (p) => existing.has(p));
  const config = file === undefined ? emptyConfig : parseConfig(await fs.readFile(file), file);
  const entries = await fs.listFiles(context).then(
    (files) => [...new Set(files.map((f) => f.split('/')[0]!))],
    () => null,
  );
  const hasGit = await fs.exists(join(context, '.git'));
  return {
    config,
    settings: {
      ...config.settings,
      dockerignore: await readDockerignore(fs, context),
      contextEntries: entries === null ? null : hasGit ? ['.git', ...entries] : entries,
    },
  };
}

export type LintFn = (text: string, file: string) => Promise<Finding[]>;

/** Rules plus ShellCheck on RUN scripts (when installed), then pragmas and configuration over both. Every lint
 *  of the stage draws on one time budget (`stageMs`, default LINT_STAGE_TIMEOUT_MS), besides the bounds of one file:
 *  the Dockerfile and its optimized variants are linted, and together they must not hold the runner either. */
export function lintWith(
  env: LintEnvironment,
  shellcheck: ShellcheckRunner | null,
  warn: (message: string) => void,
  stageMs = LINT_STAGE_TIMEOUT_MS,
): LintFn {
  let runner = shellcheck;
  let spent = 0;
  const skipped = skippedKeysWarning(env.config);
  if (skipped !== undefined) warn(skipped);
  return async (text, file) => {
    const started = Date.now();
    const left = (): number => Math.max(0, stageMs - spent - (Date.now() - started));
    const parsed = parseDockerfile(text, file);
    const options = { config: env.config, settings: env.settings };
    let findings = runRules(parsed, { ...options, timeLimitMs: Math.min(RULES_TIMEOUT_MS, left()) });
    if (runner !== null) {
      try {
        const timeoutMs = Math.min(SHELLCHECK_TIMEOUT_MS, left());
        findings = findings.concat(await shellcheckFile(parsed, runner, { timeoutMs }));
      } catch (error: unknown) {
        // as in the CLI: ShellCheck is an extra, so a broken one is reported once and the lint goes on without it
        warn(shellcheckSkipNote(error, error instanceof Error ? error.message : String(error)));
        runner = null;
      }
    }
    spent += Date.now() - started;
    return applyPolicy(findings, parsed, options);
  };
}

export { ConfigError };
