// `--format tty`: one line per finding, grouped by file, with a summary; ANSI colours only when asked (a TTY).
import type { Severity } from '../../model.js';
import { printable } from '../../report/escape.js';
import { codeLabel } from './code-label.js';
import type { FileResult, FormatOptions } from './types.js';

const COLORS: Record<Severity, string> = { error: '31', warning: '33', info: '36', style: '35' };

export function formatTty(
  results: readonly FileResult[],
  options: Pick<FormatOptions, 'color'> = {},
): string {
  const paint = (code: string, text: string): string =>
    options.color ? `\u001b[${code}m${text}\u001b[0m` : text;
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, style: 0 };
  for (const r of results) {
    for (const f of r.findings) {
      counts[f.severity]++;
      const where = paint('1', `${f.file}:${f.line}:${f.column}`);
      const fix = f.fixable ? paint('32', ' (fixable)') : '';
      // messages quote Dockerfile text: keep control characters out of the terminal
      const message = printable(f.message);
      lines.push(
        `${where} ${paint('2', codeLabel(f.rule, f.also))} ${paint(COLORS[f.severity], f.severity)}: ${message}${fix}`,
      );
    }
  }
  const total = counts.error + counts.warning + counts.info + counts.style;
  const files = results.length;
  const summary =
    total === 0
      ? `${files} file${files === 1 ? '' : 's'} linted: no problems`
      : `${files} file${files === 1 ? '' : 's'} linted: ${total} problem${total === 1 ? '' : 's'} (` +
        (['error', 'warning', 'info', 'style'] as const).map((s) => `${counts[s]} ${s}`).join(', ') +
        ')';
  lines.push(paint(total === 0 ? '32' : '1', summary));
  return `${lines.join('\n')}\n`;
}
