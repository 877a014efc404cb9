// The lint environment of one run and the one Linter built from it. The environment is everything a lint
// depends on besides the Dockerfile: the configuration (rules on and off, the off-by-default ones included,
// severities, threshold, trusted registries), the build context facts (the `.dockerignore` in force, the
// context's top-level entries) and ShellCheck. Every entry point (the CLI, the action's pipeline, the baseline,
// the optimizer) lints through the same Linter, so they give the same answers for the same file.
import { basename, dirname, join } from 'node:path';
import type { Finding } from '../model.js';
import { parseDockerfile } from '../dockerfile/parse.js';
import type { ParsedDockerfile } from '../dockerfile/types.js';
import { emptyConfig, withDefaults, type LintConfig } from './config.js';
import { applyPolicy, runRules, type LintOptions } from './engine.js';
import { LINT_STAGE_TIMEOUT_MS, RULES_TIMEOUT_MS, SHELLCHECK_TIMEOUT_MS } from './limits.js';
import { shellcheckFile, shellcheckSkipNote, type ShellcheckRunner } from './shellcheck.js';
import type { LintSettings, Rule } from './types.js';

export interface LintEnvironment {
  /** The configuration in force, the off-by-default rules it does not switch on already ignored. */
  config: LintConfig;
  /** The configuration's settings plus the context facts of the run (when the run has one context). */
  settings: Partial<LintSettings>;
  /** null: ShellCheck off or not installed. */
  shellcheck: ShellcheckRunner | null;
}

/** The environment for a loaded config (or none): the only place the off-by-default rules are switched off. */
export function lintEnvironment(
  config: LintConfig | undefined,
  shellcheck: ShellcheckRunner | null,
  context: Partial<LintSettings> = {},
): LintEnvironment {
  const inForce = withDefaults(config ?? emptyConfig);
  return { config: inForce, settings: { ...inForce.settings, ...context }, shellcheck };
}

/** What the context facts are read through: text of a file (null when absent), names in a folder (null when it
 *  cannot be read). */
export interface ContextReader {
  readText(path: string): Promise<string | null>;
  entries(dir: string): Promise<string[] | null>;
}

/** The `.dockerignore` in force for a Dockerfile and its context: BuildKit prefers `<Dockerfile>.dockerignore`
 *  beside the Dockerfile over the context's `.dockerignore`. Its lines, or null when there is none. */
export async function dockerignoreInForce(
  reader: ContextReader,
  dockerfile: string,
  context: string,
): Promise<string[] | null> {
  for (const candidate of [
    join(dirname(dockerfile), `${basename(dockerfile)}.dockerignore`),
    join(context, '.dockerignore'),
  ]) {
    const text = await reader.readText(candidate).catch(() => null);
    if (text !== null) return text.split(/\r?\n/);
  }
  return null;
}

/** The context facts the IB rules use: the `.dockerignore` in force and the context's top-level entries. */
export async function contextSettings(
  reader: ContextReader,
  dockerfile: string,
  context: string,
): Promise<Pick<LintSettings, 'dockerignore' | 'contextEntries'>> {
  return {
    dockerignore: await dockerignoreInForce(reader, dockerfile, context),
    contextEntries: await reader.entries(context).catch(() => null),
  };
}

export interface LinterOptions {
  /** Where the one note about a failing ShellCheck goes. */
  warn: (message: string) => void;
  /** One time budget for every lint of this Linter (default LINT_STAGE_TIMEOUT_MS; Infinity: none). */
  stageMs?: number;
  rules?: readonly Rule[];
}

export class Linter {
  private shellcheck: ShellcheckRunner | null;
  private spent = 0;

  constructor(
    readonly environment: LintEnvironment,
    private readonly options: LinterOptions,
  ) {
    this.shellcheck = environment.shellcheck;
  }

  /** Ignored codes, severity overrides, pragmas and the config's settings: what the optimizer re-lints with. */
  get policy(): NonNullable<LintOptions['config']> {
    return this.environment.config;
  }

  /** Rules, then pragmas and configuration; no ShellCheck (its findings carry no fixes). Synchronous, for the
   *  optimizer's passes. `settings` override the environment's (the optimizer's growing `.dockerignore`). */
  lintRules(parsed: ParsedDockerfile, settings: Partial<LintSettings> = {}): Finding[] {
    const options = this.lintOptions(settings);
    return applyPolicy(runRules(parsed, options), parsed, options);
  }

  /** Rules plus ShellCheck on RUN scripts, then pragmas and configuration over both. Every lint draws on the
   *  one time budget, besides the bounds of one file: the Dockerfile and its variants are linted, and together
   *  they must not hold the runner either. `context`: per-file context facts (the CLI lints many folders). */
  async lint(
    input: string | ParsedDockerfile,
    file: string,
    context: Partial<LintSettings> = {},
  ): Promise<Finding[]> {
    const started = Date.now();
    const stageMs = this.options.stageMs ?? LINT_STAGE_TIMEOUT_MS;
    const left = (): number => Math.max(0, stageMs - this.spent - (Date.now() - started));
    const parsed = typeof input === 'string' ? parseDockerfile(input, file) : input;
    const options = this.lintOptions(context);
    let findings = runRules(parsed, { ...options, timeLimitMs: Math.min(RULES_TIMEOUT_MS, left()) });
    const runner = this.shellcheck;
    if (runner !== null) {
      try {
        const timeoutMs = Math.min(SHELLCHECK_TIMEOUT_MS, left());
        findings = findings.concat(await shellcheckFile(parsed, runner, { timeoutMs }));
      } catch (error: unknown) {
        // ShellCheck is an extra: a broken one is reported once and the lint goes on without it
        if (this.shellcheck !== null) {
          this.shellcheck = null;
          this.options.warn(
            shellcheckSkipNote(error, error instanceof Error ? error.message : String(error)),
          );
        }
      }
    }
    this.spent += Date.now() - started;
    return applyPolicy(findings, parsed, options);
  }

  /** BuildKit's switches, pragmas and configuration over findings made elsewhere (the builder's warnings), as
   *  over the rules' own: an ignored code stays ignored when the build reports it. */
  withPolicy(findings: Finding[], parsed: ParsedDockerfile): Finding[] {
    return applyPolicy(findings, parsed, this.lintOptions({}));
  }

  private lintOptions(settings: Partial<LintSettings>): LintOptions {
    return {
      config: this.environment.config,
      settings: { ...this.environment.settings, ...settings },
      ...(this.options.rules ? { rules: this.options.rules } : {}),
    };
  }
}
