// Every action input, parsed and validated at once from a plain name → value map (the runner passes
// `core.getInput` values or INPUT_* variables; an empty string means "not given"). One error lists every problem.
import type { Threshold } from './model.js';

export type SizeMetric = 'uncompressed' | 'compressed';
/** `optimize` input: `true` → safe, `false` → off, `aggressive`. */
export type OptimizeMode = 'safe' | 'off' | 'aggressive';
export type BaselineMode = 'auto' | 'build' | 'cache' | 'none';
export type CommentOn = 'always' | 'change' | 'regression' | 'failure';

/** A growth limit: fails (or warns) when either part is exceeded. At least one part is set. */
export interface IncreaseLimit {
  bytes?: number;
  percent?: number;
}

export interface Inputs {
  dockerfile: string;
  context: string;
  target?: string;
  buildArgs: Record<string, string>;
  platform?: string;
  builder?: string;
  /** Max head size in bytes, measured by `sizeMetric`. */
  budget?: number;
  sizeMetric: SizeMetric;
  maxIncrease?: IncreaseLimit;
  warnIncrease?: IncreaseLimit;
  /** Noise floor in bytes (default 1 kB = 1000). */
  minChange: number;
  maxLayers?: number;
  /** Most builds spent on finding the commit that grew the image past a growth limit; 0: never search. */
  bisectMaxBuilds: number;
  lint: boolean;
  lintFailOn: Threshold;
  config: string;
  optimize: OptimizeMode;
  smokeTest?: string;
  baseRef?: string;
  baseline: BaselineMode;
  comment: boolean;
  /** The sticky comment key: the `comment-key` input, or Dockerfile path + target + platform. */
  commentKey: string;
  commentOn: CommentOn;
  summary: boolean;
  sarifFile?: string;
  /** Write the head image's packages as a CycloneDX 1.5 JSON document to this path (inside the workspace). */
  sbomFile?: string;
  githubToken?: string;
  /** Longest wait for one GitHub API answer, in seconds (the comment gets three times that in all). */
  apiTimeout: number;
  /** Build-time growth beyond the noise band fails instead of warning. Default false. */
  failOnBuildTime: boolean;
  /** Build PR code in `pull_request_target` / `workflow_run` events. Default false. */
  allowUntrustedBuild: boolean;
}

export interface InputProblem {
  input: string;
  value: string;
  /** What was wrong and what is accepted. */
  message: string;
}

export class InputError extends Error {
  readonly problems: InputProblem[];
  constructor(problems: InputProblem[]) {
    super(
      `Invalid action inputs (${problems.length}):\n` +
        problems.map((p) => `- ${p.input}: ${JSON.stringify(p.value)}: ${p.message}`).join('\n'),
    );
    this.name = 'InputError';
    this.problems = problems;
  }
}

/** Input names the action declares, in action.yml order. */
export const INPUT_NAMES = [
  'dockerfile',
  'context',
  'target',
  'build-args',
  'platform',
  'builder',
  'budget',
  'size-metric',
  'max-increase',
  'min-change',
  'max-layers',
  'warn-increase',
  'bisect-max-builds',
  'lint',
  'lint-fail-on',
  'config',
  'optimize',
  'smoke-test',
  'base-ref',
  'baseline',
  'comment',
  'comment-key',
  'comment-on',
  'summary',
  'sarif-file',
  'sbom-file',
  'github-token',
  'api-timeout',
  'fail-on-build-time',
  'allow-untrusted-build',
] as const;

const SECRET_INPUTS = ['github-token'];

const DECIMAL: Record<string, number> = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12 };
const BINARY: Record<string, number> = { kib: 2 ** 10, mib: 2 ** 20, gib: 2 ** 30, tib: 2 ** 40 };
const SIZE_HINT =
  'use a size like 150MB, 1.2GiB or 1500000 (bytes): decimal units kB, MB, GB, TB (1 MB = 1,000,000 B) ' +
  'or binary KiB, MiB, GiB, TiB';

/** Parses `150MB`, `1.2GiB`, `1 kB`, `1500000` into bytes (rounded to an integer). Throws a readable Error. */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)$/i.exec(text.trim());
  if (match === null) throw new Error(`not a size; ${SIZE_HINT}`);
  const unit = match[2]!.toLowerCase();
  const factor = unit === '' ? 1 : (DECIMAL[unit] ?? BINARY[unit]);
  if (factor === undefined) throw new Error(`unknown unit "${match[2]}"; ${SIZE_HINT}`);
  const bytes = Number(match[1]) * factor;
  if (!Number.isFinite(bytes) || bytes > Number.MAX_SAFE_INTEGER) throw new Error(`too large; ${SIZE_HINT}`);
  return Math.round(bytes);
}

const INCREASE_HINT = 'use bytes (10MB), a percentage (5%), or both separated by a comma (10MB,5%)';

/** Parses `5%`, `10MB`, `10MB,5%` (either order). */
export function parseIncrease(text: string): IncreaseLimit {
  const parts = text.split(',').map((part) => part.trim());
  const limit: IncreaseLimit = {};
  for (const part of parts) {
    if (part.endsWith('%')) {
      const number = part.slice(0, -1).trim();
      if (!/^(\d+(\.\d+)?|\.\d+)$/.test(number))
        throw new Error(`"${part}" is not a percentage; ${INCREASE_HINT}`);
      if (limit.percent !== undefined) throw new Error(`two percentages; ${INCREASE_HINT}`);
      limit.percent = Number(number);
    } else {
      if (part === '') throw new Error(`empty part; ${INCREASE_HINT}`);
      if (limit.bytes !== undefined) throw new Error(`two byte limits; ${INCREASE_HINT}`);
      try {
        limit.bytes = parseSize(part);
      } catch {
        throw new Error(`"${part}" is neither a size nor a percentage; ${INCREASE_HINT}`);
      }
    }
  }
  return limit;
}

const ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** One `KEY=VALUE` a line; blank lines and `#` comment lines are skipped; the value may contain `=`. */
export function parseBuildArgs(text: string): Record<string, string> {
  const args: Record<string, string> = {};
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) return;
    const equals = line.indexOf('=');
    const key = equals < 0 ? line : line.slice(0, equals).trim();
    if (equals < 0) errors.push(`line ${index + 1} "${line}" has no "="`);
    else if (!ARG_NAME.test(key)) errors.push(`line ${index + 1}: "${key}" is not a valid ARG name`);
    else if (Object.hasOwn(args, key)) errors.push(`line ${index + 1}: ${key} is given twice`);
    else args[key] = line.slice(equals + 1);
  });
  if (errors.length > 0) {
    throw new Error(`${errors.join('; ')}; write one KEY=VALUE per line (KEY: letters, digits, _)`);
  }
  return args;
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

function parseBoolean(text: string): boolean {
  if (TRUE.includes(text)) return true;
  if (FALSE.includes(text)) return false;
  throw new Error('use true or false');
}

function oneOf<T extends string>(allowed: readonly T[]): (text: string) => T {
  return (text) => {
    const value = text.toLowerCase();
    const found = allowed.find((option) => option === value);
    if (found === undefined) throw new Error(`use one of: ${allowed.join(', ')}`);
    return found;
  };
}

function parsePositiveInteger(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
    throw new Error('use a whole number of at least 1');
  }
  return Number(text);
}

function parseWholeNumber(text: string): number {
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
    throw new Error('use a whole number (0 turns it off)');
  }
  return Number(text);
}

/** One platform, e.g. `linux/amd64` or `linux/arm64/v8`: a multi-platform image cannot be loaded and measured. */
function parsePlatform(text: string): string {
  if (text.includes(','))
    throw new Error('give one platform (os/arch[/variant]); measure each platform in its own job');
  if (!/^[a-z0-9_.-]+\/[a-z0-9_.-]+(\/[a-z0-9_.-]+)?$/i.test(text)) {
    throw new Error('use os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8');
  }
  return text;
}

function parseOptimize(text: string): OptimizeMode {
  if (text.toLowerCase() === 'aggressive') return 'aggressive';
  try {
    return parseBoolean(text) ? 'safe' : 'off';
  } catch {
    throw new Error('use true, false or aggressive');
  }
}

function parseNonEmptyLine(text: string): string {
  if (/[\r\n]/.test(text)) throw new Error('must be a single line');
  return text;
}

/** The default comment key: Dockerfile path, then target and platform when set. */
export function defaultCommentKey(dockerfile: string, target?: string, platform?: string): string {
  return [
    dockerfile,
    target === undefined ? '' : `:${target}`,
    platform === undefined ? '' : `@${platform}`,
  ].join('');
}

export function parseInputs(raw: Record<string, string>): Inputs {
  const problems: InputProblem[] = [];
  const get = (name: string): string | undefined => {
    const value = raw[name];
    if (value === undefined) return undefined;
    // Surrounding whitespace is dropped as core.getInput does; YAML block scalars end with a newline.
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  };
  function read<T>(name: string, parse: (text: string) => T): T | undefined;
  function read<T>(name: string, parse: (text: string) => T, fallback: T): T;
  function read<T>(name: string, parse: (text: string) => T, fallback?: T): T | undefined {
    const text = get(name);
    if (text === undefined) return fallback;
    try {
      return parse(text);
    } catch (error: unknown) {
      problems.push({
        input: name,
        // A secret never appears in an error message (logs of public repositories are public).
        value: SECRET_INPUTS.includes(name) ? '***' : text,
        message: error instanceof Error ? error.message : String(error),
      });
      return fallback;
    }
  }
  const text = (value: string): string => parseNonEmptyLine(value);

  const dockerfile = read('dockerfile', text, 'Dockerfile');
  const target = read('target', text);
  const platform = read('platform', parsePlatform);
  const inputs: Inputs = {
    dockerfile,
    context: read('context', text, '.'),
    target,
    buildArgs: read('build-args', parseBuildArgs, {}),
    platform,
    builder: read('builder', text),
    budget: read('budget', parseSize),
    sizeMetric: read('size-metric', oneOf<SizeMetric>(['uncompressed', 'compressed']), 'uncompressed'),
    maxIncrease: read('max-increase', parseIncrease),
    warnIncrease: read('warn-increase', parseIncrease),
    minChange: read('min-change', parseSize, 1000),
    maxLayers: read('max-layers', parsePositiveInteger),
    bisectMaxBuilds: read('bisect-max-builds', parseWholeNumber, 6),
    lint: read('lint', parseBoolean, true),
    lintFailOn: read(
      'lint-fail-on',
      oneOf<Threshold>(['error', 'warning', 'info', 'style', 'none']),
      'error',
    ),
    config: read('config', text, '.image-budget.yml'),
    optimize: read('optimize', parseOptimize, 'safe'),
    smokeTest: read('smoke-test', (value) => value),
    baseRef: read('base-ref', text),
    baseline: read('baseline', oneOf<BaselineMode>(['auto', 'build', 'cache', 'none']), 'auto'),
    comment: read('comment', parseBoolean, true),
    commentKey: read('comment-key', text, defaultCommentKey(dockerfile, target, platform)),
    commentOn: read('comment-on', oneOf<CommentOn>(['always', 'change', 'regression', 'failure']), 'always'),
    summary: read('summary', parseBoolean, true),
    sarifFile: read('sarif-file', text),
    sbomFile: read('sbom-file', text),
    githubToken: read('github-token', text),
    apiTimeout: read('api-timeout', parsePositiveInteger, 10),
    failOnBuildTime: read('fail-on-build-time', parseBoolean, false),
    allowUntrustedBuild: read('allow-untrusted-build', parseBoolean, false),
  };
  if (problems.length > 0) {
    const order = (name: string): number => (INPUT_NAMES as readonly string[]).indexOf(name);
    throw new InputError(problems.sort((a, b) => order(a.input) - order(b.input)));
  }
  return inputs;
}
