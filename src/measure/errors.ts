/** A measuring problem the user can act on: what went wrong, and how to fix it. Never a stack trace. */
export class MeasureError extends Error {
  constructor(
    message: string,
    readonly fix: string,
  ) {
    super(`${message} (fix: ${fix})`);
    this.name = 'MeasureError';
  }
}
