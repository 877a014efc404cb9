// The bounds that keep a lint finite on hostile input (a pull request author writes the Dockerfile): how much of a
// RUN the shell reader takes (src/dockerfile/limits.ts), how much ShellCheck is given and for how long, and how
// long the whole lint of a file may run. Hitting one never stops the lint with an error: it becomes one IB000
// finding that says what was not checked and why, and the rest of the file is linted as usual. The numbers are in
// docs/lint-limits.md.
import type { Finding } from '../model.js';

/** ShellCheck's time grows faster than linearly with the number of commands in a script (a RUN of 800 `&&`
 *  segments takes it about 3 s): a RUN with more simple commands than this is not given to it (the corpus's longest
 *  RUN has 85). */
export const MAX_SHELLCHECK_COMMANDS = 300;

/** ShellCheck takes 2–3 ms per RUN however small: at most this many RUNs of a file are given to it (the corpus's
 *  largest file has 44). */
export const MAX_SHELLCHECK_RUNS = 100;

/** How long the ShellCheck step of one file may take in all (every `shellcheck` process of that file together);
 *  the process still running then is killed. */
export const SHELLCHECK_TIMEOUT_MS = 15_000;

/** How long the rules of one file may run before the remaining rules are skipped (ShellCheck has its own bound). */
export const RULES_TIMEOUT_MS = 30_000;

/** How long all the lints of one action run may take together (the Dockerfile and its optimized variants). */
export const LINT_STAGE_TIMEOUT_MS = 120_000;

/** The code and name of the finding that says a limit was hit. */
export const LIMIT_CODE = 'IB000';
export const LIMIT_NAME = 'lint-limit';

/** A rule gives up with this when a file is too large for it to finish in bounded time: the engine reports the
 *  message as an IB000 finding rather than an internal error. */
export class LintLimitReached extends Error {
  /** `line`: where the rule stopped (the finding goes there). */
  constructor(
    message: string,
    readonly line = 1,
  ) {
    super(message);
    this.name = 'LintLimitReached';
  }
}

/** The IB000 finding: a warning (parts of the file went unchecked), at `line` (default: the top of the file). */
export function limitFinding(file: string, message: string, line = 1, column = 1): Finding {
  return {
    file,
    line,
    column,
    endLine: line,
    endColumn: column,
    rule: LIMIT_CODE,
    name: LIMIT_NAME,
    severity: 'warning',
    category: 'correctness',
    message,
    fixable: false,
  };
}

/** Seconds for a message: `15 s`. */
export function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}
