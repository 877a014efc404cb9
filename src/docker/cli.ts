// The one exec seam for the docker CLI. Every command is an argument array (never a shell string); a failure
// becomes a DockerCommandError carrying the argv, the exit code and the last lines of stderr.
import { getExecOutput } from '@actions/exec';
import { spawn } from 'node:child_process';
import { PassThrough, type Readable } from 'node:stream';
import type { ImageConfigSummary } from '../model.js';
import { buildImage, detectBuilder } from './build.js';
import { DockerCommandError } from './errors.js';
import type { ContainerRunOptions, Docker, DockerRunResult } from './types.js';

const STDERR_TAIL_LINES = 15;

export { DockerCommandError };

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
  try {
    result = await getExecOutput(client, args, {
      silent: true,
      ignoreReturnCode: true,
      env: { ...(process.env as Record<string, string>), ...options.env },
      ...(options.input !== undefined ? { input: Buffer.from(options.input) } : {}),
    });
  } catch (error: unknown) {
    // the binary itself could not be started
    throw new DockerCommandError(
      [client, ...args],
      null,
      [],
      `could not run: ${error instanceof Error ? error.message : String(error)}. Is Docker installed? (bash scripts/docker-up.sh)`,
    );
  }
  if (result.exitCode !== 0) {
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
    else out.destroy(new DockerCommandError([client, ...args], exit, tail(stderr)));
  };
  child.stdout.on('end', () => {
    stdoutEnded = true;
    finish();
  });
  child.on('error', (error) =>
    out.destroy(new DockerCommandError([client, ...args], null, [], error.message)),
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

/** The real Docker adapter. */
export function createDocker(options: DockerClientOptions = {}): Docker {
  const client = options.client ?? 'docker';
  const env = options.env ?? {};
  let kind: ReturnType<Docker['builderKind']> | undefined;
  const docker: Docker = {
    client,
    run: (args, o = {}) =>
      execDocker(client, args, { ...o, env: { ...env, ...o.env }, debug: options.debug }),
    stream: (args) => streamDocker(client, args, env, options.debug),
    builderKind: () => (kind ??= detectBuilder(docker)),
    build: async (buildOptions) => buildImage(docker, await docker.builderKind(), buildOptions),
    save: (image) => streamDocker(client, ['save', image], env, options.debug),
    inspectConfig: async (image) => {
      const { stdout } = await docker.run(['image', 'inspect', '--format', '{{json .Config}}', image]);
      return pickConfig(JSON.parse(stdout) as Record<string, unknown>);
    },
    runContainer: (image, command, o: ContainerRunOptions = {}) => runContainer(docker, image, command, o),
    removeImages: async (images) => {
      if (images.length === 0) return;
      await docker.run(['image', 'rm', '--force', ...images]).catch(() => undefined);
    },
    imageExists: async (image) =>
      docker.run(['image', 'inspect', '--format', '{{.Id}}', image]).then(
        () => true,
        () => false,
      ),
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
