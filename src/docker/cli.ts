// The one exec seam for the docker CLI. Every command is an argument array (never a shell string); a failure
// becomes a DockerCommandError carrying the argv, the exit code and the last lines of stderr.
import { getExecOutput } from '@actions/exec';
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import type { BuildOptions, ImageConfigSummary } from '../model.js';
import { buildImage, detectBuilder } from './build.js';
import { DockerCommandError, EngineMissingError, isNoDaemonMessage } from './errors.js';
import { readOciConfig } from './oci.js';
import type { ContainerRunOptions, Docker, DockerRunResult } from './types.js';

const STDERR_TAIL_LINES = 15;

export { DockerCommandError, EngineMissingError };

/** Where the CLI points when nothing overrides it, for the "no engine" message. */
function engineAddress(env: Record<string, string | undefined>): string {
  if (env['DOCKER_CONTEXT']) return `Docker context ${env['DOCKER_CONTEXT']}`;
  return env['DOCKER_HOST'] ?? 'the default socket (/var/run/docker.sock)';
}

export function tail(text: string, lines = STDERR_TAIL_LINES): string[] {
  return text.replace(/\s+$/, '').split('\n').slice(-lines);
}

export interface DockerClientOptions {
  /** Client binary; default `docker` (from PATH). */
  client?: string;
  /** Extra environment for every command (e.g. DOCKER_HOST). */
  env?: Record<string, string>;
  /** Receives each argv before it runs (the action passes core.debug; the CLI stays quiet). */
  debug?: (message: string) => void;
}

/** Runs `client ARGS` and returns its output; throws DockerCommandError on a non-zero exit. */
export async function execDocker(
  client: string,
  args: string[],
  options: {
    env?: Record<string, string>;
    input?: string;
    tailLines?: number;
    debug?: (message: string) => void;
  } = {},
): Promise<DockerRunResult> {
  options.debug?.(`exec: ${client} ${args.join(' ')}`);
  let result;
  const env = { ...(process.env as Record<string, string>), ...options.env };
  try {
    result = await getExecOutput(client, args, {
      silent: true,
      ignoreReturnCode: true,
      env,
      ...(options.input !== undefined ? { input: Buffer.from(options.input) } : {}),
    });
  } catch (error: unknown) {
    // the binary itself could not be started
    if (/ENOENT|Unable to locate executable/i.test(String((error as Error).message ?? error)))
      throw new EngineMissingError('no-client', client);
    throw new DockerCommandError(
      [client, ...args],
      null,
      [],
      `could not run: ${error instanceof Error ? error.message : String(error)}. Is Docker installed? (bash scripts/docker-up.sh)`,
    );
  }
  if (result.exitCode !== 0) {
    if (isNoDaemonMessage(result.stderr)) throw new EngineMissingError('no-daemon', engineAddress(env));
    const n = options.tailLines ?? STDERR_TAIL_LINES;
    throw new DockerCommandError(
      [client, ...args],
      result.exitCode,
      tail(result.stderr, n),
      undefined,
      tail(result.stdout, n),
    );
  }
  return { stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode };
}

/**
 * Streams the stdout of `client ARGS` with backpressure (for `docker save`, which can be gigabytes).
 * @actions/exec buffers listener output without backpressure, so this one path spawns directly.
 */
export function streamDocker(
  client: string,
  args: string[],
  env?: Record<string, string>,
  debug?: (message: string) => void,
): Readable {
  debug?.(`stream: ${client} ${args.join(' ')}`);
  // a few MiB of read-ahead: the engine keeps streaming while the reader waits for a gzip worker
  const out = new PassThrough({ highWaterMark: 4 << 20 });
  const child = spawn(client, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-8192);
  });
  child.stdout.pipe(out, { end: false });
  let stdoutEnded = false;
  let exit: number | null | undefined;
  const finish = (): void => {
    if (!stdoutEnded || exit === undefined) return;
    if (exit === 0) out.end();
    else if (isNoDaemonMessage(stderr))
      out.destroy(new EngineMissingError('no-daemon', engineAddress({ ...process.env, ...env })));
    else out.destroy(new DockerCommandError([client, ...args], exit, tail(stderr)));
  };
  child.stdout.on('end', () => {
    stdoutEnded = true;
    finish();
  });
  child.on('error', (error) =>
    out.destroy(
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? new EngineMissingError('no-client', client)
        : new DockerCommandError([client, ...args], null, [], error.message),
    ),
  );
  child.on('close', (code) => {
    exit = code;
    stdoutEnded = true;
    finish();
  });
  // a consumer that stops early must not leave docker running
  out.on('close', () => {
    if (exit === undefined) child.kill();
  });
  return out;
}

/** Where a `builder` points: a Docker context (another engine: built, measured and removed there) or a buildx
 *  builder that is not an engine (a docker-container, kubernetes or remote driver: exported as OCI, read from the
 *  archive, never loaded anywhere). */
type BuilderTarget = { kind: 'context'; name: string } | { kind: 'buildx'; name: string };

/** An image the adapter exported instead of loading: the OCI archive it lives in. */
interface ExportedImage {
  file: string;
  dir: string;
  builder: string;
}

/** The real Docker adapter. A build on a `builder` that is a Docker context makes that context the adapter's
 *  engine from then on (every later command gets `--context NAME`), so the base lookup, `docker save`, smoke tests
 *  and clean-up reach the image where it was built. */
export function createDocker(options: DockerClientOptions = {}): Docker {
  const client = options.client ?? 'docker';
  const env = options.env ?? {};
  let kind: ReturnType<Docker['builderKind']> | undefined;
  let context: string | undefined;
  const targets = new Map<string, Promise<BuilderTarget>>();
  const exported = new Map<string, ExportedImage>();
  const scoped = (args: string[]): string[] => (context ? ['--context', context, ...args] : args);

  const resolveBuilder = async (name: string): Promise<BuilderTarget> => {
    // context and builder names are plain words; anything else (a leading dash) would reach docker as a flag
    if (!/^[A-Za-z0-9][A-Za-z0-9_.+-]{0,127}$/.test(name))
      throw new Error(
        `builder "${name}": use the name of a Docker context or buildx builder (letters, digits, _.+-)`,
      );
    const isContext = await execDocker(client, ['context', 'inspect', '--format', '{{.Name}}', name], {
      env,
    }).then(
      () => true,
      (error: unknown) => {
        if (error instanceof EngineMissingError) throw error;
        return false;
      },
    );
    if (isContext) return { kind: 'context', name };
    try {
      const { stdout } = await execDocker(client, ['buildx', 'inspect', name], { env });
      // a buildx name for an engine's own builder (docker driver) is that engine: same as its context
      const driver = /^Driver:\s*(\S+)/m.exec(stdout)?.[1];
      const endpoint = /^Endpoint:\s*(\S+)/m.exec(stdout)?.[1];
      if (driver === 'docker' && endpoint) return { kind: 'context', name: endpoint };
      return { kind: 'buildx', name };
    } catch (error: unknown) {
      if (error instanceof EngineMissingError) throw error;
      throw new Error(
        `builder "${name}" is neither a Docker context nor a buildx builder on this machine. ` +
          'Create it first (docker context create NAME --docker host=ssh://user@host, or docker buildx create ' +
          '--name NAME …), or list what exists with docker context ls and docker buildx ls.',
      );
    }
  };

  const build = async (buildOptions: BuildOptions) => {
    const { builder, ...rest } = buildOptions;
    if (!builder) return buildImage(docker, await docker.builderKind(), buildOptions);
    if (!targets.has(builder)) targets.set(builder, resolveBuilder(builder));
    const target = await targets.get(builder)!;
    if (target.kind === 'context') {
      context = target.name;
      return buildImage(docker, await docker.builderKind(), rest);
    }
    const dir = await mkdtemp(join(tmpdir(), 'image-budget-oci-'));
    const file = join(dir, 'image.tar');
    const result = await buildImage(docker, await docker.builderKind(), buildOptions, { ociExport: file });
    if (result.ok) exported.set(result.tag, { file, dir, builder });
    else await rm(dir, { recursive: true, force: true });
    return result;
  };

  const docker: Docker = {
    client,
    run: (args, o = {}) =>
      execDocker(client, scoped(args), { ...o, env: { ...env, ...o.env }, debug: options.debug }),
    stream: (args) => streamDocker(client, scoped(args), env, options.debug),
    builderKind: () => (kind ??= detectBuilder(docker, { ...process.env, ...env })),
    build,
    save: (image) => {
      const archive = exported.get(image);
      if (archive) return createReadStream(archive.file, { highWaterMark: 4 << 20 });
      return streamDocker(client, scoped(['save', image]), env, options.debug);
    },
    inspectConfig: async (image) => {
      const archive = exported.get(image);
      if (archive) return pickConfig((await readOciConfig(archive.file)).config ?? {});
      const { stdout } = await docker.run(['image', 'inspect', '--format', '{{json .Config}}', image]);
      return pickConfig(JSON.parse(stdout) as Record<string, unknown>);
    },
    runContainer: (image, command, o: ContainerRunOptions = {}) => {
      const archive = exported.get(image);
      if (archive) {
        return Promise.reject(
          new Error(
            `${image} was built on buildx builder "${archive.builder}" and exported, not loaded into an engine, ` +
              'so it cannot be run here: for smoke tests set `builder` to a Docker context of that engine.',
          ),
        );
      }
      return runContainer(docker, image, command, o);
    },
    removeImages: async (images) => {
      const inEngine: string[] = [];
      for (const image of images) {
        const archive = exported.get(image);
        if (!archive) inEngine.push(image);
        else {
          exported.delete(image);
          await rm(archive.dir, { recursive: true, force: true });
        }
      }
      if (inEngine.length === 0) return;
      await docker.run(['image', 'rm', '--force', ...inEngine]).catch(() => undefined);
    },
    imageExists: async (image) => {
      const archive = exported.get(image);
      if (archive)
        return stat(archive.file).then(
          () => true,
          () => false,
        );
      return docker.run(['image', 'inspect', '--format', '{{.Id}}', image]).then(
        () => true,
        () => false,
      );
    },
  };
  return docker;
}

/** The config fields the optimizer keeps equal, in a stable shape (null and empty collapse). */
export function pickConfig(config: Record<string, unknown>): ImageConfigSummary {
  const obj = <T>(v: unknown): T | undefined =>
    v && typeof v === 'object' && Object.keys(v).length > 0 ? (v as T) : undefined;
  const summary: ImageConfigSummary = {
    Entrypoint: (config['Entrypoint'] as string[] | null | undefined) ?? null,
    Cmd: (config['Cmd'] as string[] | null | undefined) ?? null,
    User: (config['User'] as string | undefined) ?? '',
    WorkingDir: (config['WorkingDir'] as string | undefined) ?? '',
    Env: (config['Env'] as string[] | null | undefined) ?? [],
    Labels: obj<Record<string, string>>(config['Labels']) ?? null,
  };
  const ports = obj<Record<string, unknown>>(config['ExposedPorts']);
  if (ports) summary.ExposedPorts = ports;
  const volumes = obj<Record<string, unknown>>(config['Volumes']);
  if (volumes) summary.Volumes = volumes;
  return summary;
}

async function runContainer(
  docker: Docker,
  image: string,
  command: string[] | string,
  options: ContainerRunOptions,
): Promise<DockerRunResult> {
  const argv = ['run', '--rm', '--network', options.network ?? 'none'];
  const cmd =
    typeof command === 'string' || options.shell ? ['sh', '-c', [command].flat().join(' ')] : command;
  // `--entrypoint` keeps the image's ENTRYPOINT from swallowing the smoke-test command
  if (typeof command === 'string' || options.shell) argv.push('--entrypoint', '');
  argv.push(image, ...cmd);
  const run = docker.run(argv);
  if (!options.timeoutSeconds) return run;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${image}: command did not finish within ${options.timeoutSeconds} s`)),
      options.timeoutSeconds! * 1000,
    );
  });
  try {
    return await Promise.race([run, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
