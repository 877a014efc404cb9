// The output formats of `image-budget lint`, by name.
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatTty } from './tty.js';
import type { FileResult, FormatOptions } from './types.js';

export type FormatName = 'tty' | 'json' | 'sarif' | 'markdown';
export const FORMATS: readonly FormatName[] = ['tty', 'json', 'sarif', 'markdown'];

export function formatResults(
  name: FormatName,
  results: readonly FileResult[],
  options: FormatOptions,
): string {
  switch (name) {
    case 'json':
      return formatJson(results);
    case 'sarif':
      return formatSarif(results, options);
    case 'markdown':
      return formatMarkdown(results, options);
    case 'tty':
      return formatTty(results, options);
  }
}

export type { FileResult, FormatOptions };
