// Lint configuration: `.image-budget.yml` (lint keys at the top level or under `lint:`, not both) and hadolint's
// own `.hadolint.yaml`/`.hadolint.yml`, so a hadolint user can point us at the file they already have.
// Unknown keys: an error in our format (a misspelt key must not pass silently); skipped at the top level of a
// hadolint file, as hadolint itself does (its parser reads the keys it knows and ignores the rest, so a file
// written for another hadolint version still loads). Values are checked in both formats.
// Parsing is pure (text in, config out); finding the file takes an `exists` adapter.
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Finding, Severity, Threshold } from '../model.js';
import type { LintSettings } from './types.js';
import { isRuleCode } from './pragmas.js';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'style'];
export const THRESHOLDS: readonly Threshold[] = ['error', 'warning', 'info', 'style', 'none'];
export const LABEL_TYPES = ['text', 'url', 'spdx', 'rfc3339', 'semver', 'hash', 'email'] as const;

export interface LintConfig {
  /** Rule codes never reported. */
  ignored: string[];
  /** Severity overrides by rule code. */
  override: Record<string, Severity>;
  settings: Partial<LintSettings>;
  failureThreshold?: Threshold;
  noFail?: boolean;
  /** hadolint's `disable-ignore-pragma`: `# hadolint ignore=…` comments are not honoured. */
  disableIgnorePragma?: boolean;
  /** The file the config came from, when any. */
  source?: string;
  /** Top-level keys of a hadolint file that are not lint keys: skipped, as hadolint skips them; callers say so. */
  skippedKeys?: string[];
}

export const emptyConfig: LintConfig = { ignored: [], override: {}, settings: {} };

/** A configuration problem; the message names the file, the key and what is accepted. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string,
    detail: string,
  ) {
    super(`${file}: ${key}: ${detail}`);
    this.name = 'ConfigError';
  }
}

/** The files hadolint looks up in the current directory, plus ours first. */
export const CONFIG_FILES = ['.image-budget.yml', '.image-budget.yaml', '.hadolint.yaml', '.hadolint.yml'];

/** The first config file present in `dir`, or undefined. */
export function findConfigFile(dir: string, exists: (path: string) => boolean): string | undefined {
  for (const name of CONFIG_FILES) {
    const path = join(dir, name);
    if (exists(path)) return path;
  }
  return undefined;
}

/** The lint keys, in hadolint's spelling (plus ours: max-layers). */
const KNOWN_KEYS = new Set([
  'ignored',
  'override',
  'trustedRegistries',
  'label-schema',
  'strict-labels',
  'failure-threshold',
  'no-fail',
  'max-layers',
  'disable-ignore-pragma',
  // hadolint keys that only change its own output; accepted so a hadolint file loads unchanged
  'format',
  'no-color',
  'verbose',
]);
const ACCEPTED_KEYS = [...KNOWN_KEYS].join(', ');

/** The warning for a hadolint file's skipped keys (a misspelt key would otherwise pass unseen), or undefined. */
export function skippedKeysWarning(config: LintConfig): string | undefined {
  const keys = config.skippedKeys;
  if (keys === undefined || keys.length === 0) return undefined;
  const what = keys.length === 1 ? 'not a lint key' : 'not lint keys';
  return `${config.source ?? '(config)'}: ${keys.join(', ')}: ${what}, skipped (hadolint skips them too); accepted keys: ${ACCEPTED_KEYS}`;
}

/** Parses config text. `file` is used in messages and to tell our format from hadolint's. Throws ConfigError. */
export function parseConfig(text: string, file: string): LintConfig {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (error: unknown) {
    const detail = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    throw new ConfigError(file, '(file)', `not valid YAML: ${detail}`);
  }
  if (doc === null || doc === undefined) return { ...emptyConfig, source: file };
  if (!isRecord(doc))
    throw new ConfigError(file, '(file)', 'expected a mapping of keys (ignored, override, …)');
  // ours by name, or by its `lint:` section (a `--config` file may have any name)
  const ours = /image-budget[^/\\]*$/.test(file) || 'lint' in doc;
  if (!ours) return { ...configFromObject(doc, file, '', false), source: file };
  if (!('lint' in doc)) return { ...configFromObject(doc, file), source: file };
  // with a `lint:` section every lint key lives there: a key beside it would otherwise be dropped unseen
  for (const k of Object.keys(doc)) {
    if (k === 'lint') continue;
    throw new ConfigError(
      file,
      k,
      KNOWN_KEYS.has(k)
        ? 'a lint key outside the lint: section; lint keys go all at the top level or all under lint:, not both — move it under lint:'
        : `unknown key; beside a lint: section the only accepted top-level key is lint (lint keys, under it: ${ACCEPTED_KEYS})`,
    );
  }
  if (doc.lint === null) return { ...emptyConfig, source: file };
  if (!isRecord(doc.lint)) throw new ConfigError(file, 'lint', 'expected a mapping of lint keys');
  return { ...configFromObject(doc.lint, file, 'lint.'), source: file };
}

/**
 * Maps hadolint-style keys to a LintConfig. `strict`: unknown keys are errors (our format); not strict: they are
 * skipped, as hadolint does with its own files. Nested keys (override severities, label types) are always checked.
 */
export function configFromObject(
  obj: Record<string, unknown>,
  file = '(config)',
  prefix = '',
  strict = true,
): LintConfig {
  const config: LintConfig = { ignored: [], override: {}, settings: {} };
  const key = (k: string): string => prefix + k;
  for (const k of Object.keys(obj)) {
    if (KNOWN_KEYS.has(k)) continue;
    if (strict) {
      // at the top level of our file a `lint:` section is accepted too
      const accepted = prefix === '' ? `lint, ${ACCEPTED_KEYS}` : ACCEPTED_KEYS;
      throw new ConfigError(file, key(k), `unknown key; accepted keys: ${accepted}`);
    }
    (config.skippedKeys ??= []).push(k);
  }
  if (obj.ignored !== undefined && obj.ignored !== null)
    config.ignored = codeList(obj.ignored, file, key('ignored'));
  if (obj.override !== undefined && obj.override !== null) {
    if (!isRecord(obj.override)) {
      throw new ConfigError(file, key('override'), `expected a mapping with keys ${SEVERITIES.join(', ')}`);
    }
    for (const [sev, codes] of Object.entries(obj.override)) {
      if (!(SEVERITIES as readonly string[]).includes(sev)) {
        throw new ConfigError(
          file,
          key(`override.${sev}`),
          `unknown severity; accepted: ${SEVERITIES.join(', ')}`,
        );
      }
      if (codes === null) continue;
      for (const code of codeList(codes, file, key(`override.${sev}`)))
        config.override[code] = sev as Severity;
    }
  }
  if (obj.trustedRegistries !== undefined && obj.trustedRegistries !== null) {
    config.settings.trustedRegistries = stringList(
      obj.trustedRegistries,
      file,
      key('trustedRegistries'),
      'registry host names',
    );
  }
  if (obj['label-schema'] !== undefined && obj['label-schema'] !== null) {
    const schema = obj['label-schema'];
    if (!isRecord(schema)) {
      throw new ConfigError(
        file,
        key('label-schema'),
        `expected a mapping of label name to one of ${LABEL_TYPES.join(', ')}`,
      );
    }
    const out: Record<string, string> = {};
    for (const [label, type] of Object.entries(schema)) {
      if (typeof type !== 'string' || !(LABEL_TYPES as readonly string[]).includes(type)) {
        throw new ConfigError(
          file,
          key(`label-schema.${label}`),
          `unknown label type ${JSON.stringify(type)}; accepted: ${LABEL_TYPES.join(', ')}`,
        );
      }
      out[label] = type;
    }
    config.settings.labelSchema = out;
  }
  if (obj['strict-labels'] !== undefined)
    config.settings.strictLabels = bool(obj['strict-labels'], file, key('strict-labels'));
  if (obj['no-fail'] !== undefined) config.noFail = bool(obj['no-fail'], file, key('no-fail'));
  if (obj['disable-ignore-pragma'] !== undefined) {
    config.disableIgnorePragma = bool(obj['disable-ignore-pragma'], file, key('disable-ignore-pragma'));
  }
  if (obj['failure-threshold'] !== undefined) {
    config.failureThreshold = parseThreshold(obj['failure-threshold'], file, key('failure-threshold'));
  }
  if (obj['max-layers'] !== undefined) {
    const n = obj['max-layers'];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
      throw new ConfigError(
        file,
        key('max-layers'),
        'expected a whole number of layers ≥ 1 (the engine caps near 127)',
      );
    }
    config.settings.maxLayers = n;
  }
  return config;
}

/** Accepts our thresholds and hadolint's `ignore` spelling of `none`. */
export function parseThreshold(value: unknown, file: string, key: string): Threshold {
  const v = typeof value === 'string' ? value.trim().toLowerCase() : value;
  if (v === 'ignore') return 'none';
  if (typeof v === 'string' && (THRESHOLDS as readonly string[]).includes(v)) return v as Threshold;
  throw new ConfigError(
    file,
    key,
    `unknown threshold ${JSON.stringify(value)}; accepted: ${THRESHOLDS.join(', ')}`,
  );
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, style: 0 };

/** True when a finding of `severity` reaches the `threshold` (`none`: nothing does): the one threshold check,
 *  for the CLI's exit code and the action's verdict alike. */
export function reaches(severity: Severity, threshold: Threshold): boolean {
  return threshold !== 'none' && RANK[severity] >= RANK[threshold];
}

/** True when a finding fails the lint: its severity reaches the threshold, or it is a BuildKit check under
 *  `error=true`, which fails whatever the threshold (as `docker build --check` fails). */
export function failsLint(finding: Pick<Finding, 'severity' | 'checkError'>, threshold: Threshold): boolean {
  return finding.checkError === true || reaches(finding.severity, threshold);
}

/** Rules hadolint ships switched off (the pragma ban, the HEALTHCHECK demand); a severity override turns one on. */
export const OFF_BY_DEFAULT = ['DL1001', 'DL3057'];

/** The config a run uses: `config` plus the off-by-default rules it does not switch on. */
export function withDefaults(config: LintConfig): LintConfig {
  const off = OFF_BY_DEFAULT.filter(
    (code) => config.override[code] === undefined && !config.ignored.includes(code),
  );
  return { ...config, ignored: [...config.ignored, ...off] };
}

/** Merges configs: later ones win for scalars, lists are joined. */
export function mergeConfigs(...configs: LintConfig[]): LintConfig {
  const out: LintConfig = { ignored: [], override: {}, settings: {} };
  for (const c of configs) {
    out.ignored.push(...c.ignored.filter((code) => !out.ignored.includes(code)));
    Object.assign(out.override, c.override);
    Object.assign(out.settings, c.settings);
    if (c.failureThreshold !== undefined) out.failureThreshold = c.failureThreshold;
    if (c.noFail !== undefined) out.noFail = c.noFail;
    if (c.disableIgnorePragma !== undefined) out.disableIgnorePragma = c.disableIgnorePragma;
    if (c.source !== undefined) out.source = c.source;
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringList(v: unknown, file: string, key: string, what: string): string[] {
  if (typeof v === 'string') return [v];
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
    throw new ConfigError(file, key, `expected a list of ${what}`);
  }
  return v as string[];
}

function codeList(v: unknown, file: string, key: string): string[] {
  const codes = stringList(v, file, key, 'rule codes (DL3008, SC2086, IB101, JSONArgsRecommended)').map((c) =>
    c.trim(),
  );
  for (const c of codes) {
    if (!isRuleCode(c)) {
      throw new ConfigError(
        file,
        key,
        `${JSON.stringify(c)} is not a rule code; accepted: codes such as DL3008, SC2086, IB101 or a BuildKit check name`,
      );
    }
  }
  return codes;
}

function bool(v: unknown, file: string, key: string): boolean {
  if (typeof v !== 'boolean')
    throw new ConfigError(file, key, `expected true or false, got ${JSON.stringify(v)}`);
  return v;
}
