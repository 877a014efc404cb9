// `image-budget lint [--format tty|json|sarif|markdown] [--config FILE] [--failure-threshold LEVEL] FILE...`
// Lints every file in one process. Exit 1 when a finding reaches the threshold (or a BuildKit check fails under
// `# check=error=true`, as `docker build --check` fails), 0 otherwise, 2 for usage errors,
// unreadable files and bad configuration (the message names the file). The world (files, shellcheck, output) comes
// in through LintDeps so tests and other entry points can run the same code.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Threshold } from '../model.js';
import {
  ConfigError,
  emptyConfig,
  findConfigFile,
  mergeConfigs,
  parseConfig,
  parseThreshold,
  failsLint,
  skippedKeysWarning,
  THRESHOLDS,
} from '../lint/config.js';
import type { LintConfig } from '../lint/config.js';
import { formatResults, FORMATS } from '../lint/format/index.js';
import type { FileResult, FormatName } from '../lint/format/index.js';
import { decodeDockerfile, parseDockerfile } from '../dockerfile/parse.js';
import { contextSettings, lintEnvironment, Linter, type ContextReader } from '../lint/linter.js';
import { allRules } from '../lint/rules/index.js';
import { processShellcheckRunner } from '../lint/shellcheck.js';
import { parseBuildArgFlags } from './build-args.js';
import type { ShellcheckRunner } from '../lint/shellcheck.js';

export interface LintDeps {
  readFile(path: string): Uint8Array;
  exists(path: string): boolean;
  /** Entries of a directory (names only); throws when it cannot be read. */
  readDir(path: string): string[];
  readStdin(): Uint8Array;
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  isTTY: boolean;
  /** null: ShellCheck disabled. */
  shellcheck: ShellcheckRunner | null;
  /** Where `--build-arg NAME` (no value) takes its value from, as docker does (default: none). */
  env?: Readonly<Record<string, string | undefined>>;
}

const USAGE = `usage: image-budget lint [options] FILE...   (FILE "-" reads standard input)

options:
  --format tty|json|sarif|markdown     output format (default tty)
  --config FILE                        .image-budget.yml or a hadolint config (.hadolint.yaml);
                                       default: the first of ${'.image-budget.yml, .hadolint.yaml, .hadolint.yml'} in the current directory
  --failure-threshold error|warning|info|style|none
                                       exit 1 when a finding is at least this severe (default info); a
                                       BuildKit check under "# check=error=true" exits 1 at any threshold
  --no-fail                            exit 0 even when findings reach the threshold
  --ignore CODE                        ignore a rule (repeatable)
  --no-shellcheck                      do not run ShellCheck on RUN instructions
  --context DIR                        build context for the .dockerignore checks (default: the Dockerfile's folder)
  --build-arg NAME=value               a build argument, as docker build takes it (repeatable; NAME alone: the
                                       value of the environment variable NAME); BuildKit's checks read them
  --disable-ignore-pragma              do not honour "# hadolint ignore=" comments (config: disable-ignore-pragma)
  --no-color                           no colours in tty output
`;

interface Args {
  format: FormatName;
  config?: string;
  threshold?: Threshold;
  noFail: boolean;
  ignore: string[];
  shellcheck: boolean;
  context?: string;
  /** The `--build-arg` values as given (read against the environment later). */
  buildArgs: string[];
  disableIgnorePragma: boolean;
  color?: boolean;
  files: string[];
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Args | 'help' {
  const args: Args = {
    format: 'tty',
    noFail: false,
    ignore: [],
    shellcheck: true,
    buildArgs: [],
    disableIgnorePragma: false,
    files: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    if (raw === '-h' || raw === '--help') return 'help';
    if (raw === '--') {
      args.files.push(...argv.slice(i + 1));
      break;
    }
    if (!raw.startsWith('--') || raw === '-') {
      args.files.push(raw);
      continue;
    }
    const eq = raw.indexOf('=');
    const name = eq > 0 ? raw.slice(0, eq) : raw;
    const value = (): string => {
      if (eq > 0) return raw.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    switch (name) {
      case '--format': {
        const v = value();
        if (!(FORMATS as readonly string[]).includes(v)) {
          throw new UsageError(`unknown format "${v}"; accepted: ${FORMATS.join(', ')}`);
        }
        args.format = v as FormatName;
        break;
      }
      case '--config':
        args.config = value();
        break;
      case '--failure-threshold': {
        const v = value();
        try {
          args.threshold = parseThreshold(v, 'command line', '--failure-threshold');
        } catch {
          throw new UsageError(`unknown --failure-threshold "${v}"; accepted: ${THRESHOLDS.join(', ')}`);
        }
        break;
      }
      case '--no-fail':
        args.noFail = true;
        break;
      case '--ignore':
        args.ignore.push(...value().split(','));
        break;
      case '--no-shellcheck':
        args.shellcheck = false;
        break;
      case '--context':
        args.context = value();
        break;
      case '--build-arg':
        args.buildArgs.push(value());
        break;
      case '--disable-ignore-pragma':
        args.disableIgnorePragma = true;
        break;
      case '--no-color':
        args.color = false;
        break;
      case '--color':
        args.color = true;
        break;
      default:
        throw new UsageError(`unknown option ${name}`);
    }
  }
  if (args.files.length === 0) throw new UsageError('no Dockerfile given');
  return args;
}

/** The config file (`--config`, else the first known name in the current folder) merged with the flags; the
 *  lint environment switches the off-by-default rules off. */
function loadConfig(args: Args, deps: LintDeps): LintConfig {
  const path = args.config ?? findConfigFile(deps.cwd, deps.exists);
  let config = emptyConfig;
  if (path !== undefined) {
    let text: string;
    try {
      text = decodeDockerfile(deps.readFile(path));
    } catch (error: unknown) {
      throw new ConfigError(path, '(file)', `cannot read it: ${reason(error)}`);
    }
    config = parseConfig(text, path);
    const skipped = skippedKeysWarning(config);
    if (skipped !== undefined) deps.stderr(`image-budget lint: warning: ${skipped}\n`);
  }
  return mergeConfigs(config, {
    ignored: args.ignore.map((c) => c.trim()),
    override: {},
    settings: {},
    ...(args.disableIgnorePragma ? { disableIgnorePragma: true } : {}),
  });
}

/** Why `--context DIR` cannot be used, or undefined when it is a readable directory. */
function contextProblem(dir: string, deps: LintDeps): string | undefined {
  try {
    deps.readDir(dir);
    return undefined;
  } catch (error: unknown) {
    const code =
      error && typeof error === 'object' && 'code' in error ? (error as { code?: unknown }).code : '';
    if (code === 'ENOENT') return 'no such directory';
    if (code === 'ENOTDIR') return 'not a directory';
    return reason(error);
  }
}

/** The command's files as the context facts are read; each folder is listed once (the Dockerfiles of one run
 *  often share their context). */
function contextReader(deps: LintDeps): ContextReader {
  const entriesOf = new Map<string, string[] | null>();
  return {
    readText: async (path) => (deps.exists(path) ? decodeDockerfile(deps.readFile(path)) : null),
    entries: async (dir) => {
      let entries = entriesOf.get(dir);
      if (entries === undefined) {
        try {
          entries = deps.readDir(dir);
        } catch {
          entries = null;
        }
        entriesOf.set(dir, entries);
      }
      return entries;
    },
  };
}

function reason(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EISDIR') return 'is a directory';
    if (code === 'EACCES') return 'permission denied';
  }
  return error instanceof Error ? error.message : String(error);
}

/** Runs `async` jobs with at most `limit` in flight, keeping the order of results. */
async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  job: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await job(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export async function lintCommand(argv: string[], deps: LintDeps): Promise<number> {
  let args: Args | 'help';
  try {
    args = parseArgs(argv);
  } catch (error: unknown) {
    deps.stderr(`image-budget lint: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (args === 'help') {
    deps.stdout(USAGE);
    return 0;
  }
  if (args.context !== undefined) {
    const problem = contextProblem(args.context, deps);
    if (problem !== undefined) {
      deps.stderr(
        `image-budget lint: --context ${args.context}: ${problem}; give the build context directory, or leave --context out to use each Dockerfile's folder\n`,
      );
      return 2;
    }
  }
  let buildArgs: Record<string, string>;
  try {
    buildArgs = parseBuildArgFlags(args.buildArgs, deps.env ?? {});
  } catch (error: unknown) {
    deps.stderr(`image-budget lint: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  let config: LintConfig;
  try {
    config = loadConfig(args, deps);
  } catch (error: unknown) {
    deps.stderr(
      `image-budget lint: configuration error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 2;
  }

  // read everything first: an unreadable file is a usage error, reported before any output
  const inputs: { file: string; text: string }[] = [];
  const unreadable: string[] = [];
  for (const file of args.files) {
    try {
      inputs.push({ file, text: decodeDockerfile(file === '-' ? deps.readStdin() : deps.readFile(file)) });
    } catch (error: unknown) {
      unreadable.push(`image-budget lint: cannot read ${file}: ${reason(error)}\n`);
    }
  }
  if (unreadable.length > 0) {
    deps.stderr(unreadable.join(''));
    return 2;
  }

  const linter = new Linter(
    lintEnvironment(config, args.shellcheck ? deps.shellcheck : null, { buildArgs }),
    {
      warn: (m) => deps.stderr(`image-budget lint: ${m}\n`),
      stageMs: Infinity,
    },
  );
  const reader = contextReader(deps);
  const results: FileResult[] = await mapLimit(inputs, 4, async ({ file, text }) => {
    const parsed = parseDockerfile(text, file === '-' ? 'stdin' : file);
    const context = file === '-' ? {} : await contextSettings(reader, file, args.context ?? dirname(file));
    return { file: parsed.file, findings: await linter.lint(parsed, parsed.file, context) };
  });

  deps.stdout(
    formatResults(args.format, results, {
      rules: allRules.map((r) => r.meta),
      color: args.color ?? deps.isTTY,
    }),
  );
  const threshold = args.threshold ?? config.failureThreshold ?? 'info';
  const noFail = args.noFail || config.noFail === true;
  const failing = results.some((r) => r.findings.some((f) => failsLint(f, threshold)));
  return failing && !noFail ? 1 : 0;
}

/** The real world: files, stdin, process output and `shellcheck` on PATH. */
export function processLintDeps(): LintDeps {
  return {
    readFile: (path) => readFileSync(path),
    exists: (path) => existsSync(path),
    readDir: (path) => readdirSync(path),
    readStdin: () => readFileSync(0),
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: process.stdout.isTTY === true && process.env.NO_COLOR === undefined,
    shellcheck: processShellcheckRunner(),
    env: process.env,
  };
}

export async function runLint(argv: string[]): Promise<number> {
  return lintCommand(argv, processLintDeps());
}
