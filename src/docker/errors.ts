// A docker command that failed: argv, exit code (null when it could not start) and the last output lines.
export class DockerCommandError extends Error {
  constructor(
    readonly argv: string[],
    readonly exitCode: number | null,
    readonly stderrTail: string[],
    reason?: string,
    readonly stdoutTail: string[] = [],
  ) {
    const last = stderrTail.filter((l) => l.trim() !== '').at(-1);
    super(
      `${argv.join(' ')} ${reason ?? `failed with exit code ${String(exitCode)}`}` +
        (last ? `: ${last.trim()}` : ''),
    );
    this.name = 'DockerCommandError';
  }
}

/** No engine to build on: the client is not installed, or no daemon answers where it points. One message that
 *  says which and how to fix it, instead of the failures of every command after it (callers exit 2). */
export class EngineMissingError extends Error {
  override name = 'EngineMissingError';
  constructor(
    readonly reason: 'no-client' | 'no-daemon',
    detail: string,
  ) {
    super(
      reason === 'no-client'
        ? `Docker is not installed here: the \`${detail}\` client is not on PATH (GitHub's ubuntu-slim runner has ` +
            'no Docker). Run the job on a runner with Docker (runs-on: ubuntu-latest), or install Docker Engine ' +
            '(https://docs.docker.com/engine/install/; in this repository: bash scripts/docker-up.sh).'
        : `no Docker Engine answers at ${detail}. Start the engine (sudo systemctl start docker; in this ` +
            'repository: bash scripts/docker-up.sh), or point DOCKER_HOST, DOCKER_CONTEXT or the `builder` input ' +
            'at an engine that is running.',
    );
  }
}

/** The Docker CLI's words when it reaches no daemon (unix socket, tcp, ssh). */
export function isNoDaemonMessage(stderr: string): boolean {
  return /Cannot connect to the Docker daemon|error during connect|Is the docker daemon running/i.test(
    stderr,
  );
}
