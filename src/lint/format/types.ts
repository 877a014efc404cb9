// What every output format receives: the findings of each linted file, and the metadata of the rules that ran.
import type { Finding } from '../../model.js';
import type { RuleMeta } from '../types.js';

export interface FileResult {
  file: string;
  findings: Finding[];
}

export interface FormatOptions {
  /** Metadata of the rules that ran (SARIF lists them with their docs links). */
  rules: readonly RuleMeta[];
  /** ANSI colours (tty only): on when writing to a terminal. */
  color?: boolean;
  /** Tool version for SARIF. */
  version?: string;
}

/** Where the rule pages are published: docs/rules/<code>.md of this repository. */
export const DOCS_BASE_URL = 'https://github.com/image-budget/image-budget/blob/main/';

/** The help page of a code: our docs page, ShellCheck's wiki for SC codes, none for parse errors. */
export function helpUri(code: string, rules: readonly RuleMeta[]): string | undefined {
  if (/^SC\d+$/.test(code)) return `https://www.shellcheck.net/wiki/${code}`;
  const meta = rules.find((r) => r.code === code);
  return meta ? DOCS_BASE_URL + meta.docs : undefined;
}
