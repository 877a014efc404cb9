// How much shell text the parser reads from a Dockerfile: a pull request author writes it, so a RUN's script
// is read as shell only up to a bound. A RUN past it stays in the model with its text, without a shell script,
// and with a parse note that the lint reports as an IB000 finding (src/lint/limits.ts, docs/lint-limits.md).

/** A RUN script longer than this (characters, heredoc bodies included) is not read as shell: the rules that look
 *  at commands skip it, and ShellCheck does not get it. 1 MiB is far beyond any real RUN (the corpus's longest is
 *  4.6 kB) and keeps the shell model of one RUN to a few hundred MB at worst. */
export const MAX_SHELL_CHARS = 1024 * 1024;

/** All the RUN scripts of one file read as shell together: a file of many large RUNs must not add up to gigabytes
 *  either. RUNs past this are left unread, each with its note. */
export const MAX_FILE_SHELL_CHARS = 4 * MAX_SHELL_CHARS;
