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
