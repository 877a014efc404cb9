// Lint configuration: `.image-budget.yml` (lint keys at the top level or under `lint:`) and hadolint's own
// `.hadolint.yaml`/`.hadolint.yml`, so a hadolint user can point us at the file they already have.
// Parsing is pure (text in, config out); finding the file takes an `exists` adapter.
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Severity, Threshold } from '../model.js';
import type { LintSettings } from './types.js';

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
  /** The file the config came from, when any. */
  source?: string;
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
  let section: Record<string, unknown> = doc;
  let prefix = '';
  // ours by name, or by its `lint:` section (a `--config` file may have any name)
  const ours = /image-budget[^/\\]*$/.test(file) || 'lint' in doc;
  if (ours && 'lint' in doc) {
    if (!isRecord(doc.lint)) throw new ConfigError(file, 'lint', 'expected a mapping of lint keys');
    section = doc.lint;
    prefix = 'lint.';
  }
  return { ...configFromObject(section, file, prefix, !ours || prefix !== ''), source: file };
}

const KNOWN_KEYS = new Set([
  'ignored',
  'override',
  'trustedRegistries',
  'label-schema',
  'strict-labels',
  'failure-threshold',
  'no-fail',
  'max-layers',
  // hadolint keys that only change its own output; accepted so a hadolint file loads unchanged
  'format',
  'no-color',
  'verbose',
  'disable-ignore-pragma',
]);

/**
 * Maps hadolint-style keys to a LintConfig. `strict`: unknown keys are errors (hadolint files and our `lint:`
 * section); at the top level of `.image-budget.yml` other sections belong to other stages and are skipped.
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
    if (strict && !KNOWN_KEYS.has(k)) {
      throw new ConfigError(file, key(k), `unknown key; accepted keys: ${[...KNOWN_KEYS].join(', ')}`);
    }
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
  const codes = stringList(v, file, key, 'rule codes (DL3008, SC2086, IB101)').map((c) => c.trim());
  for (const c of codes) {
    if (!/^[A-Z]{2,3}\d{3,4}$/.test(c)) {
      throw new ConfigError(
        file,
        key,
        `${JSON.stringify(c)} is not a rule code; accepted: codes such as DL3008, SC2086, IB101`,
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
