// The Docker adapter's contract. Every docker command runs through one exec seam (src/docker/cli.ts) with an
// argument array; stages receive a `Docker` object as a dependency.
import type { Readable } from 'node:stream';
import type { BuilderKind, BuildFailure, BuildOptions, BuildResult, ImageConfigSummary } from '../model.js';

export interface DockerRunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface ContainerRunOptions {
  /** Default `none`: smoke tests never reach the network. */
  network?: string;
  /** Run the command with `sh -c` (a user-given smoke-test string); otherwise it is the argv. */
  shell?: boolean;
  timeoutSeconds?: number;
}

export interface Docker {
  /** The client binary in use (`docker`, `/usr/bin/docker`). */
  readonly client: string;
  /** Runs `docker ARGS`; throws DockerCommandError (argv, exit code, stderr tail) on non-zero exit. */
  run(
    args: string[],
    options?: { env?: Record<string, string>; input?: string; tailLines?: number },
  ): Promise<DockerRunResult>;
  /** Runs `docker ARGS` and streams stdout (with backpressure); the stream errors with DockerCommandError on failure. */
  stream(args: string[]): Readable;
  /** Which builder `build` will use. */
  builderKind(): Promise<BuilderKind>;
  build(options: BuildOptions): Promise<BuildResult | BuildFailure>;
  /** `docker save IMAGE` as a stream. */
  save(image: string): Readable;
  inspectConfig(image: string): Promise<ImageConfigSummary>;
  /** Runs a command in a fresh container from the image (`--rm`, `--network none` by default). */
  runContainer(
    image: string,
    command: string[] | string,
    options?: ContainerRunOptions,
  ): Promise<DockerRunResult>;
  removeImages(images: string[]): Promise<void>;
  imageExists(image: string): Promise<boolean>;
}
