import { describe, expect, it } from '@jest/globals';
import {
  ConfigError,
  emptyConfig,
  findConfigFile,
  mergeConfigs,
  parseConfig,
  skippedKeysWarning,
  withDefaults,
} from '../../src/lint/config.js';

function errorOf(text: string, file = '.hadolint.yaml'): string {
  try {
    parseConfig(text, file);
  } catch (error: unknown) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('no error');
}

describe('parseConfig', () => {
  it('maps every hadolint key', () => {
    const config = parseConfig(
      [
        'ignored: [DL3008, SC2086]',
        'override:',
        '  error: [DL3015]',
        '  info:',
        '    - DL3059',
        'trustedRegistries: [docker.io, my.reg:5000]',
        'label-schema:',
        '  maintainer: text',
        '  org.opencontainers.image.created: rfc3339',
        'strict-labels: true',
        'failure-threshold: warning',
        'no-fail: false',
        'format: tty',
      ].join('\n'),
      '.hadolint.yaml',
    );
    expect(config).toEqual({
      ignored: ['DL3008', 'SC2086'],
      override: { DL3015: 'error', DL3059: 'info' },
      settings: {
        trustedRegistries: ['docker.io', 'my.reg:5000'],
        labelSchema: { maintainer: 'text', 'org.opencontainers.image.created': 'rfc3339' },
        strictLabels: true,
      },
      failureThreshold: 'warning',
      noFail: false,
      source: '.hadolint.yaml',
    });
  });

  it('reads .image-budget.yml with lint keys under lint: or at the top level', () => {
    const config = parseConfig('lint:\n  ignored: [IB101]\n  max-layers: 30\n', '.image-budget.yml');
    expect([config.ignored, config.settings.maxLayers]).toEqual([['IB101'], 30]);
    expect(parseConfig('ignored: [DL3000]\n', '.image-budget.yml').ignored).toEqual(['DL3000']);
    expect(parseConfig('lint:\n', 'ci/lint.yml')).toEqual({ ...emptyConfig, source: 'ci/lint.yml' });
  });

  it('reads disable-ignore-pragma in both formats and checks its value', () => {
    expect(parseConfig('disable-ignore-pragma: true\n', '.hadolint.yaml').disableIgnorePragma).toBe(true);
    expect(
      parseConfig('lint:\n  disable-ignore-pragma: false\n', '.image-budget.yml').disableIgnorePragma,
    ).toBe(false);
    expect(parseConfig('disable-ignore-pragma: true\n', '.image-budget.yml').disableIgnorePragma).toBe(true);
    expect(parseConfig('ignored: []\n', '.hadolint.yaml').disableIgnorePragma).toBeUndefined();
    expect(errorOf('disable-ignore-pragma: yes please\n')).toContain(
      '.hadolint.yaml: disable-ignore-pragma: expected true or false',
    );
  });

  it('skips unknown top-level keys of a hadolint file, as hadolint does, but still checks values', () => {
    const config = parseConfig(
      'ignore: [DL3008]\noutput-format: json\nignored: [DL3000]\n',
      '.hadolint.yaml',
    );
    expect(config).toEqual({
      ...emptyConfig,
      ignored: ['DL3000'],
      source: '.hadolint.yaml',
      skippedKeys: ['ignore', 'output-format'],
    });
    // callers warn with this: a misspelt key would otherwise pass unseen
    expect(skippedKeysWarning(config)).toBe(
      '.hadolint.yaml: ignore, output-format: not lint keys, skipped (hadolint skips them too); accepted keys: ignored, override, trustedRegistries, label-schema, strict-labels, failure-threshold, no-fail, max-layers, disable-ignore-pragma, format, no-color, verbose',
    );
    expect(skippedKeysWarning(parseConfig('ignored: [DL3000]\n', '.hadolint.yaml'))).toBeUndefined();
    expect(errorOf('output-format: json\nignored: [dl3000]\n')).toContain('.hadolint.yaml: ignored:');
  });

  it.each([
    [
      'ignord: [DL3004]\n',
      '.image-budget.yml: ignord: unknown key; accepted keys: lint, ignored, override, trustedRegistries, label-schema, strict-labels, failure-threshold, no-fail, max-layers, disable-ignore-pragma, format, no-color, verbose',
    ],
    ['budget: 150MB\nignored: [DL3000]\n', '.image-budget.yml: budget: unknown key; accepted keys: lint,'],
    [
      'lint:\n  ignord: [DL3004]\n',
      '.image-budget.yml: lint.ignord: unknown key; accepted keys: ignored, override,',
    ],
    [
      'lint:\n  override:\n    fatal: [DL3000]\n',
      '.image-budget.yml: lint.override.fatal: unknown severity; accepted: error, warning, info, style',
    ],
    [
      'ignored: [DL3004]\nlint:\n  no-fail: true\n',
      '.image-budget.yml: ignored: a lint key outside the lint: section; lint keys go all at the top level or all under lint:, not both — move it under lint:',
    ],
    [
      'lint:\n  no-fail: true\nbudget: 150MB\n',
      '.image-budget.yml: budget: unknown key; beside a lint: section the only accepted top-level key is lint (lint keys, under it: ignored, override,',
    ],
    ['lint: [DL3000]\n', '.image-budget.yml: lint: expected a mapping of lint keys'],
  ])('.image-budget.yml %j → %s', (text, message) => {
    expect(errorOf(text, '.image-budget.yml')).toContain(message);
  });

  it('treats any file with a lint: section as ours, so unknown keys there are errors too', () => {
    expect(errorOf('ignored: [DL3000]\nlint: {}\n', 'ci/lint.yml')).toContain(
      'ci/lint.yml: ignored: a lint key outside the lint: section',
    );
  });

  it('accepts an empty file and hadolint\'s "ignore" threshold', () => {
    expect(parseConfig('', '.hadolint.yml').ignored).toEqual([]);
    expect(parseConfig('failure-threshold: ignore', '.hadolint.yml').failureThreshold).toBe('none');
  });

  it.each([
    ['ignored: DL3008: x', '.hadolint.yaml: (file): not valid YAML'],
    ['- a\n- b', '.hadolint.yaml: (file): expected a mapping'],
    [
      'ignored: [dl-3008]',
      '.hadolint.yaml: ignored: "dl-3008" is not a rule code; accepted: codes such as DL3008',
    ],
    ['ignored: 3', '.hadolint.yaml: ignored: expected a list of rule codes'],
    [
      'override: [DL3008]',
      '.hadolint.yaml: override: expected a mapping with keys error, warning, info, style',
    ],
    [
      'override:\n  fatal: [DL3008]',
      '.hadolint.yaml: override.fatal: unknown severity; accepted: error, warning, info, style',
    ],
    [
      'trustedRegistries: {a: 1}',
      '.hadolint.yaml: trustedRegistries: expected a list of registry host names',
    ],
    ['label-schema: [a]', '.hadolint.yaml: label-schema: expected a mapping of label name'],
    [
      'label-schema:\n  a: number',
      '.hadolint.yaml: label-schema.a: unknown label type "number"; accepted: text, url, spdx',
    ],
    ['strict-labels: yes please', '.hadolint.yaml: strict-labels: expected true or false'],
    ['no-fail: 1', '.hadolint.yaml: no-fail: expected true or false'],
    [
      'failure-threshold: high',
      '.hadolint.yaml: failure-threshold: unknown threshold "high"; accepted: error, warning, info, style, none',
    ],
    ['max-layers: 0', '.hadolint.yaml: max-layers: expected a whole number of layers'],
  ])('%j → %s', (text, message) => {
    expect(errorOf(text)).toContain(message);
  });

  it('names the key path inside the lint: section', () => {
    expect(errorOf('lint:\n  failure-threshold: loud\n', '.image-budget.yml')).toContain(
      '.image-budget.yml: lint.failure-threshold:',
    );
  });
});

describe('findConfigFile and mergeConfigs', () => {
  it('prefers .image-budget.yml, then hadolint names, in the given folder', () => {
    const present = new Set(['/w/.hadolint.yml', '/w/.hadolint.yaml']);
    expect(findConfigFile('/w', (p) => present.has(p))).toBe('/w/.hadolint.yaml');
    present.add('/w/.image-budget.yml');
    expect(findConfigFile('/w', (p) => present.has(p))).toBe('/w/.image-budget.yml');
    expect(findConfigFile('/x', (p) => present.has(p))).toBeUndefined();
  });

  it('lets later configs win for scalars and joins ignore lists', () => {
    const a = parseConfig('ignored: [DL3000]\nfailure-threshold: error\n', 'a.hadolint.yaml');
    const b = parseConfig('ignored: [DL3001]\nfailure-threshold: style\n', 'b.hadolint.yaml');
    const merged = mergeConfigs(a, b);
    expect([merged.ignored, merged.failureThreshold]).toEqual([['DL3000', 'DL3001'], 'style']);
    const off = parseConfig('disable-ignore-pragma: true\n', 'c.hadolint.yaml');
    expect(mergeConfigs(a, off, b).disableIgnorePragma).toBe(true);
    expect(mergeConfigs(off, parseConfig('disable-ignore-pragma: false\n', 'd.hadolint.yaml'))).toEqual(
      expect.objectContaining({ disableIgnorePragma: false }),
    );
  });
});

describe('withDefaults', () => {
  it('switches DL1001 and DL3057 off unless a severity override switches them on', () => {
    expect(withDefaults(parseConfig('', '.hadolint.yaml')).ignored).toEqual(['DL1001', 'DL3057']);
    expect(withDefaults(parseConfig('override:\n  info: [DL3057]\n', '.hadolint.yaml')).ignored).toEqual([
      'DL1001',
    ]);
  });
});
