// How an error ends the step: a user error as its message alone, anything else with its stack at debug level.
import { EngineMissingError } from '../docker/errors.js';
import { InputError } from '../inputs.js';
import { ConfigError } from '../lint/config.js';
import { PathEscapeError } from '../pipeline/paths.js';
import { UsageError } from '../pipeline/run.js';

export function isUserError(error: Error): boolean {
  return (
    error instanceof InputError ||
    error instanceof ConfigError ||
    error instanceof UsageError ||
    error instanceof PathEscapeError ||
    error instanceof EngineMissingError
  );
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
