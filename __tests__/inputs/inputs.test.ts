import { describe, expect, it } from '@jest/globals';
import { InputError, parseBuildArgs, parseIncrease, parseInputs, parseSize } from '../../src/inputs.js';

function problemsOf(raw: Record<string, string>): string[] {
  try {
    parseInputs(raw);
  } catch (error: unknown) {
    if (error instanceof InputError) return error.problems.map((problem) => problem.input);
    throw error;
  }
  return [];
}

describe('parseSize', () => {
  it.each([
    ['1500000', 1_500_000],
    ['150MB', 150_000_000],
    ['150 MB', 150_000_000],
    ['150mb', 150_000_000],
    ['1kB', 1000],
    ['1KB', 1000],
    ['1.2GiB', Math.round(1.2 * 2 ** 30)],
    ['1.5GB', 1_500_000_000],
    ['512KiB', 524_288],
    ['2MiB', 2_097_152],
    ['0', 0],
    ['0.5kB', 500],
    ['10B', 10],
    ['1TB', 1e12],
  ])('%s is %d bytes', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });
  it.each(['', 'MB', '-5MB', '10 XB', '1,5MB', '10M', 'ten'])(
    'rejects %j with the accepted forms',
    (text) => {
      expect(() => parseSize(text)).toThrow(/150MB, 1\.2GiB/);
    },
  );
});

describe('parseIncrease', () => {
  it.each([
    ['5%', { percent: 5 }],
    ['2.5%', { percent: 2.5 }],
    ['10MB', { bytes: 10_000_000 }],
    ['10MB,5%', { bytes: 10_000_000, percent: 5 }],
    ['5% , 10MB', { bytes: 10_000_000, percent: 5 }],
    ['0', { bytes: 0 }],
  ])('%s', (text, limit) => {
    expect(parseIncrease(text)).toEqual(limit);
  });
  it.each(['5%,6%', '1MB,2MB', 'lots', '%', '10MB,', '-5%'])('rejects %j', (text) => {
    expect(() => parseIncrease(text)).toThrow(/10MB,5%/);
  });
});

describe('parseBuildArgs', () => {
  it('reads one KEY=VALUE per line, keeping = inside values and skipping blanks and comments', () => {
    expect(parseBuildArgs('A=1\n\n# note\nURL=http://x/?a=b\r\nEMPTY=\n  SPACED = yes  ')).toEqual({
      A: '1',
      URL: 'http://x/?a=b',
      EMPTY: '',
      SPACED: ' yes',
    });
  });
  it('lists every bad line at once', () => {
    expect(() => parseBuildArgs('A=1\nnope\n1X=2\nA=3')).toThrow(
      'line 2 "nope" has no "="; line 3: "1X" is not a valid ARG name; line 4: A is given twice; write one KEY=VALUE per line',
    );
  });
});

describe('parseInputs', () => {
  it('gives the defaults when nothing (or empty strings) is set', () => {
    expect(parseInputs({ budget: '', target: '  ' })).toEqual({
      dockerfile: 'Dockerfile',
      context: '.',
      target: undefined,
      buildArgs: {},
      platform: undefined,
      builder: undefined,
      budget: undefined,
      sizeMetric: 'uncompressed',
      maxIncrease: undefined,
      warnIncrease: undefined,
      minChange: 1000,
      maxLayers: undefined,
      bisectMaxBuilds: 6,
      lint: true,
      lintFailOn: 'error',
      config: '.image-budget.yml',
      optimize: 'safe',
      smokeTest: undefined,
      baseRef: undefined,
      baseline: 'auto',
      comment: true,
      commentKey: 'Dockerfile',
      commentOn: 'always',
      summary: true,
      sarifFile: undefined,
      sbomFile: undefined,
      githubToken: undefined,
      failOnBuildTime: false,
      allowUntrustedBuild: false,
      apiTimeout: 10,
    });
  });

  it('parses every kind of input', () => {
    const inputs = parseInputs({
      dockerfile: 'docker/app.Dockerfile',
      target: 'runtime',
      platform: 'linux/arm64/v8',
      'build-args': 'NODE_ENV=production\nVERSION=1.2.3\n',
      budget: '1.2GiB',
      'size-metric': 'Compressed',
      'max-increase': '10MB,5%',
      'warn-increase': '1%',
      'min-change': '10kB',
      'max-layers': '20',
      'bisect-max-builds': '0',
      lint: 'FALSE',
      'lint-fail-on': 'warning',
      optimize: 'aggressive',
      'smoke-test': 'node --version && test -f /app/server.js',
      baseline: 'cache',
      comment: 'false',
      'comment-on': 'regression',
      summary: 'True',
      'fail-on-build-time': 'true',
    });
    expect(inputs).toMatchObject({
      dockerfile: 'docker/app.Dockerfile',
      buildArgs: { NODE_ENV: 'production', VERSION: '1.2.3' },
      budget: 1_288_490_189,
      sizeMetric: 'compressed',
      maxIncrease: { bytes: 10_000_000, percent: 5 },
      warnIncrease: { percent: 1 },
      minChange: 10_000,
      maxLayers: 20,
      bisectMaxBuilds: 0,
      lint: false,
      lintFailOn: 'warning',
      optimize: 'aggressive',
      smokeTest: 'node --version && test -f /app/server.js',
      baseline: 'cache',
      comment: false,
      commentKey: 'docker/app.Dockerfile:runtime@linux/arm64/v8',
      commentOn: 'regression',
      summary: true,
      failOnBuildTime: true,
    });
    expect(parseInputs({ optimize: 'false' }).optimize).toBe('off');
    expect(parseInputs({ 'comment-key': 'api' }).commentKey).toBe('api');
  });

  it('throws one error listing every bad input and what is accepted', () => {
    let caught: unknown;
    try {
      parseInputs({
        budget: '150 MBs',
        'size-metric': 'zipped',
        'max-increase': 'a lot',
        'max-layers': '0',
        lint: 'yes',
        'lint-fail-on': 'fatal',
        optimize: 'maybe',
        platform: 'linux/amd64,linux/arm64',
        'build-args': 'oops',
        'comment-on': 'sometimes',
        dockerfile: 'a\nb',
      });
    } catch (error: unknown) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    const message = (caught as InputError).message;
    expect(message.split('\n')).toEqual([
      'Invalid action inputs (11):',
      '- dockerfile: "a\\nb": must be a single line',
      `- build-args: "oops": line 1 "oops" has no "="; write one KEY=VALUE per line (KEY: letters, digits, _)`,
      '- platform: "linux/amd64,linux/arm64": give one platform (os/arch[/variant]); measure each platform in its own job',
      '- budget: "150 MBs": unknown unit "MBs"; use a size like 150MB, 1.2GiB or 1500000 (bytes): decimal units kB, MB, GB, TB (1 MB = 1,000,000 B) or binary KiB, MiB, GiB, TiB',
      '- size-metric: "zipped": use one of: uncompressed, compressed',
      '- max-increase: "a lot": "a lot" is neither a size nor a percentage; use bytes (10MB), a percentage (5%), or both separated by a comma (10MB,5%)',
      '- max-layers: "0": use a whole number of at least 1',
      '- lint: "yes": use true or false',
      '- lint-fail-on: "fatal": use one of: error, warning, info, style, none',
      '- optimize: "maybe": use true, false or aggressive',
      '- comment-on: "sometimes": use one of: always, change, regression, failure',
    ]);
  });

  it('never repeats a secret in the error', () => {
    expect(() => parseInputs({ 'github-token': 'ghs_secret\nmore' })).toThrow(
      '- github-token: "***": must be a single line',
    );
    expect(() => parseInputs({ 'github-token': 'ghs_secret\nmore' })).not.toThrow(/ghs_secret/);
  });

  it.each([
    [{ baseline: 'remote' }, ['baseline']],
    [{ 'min-change': '1 byte' }, ['min-change']],
    [{ 'warn-increase': '5%%' }, ['warn-increase']],
    [{ platform: 'amd64' }, ['platform']],
    [{ summary: 'on', comment: '1' }, ['comment', 'summary']],
    [{ 'allow-untrusted-build': 'sure' }, ['allow-untrusted-build']],
    [{ 'api-timeout': '0' }, ['api-timeout']],
    [{ 'api-timeout': '2.5s' }, ['api-timeout']],
    [{ 'bisect-max-builds': '-1' }, ['bisect-max-builds']],
    [{ 'bisect-max-builds': 'six' }, ['bisect-max-builds']],
  ])('%j is rejected', (raw, names) => {
    expect(problemsOf(raw)).toEqual(names);
  });
});
