// `image-budget measure IMAGE | --archive FILE [--format tty|json] [--dockerfile FILE] [--target NAME]
//  [--base IMAGE] [--largest N] [--sbom FILE]`. Exit 0 when measured, 2 for usage errors and anything that stops measuring
// (the message says what and how to fix it). The world comes in through MeasureCommandDeps.
import { mkdirSync, createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { createDocker } from '../docker/cli.js';
import type { Docker } from '../docker/types.js';
import { parseDockerfile } from '../dockerfile/parse.js';
import { MeasureError } from '../measure/errors.js';
import { DirectoryStore, defaultStoreDir, type LayerStore } from '../measure/layer-store.js';
import { imageDiffIds, measureImage, measureImageStream, type MeasureOptions } from '../measure/measure.js';
import type { ImageMeasurement } from '../model.js';
import { renderMeasurement } from '../measure/render-tty.js';
import { sbomText } from '../report/sbom.js';

export interface MeasureCommandDeps {
  docker(): Docker;
  openArchive(path: string): Readable;
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  now(): number;
  stdout(text: string): void;
  stderr(text: string): void;
  /** The layer store in `dir`, or in the default cache directory. */
  store(dir?: string): LayerStore;
}

const USAGE = `usage: image-budget measure IMAGE [options]
       image-budget measure --archive FILE [options]

options:
  --archive FILE        measure a \`docker save\` or OCI archive file instead of a local image
  --format tty|json     output format (default tty)
  --dockerfile FILE     map layers to the lines of this Dockerfile
  --target NAME         the stage that was built (default: the last one)
  --base IMAGE          a local base image: its layers are counted as the base part
  --largest N           largest files listed per layer (default 5)
  --sbom FILE           also write the image's packages as a CycloneDX 1.5 JSON document (SBOM) to FILE
  --cache-dir DIR       where layer measurements are kept between runs (default: $IMAGE_BUDGET_CACHE_DIR,
                        else $XDG_CACHE_HOME/image-budget, else ~/.cache/image-budget)
  --no-cache            measure every layer again and keep nothing
`;

export const nodeMeasureDeps: MeasureCommandDeps = {
  docker: () => createDocker({ client: process.env['DOCKER'] ?? 'docker' }),
  openArchive: (path) => createReadStream(path),
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, text) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  },
  now: () => Date.now(),
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  store: (dir) => new DirectoryStore(dir ?? defaultStoreDir(process.env)),
};

export async function runMeasure(
  argv: string[],
  deps: MeasureCommandDeps = nodeMeasureDeps,
): Promise<number> {
  let values: {
    archive?: string;
    format?: string;
    dockerfile?: string;
    target?: string;
    base?: string;
    largest?: string;
    sbom?: string;
    'cache-dir'?: string;
    'no-cache'?: boolean;
    help?: boolean;
  };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        archive: { type: 'string' },
        format: { type: 'string' },
        dockerfile: { type: 'string' },
        target: { type: 'string' },
        base: { type: 'string' },
        largest: { type: 'string' },
        sbom: { type: 'string' },
        'cache-dir': { type: 'string' },
        'no-cache': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error: unknown) {
    deps.stderr(`image-budget measure: ${describe(error)}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    deps.stdout(USAGE);
    return 0;
  }
  const usage = (message: string): number => {
    deps.stderr(`image-budget measure: ${message}\n\n${USAGE}`);
    return 2;
  };
  const format = values.format ?? 'tty';
  if (format !== 'tty' && format !== 'json') return usage(`unknown format "${format}" (use tty or json)`);
  if (values.archive === undefined && positionals.length !== 1)
    return usage('give one IMAGE, or --archive FILE');
  if (values.archive !== undefined && positionals.length > 0)
    return usage('give either IMAGE or --archive FILE, not both');
  const largest = values.largest === undefined ? 5 : Number(values.largest);
  if (!Number.isInteger(largest) || largest < 0)
    return usage(`--largest needs a whole number, got "${values.largest}"`);
  if (values.sbom === '') return usage('--sbom needs a file path');

  try {
    const image = values.archive ?? positionals[0]!;
    const options: MeasureOptions = { image, largestFiles: largest };
    if (values.dockerfile !== undefined)
      options.dockerfile = parseDockerfile(readText(deps, values.dockerfile), values.dockerfile);
    if (values.target !== undefined) options.target = values.target;
    let docker: Docker | undefined;
    if (values.base !== undefined) {
      docker = deps.docker();
      const baseDiffIds = await imageDiffIds(docker, values.base);
      if (!baseDiffIds)
        throw new MeasureError(
          `base image ${values.base} is not a local image`,
          'pull or build it first, or leave out --base',
        );
      options.baseDiffIds = baseDiffIds;
    }
    if (!values['no-cache']) options.store = deps.store(values['cache-dir']);
    let measurement: ImageMeasurement;
    if (values.archive !== undefined) {
      measurement = await measureImageStream(deps.openArchive(values.archive), options);
    } else {
      // a local image: layers the store knows are not read again, and none at all when it knows them all
      const { image: _name, ...rest } = options;
      measurement = await measureImage((docker ??= deps.docker()), image, rest);
    }
    if (values.sbom !== undefined) writeSbom(deps, values.sbom, measurement);
    deps.stdout(
      format === 'json' ? `${JSON.stringify(measurement, null, 2)}\n` : renderMeasurement(measurement),
    );
    return 0;
  } catch (error: unknown) {
    deps.stderr(`image-budget measure: ${describe(error)}\n`);
    return 2;
  }
}

function writeSbom(deps: MeasureCommandDeps, path: string, measurement: ImageMeasurement): void {
  try {
    deps.writeFile(path, sbomText(measurement, deps.now()));
  } catch (error: unknown) {
    throw new MeasureError(`cannot write the SBOM to ${path}: ${describe(error)}`, 'check the --sbom path');
  }
}

function readText(deps: MeasureCommandDeps, path: string): string {
  try {
    return deps.readFile(path);
  } catch (error: unknown) {
    throw new MeasureError(
      `cannot read the Dockerfile ${path}: ${describe(error)}`,
      'check the --dockerfile path',
    );
  }
}

function describe(error: unknown): string {
  // duck-typed: errors from another realm (a test VM, a worker) are not `instanceof Error` here
  const e = error as { message?: unknown; code?: unknown } | null;
  if (e && typeof e.message === 'string') {
    if (e.code === 'ENOENT') return `${e.message.replace(/^ENOENT: /, '')}: no such file`;
    return e.message;
  }
  return String(error);
}
