// `image-budget optimize Dockerfile [--context DIR] [--diff|--write] [--build [--smoke-test CMD] [--attribute]]
//  [--level safe|aggressive] [--format text|json]`
// stdout carries the product (the optimized Dockerfile, its diff, or the JSON); the human report goes to
// stderr, except with --write, where the report is the only output.
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDocker } from '../docker/cli.js';
import type { Docker } from '../docker/types.js';
import { parseDockerfile } from '../dockerfile/parse.js';
import { CONFIG_FILES, parseConfig, skippedKeysWarning } from '../lint/config.js';
import { lintEnvironment, Linter } from '../lint/linter.js';
import { measureImage } from '../measure/measure.js';
import type { ImageMeasurement } from '../model.js';
import { readContextFacts } from '../optimize/context-options.js';
import { unifiedDiff } from '../optimize/diff.js';
import { renderDockerignore } from '../optimize/dockerignore.js';
import type { FileSystem } from '../adapters.js';
import { realFileSystem } from '../deps.js';
import { optimizeDockerfile, type FixLevel, type OptimizeResult } from '../optimize/optimize.js';
import { renderBuildTable, renderFixes } from '../optimize/report-text.js';
import { withAndWithout, type WithWithoutResult } from '../optimize/with-without.js';

export interface OptimizeCommandDeps {
  files: FileSystem;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Made only when --build is given. */
  docker: () => Docker;
  measure: (docker: Docker, image: string) => Promise<ImageMeasurement>;
  /** Where the lint configuration is looked up without --config (default: the process's folder). */
  cwd?: string;
}

const USAGE = `usage: image-budget optimize DOCKERFILE [options]

  --context DIR        build context (default: the Dockerfile's folder)
  --config FILE        lint configuration (.image-budget.yml or .hadolint.yaml; default: the first of
                       ${CONFIG_FILES.join(', ')} in the current directory): ignored rules are not fixed
  --diff               print a unified diff instead of the optimized Dockerfile
  --write              replace the Dockerfile and write or extend DIR/.dockerignore
  --build              build with and without the fixes and print the before/after table
  --smoke-test CMD     with --build: run CMD (sh -c, no network) in both images; both must pass
  --attribute          with --build: build the fixes one group at a time to measure each one's saving
  --level LEVEL        safe (default) or aggressive (also swaps to slimmer base variants)
  --format FORMAT      text (default) or json
`;

class UsageError extends Error {}

interface Args {
  dockerfile: string;
  context: string;
  config?: string;
  mode: 'print' | 'diff' | 'write';
  build: boolean;
  smokeTest?: string;
  attribute: boolean;
  level: FixLevel;
  format: 'text' | 'json';
}

export function parseOptimizeArgs(argv: string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        context: { type: 'string' },
        config: { type: 'string' },
        diff: { type: 'boolean', default: false },
        write: { type: 'boolean', default: false },
        build: { type: 'boolean', default: false },
        'smoke-test': { type: 'string' },
        attribute: { type: 'boolean', default: false },
        level: { type: 'string', default: 'safe' },
        format: { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error: unknown) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const v = parsed.values;
  if (v.help) throw new UsageError('');
  if (parsed.positionals.length !== 1) throw new UsageError('give exactly one Dockerfile');
  if (v.diff && v.write) throw new UsageError('--diff and --write exclude each other');
  if (v.level !== 'safe' && v.level !== 'aggressive')
    throw new UsageError(`--level must be safe or aggressive, not "${v.level}"`);
  if (v.format !== 'text' && v.format !== 'json')
    throw new UsageError(`--format must be text or json, not "${v.format}"`);
  if (v['smoke-test'] !== undefined && !v.build) throw new UsageError('--smoke-test needs --build');
  if (v.attribute && !v.build) throw new UsageError('--attribute needs --build');
  const dockerfile = parsed.positionals[0]!;
  return {
    dockerfile,
    context: v.context ?? dirname(dockerfile),
    ...(v.config !== undefined ? { config: v.config } : {}),
    mode: v.write ? 'write' : v.diff ? 'diff' : 'print',
    build: v.build,
    ...(v['smoke-test'] !== undefined ? { smokeTest: v['smoke-test'] } : {}),
    attribute: v.attribute,
    level: v.level,
    format: v.format,
  };
}

export async function optimizeCommand(argv: string[], deps: OptimizeCommandDeps): Promise<number> {
  let args: Args;
  try {
    args = parseOptimizeArgs(argv);
  } catch (error: unknown) {
    const message = error instanceof Error ? error.message : String(error);
    // an empty message is --help: asked for, so it goes to stdout
    if (message === '') deps.stdout(USAGE);
    else deps.stderr(`image-budget optimize: ${message}\n\n${USAGE}`);
    return message === '' ? 0 : 2;
  }
  const { files } = deps;
  const text = await files.readFileOrNull(args.dockerfile);
  if (text === null) {
    deps.stderr(`image-budget optimize: ${args.dockerfile}: no such file. Give the path of a Dockerfile.\n`);
    return 2;
  }
  let facts;
  try {
    facts = await readContextFacts(files, parseDockerfile(text, args.dockerfile), args.context);
  } catch (error: unknown) {
    const why = error instanceof Error ? error.message : String(error);
    deps.stderr(
      `image-budget optimize: cannot read the build context ${args.context} (${why}). Pass --context DIR.\n`,
    );
    return 2;
  }
  let linter: Linter;
  try {
    linter = await loadLinter(args, deps);
  } catch (error: unknown) {
    deps.stderr(
      `image-budget optimize: configuration error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 2;
  }
  const optimizeOptions = { ...facts.options, level: args.level, linter };

  let build: WithWithoutResult | undefined;
  let result: OptimizeResult;
  if (args.build) {
    const docker = deps.docker();
    try {
      build = await withAndWithout(
        { docker, files, measure: (image) => deps.measure(docker, image), log: (m) => deps.stderr(`${m}\n`) },
        {
          dockerfile: args.dockerfile,
          text,
          context: args.context,
          optimize: optimizeOptions,
          attribute: args.attribute,
          ...(args.smokeTest !== undefined ? { smokeTest: args.smokeTest } : {}),
        },
      );
    } catch (error: unknown) {
      deps.stderr(`image-budget optimize: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
    result = build.optimization;
  } else {
    result = optimizeDockerfile(text, { ...optimizeOptions, file: args.dockerfile });
  }

  const ignorePath = join(args.context, '.dockerignore');
  const newIgnore = renderDockerignore(facts.dockerignoreText, result.dockerignore.added);
  const diff =
    unifiedDiff(args.dockerfile, text, result.optimized) +
    (result.dockerignore.added.length > 0 ? unifiedDiff(ignorePath, facts.dockerignoreText, newIgnore) : '');

  if (args.mode === 'write') {
    if (result.optimized !== text) await files.writeFile(args.dockerfile, result.optimized);
    if (result.dockerignore.added.length > 0) await files.writeFile(ignorePath, newIgnore);
  }

  if (args.format === 'json') {
    deps.stdout(
      JSON.stringify(
        { ...toJson(result, diff, args.mode === 'write'), ...(build ? { build: buildJson(build) } : {}) },
        null,
        2,
      ) + '\n',
    );
  } else {
    const report = renderFixes(result) + (build ? '\n' + renderBuildTable(build) : '');
    if (args.mode === 'print') {
      deps.stdout(result.optimized);
      deps.stderr(report);
    } else if (args.mode === 'diff') {
      deps.stdout(diff);
      deps.stderr(report);
    } else {
      const wrote = [
        result.optimized !== text ? args.dockerfile : null,
        result.dockerignore.added.length > 0 ? ignorePath : null,
      ].filter((p): p is string => p !== null);
      deps.stdout(report + (wrote.length > 0 ? `Wrote ${wrote.join(' and ')}.\n` : 'Nothing to write.\n'));
    }
  }
  return build && !build.ok ? 1 : 0;
}

/** The Linter whose findings the optimizer fixes: the same configuration `image-budget lint` reads. */
async function loadLinter(args: Args, deps: OptimizeCommandDeps): Promise<Linter> {
  const cwd = deps.cwd ?? process.cwd();
  const candidates = args.config !== undefined ? [args.config] : CONFIG_FILES.map((name) => join(cwd, name));
  for (const path of candidates) {
    const text = await deps.files.readFileOrNull(path);
    if (text === null) continue;
    const config = parseConfig(text, path);
    const skipped = skippedKeysWarning(config);
    if (skipped !== undefined) deps.stderr(`image-budget optimize: warning: ${skipped}\n`);
    return new Linter(lintEnvironment(config, null), { warn: () => undefined });
  }
  if (args.config !== undefined) throw new Error(`${args.config}: no such file`);
  return new Linter(lintEnvironment(undefined, null), { warn: () => undefined });
}

function toJson(result: OptimizeResult, diff: string, written: boolean): Record<string, unknown> {
  return {
    file: result.file,
    changed: result.changed,
    written,
    applied: result.applied,
    skipped: result.skipped,
    dockerignore: result.dockerignore,
    stable: result.stable,
    passes: result.passes,
    optimized: result.optimized,
    diff,
  };
}

function buildJson(build: WithWithoutResult): Record<string, unknown> {
  if (!build.ok) return { ok: false, reason: build.reason, builds: build.builds };
  const variant = (v: typeof build.original): Record<string, unknown> => ({
    sizeBytes: v.measurement.sizeBytes,
    compressedBytes: v.measurement.compressedBytes,
    layers: v.measurement.layerCount,
    hiddenBytes: v.measurement.hiddenBytes,
    buildSeconds: v.buildSeconds,
    builder: v.builder,
    ...(v.smoke ? { smokeTest: v.smoke } : {}),
  });
  return {
    ok: true,
    original: variant(build.original),
    optimized: variant(build.optimized),
    savedBytes: build.savedBytes,
    savedCompressedBytes: build.savedCompressedBytes,
    layersSaved: build.layersSaved,
    attributed: build.attributed,
    fixes: build.fixes,
    dropped: build.dropped,
    builds: build.builds,
  };
}

/** The CLI entry: real files, real Docker (client from $DOCKER, default `docker`), process streams. */
export async function runOptimize(argv: string[]): Promise<number> {
  // the images it builds share their base layers: count each once
  const pullSizes = new Map<string, number>();
  return optimizeCommand(argv, {
    files: realFileSystem,
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    docker: () => createDocker({ client: process.env['DOCKER'] ?? 'docker' }),
    measure: (docker, image) => measureImage(docker, image, { pullSizes }),
  });
}
