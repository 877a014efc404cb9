// `--format markdown`: a table for PR comments and job summaries. Every cell is untrusted text (file names,
// messages quoting Dockerfile lines), so Markdown and HTML meaning is escaped away.
import { clip, oneLine } from '../../report/escape.js';
import type { FileResult, FormatOptions } from './types.js';
import { helpUri } from './types.js';

const HTML: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' };

/** One table cell of plain text: no line breaks, no HTML, no Markdown, no @-mentions. */
export function escapeCell(text: string, max = 300): string {
  return clip(oneLine(text), max)
    .replace(/[<>&"]/g, (c) => HTML[c]!)
    .replace(/[\\`*_[\]#|~$!]/g, (c) => `\\${c}`)
    .replace(/@/g, '@\u200b');
}

export function formatMarkdown(
  results: readonly FileResult[],
  options: Pick<FormatOptions, 'rules'>,
): string {
  const findings = results.flatMap((r) => r.findings);
  if (findings.length === 0) return `No Dockerfile problems found in ${results.length} file(s).\n`;
  const rows = findings.map((f) => {
    const link = (code: string): string => {
      const uri = helpUri(code, options.rules);
      return uri ? `[${escapeCell(code)}](${uri})` : escapeCell(code);
    };
    const also = f.also ?? [];
    const rule = link(f.rule) + (also.length > 0 ? ` (also ${also.map(link).join(', ')})` : '');
    return `| ${escapeCell(f.file)} | ${f.line} | ${rule} | ${f.severity} | ${escapeCell(f.message)} |`;
  });
  return [
    '| File | Line | Rule | Severity | Message |',
    '| --- | ---: | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
