// `--format json`: one array of findings, each with exactly the documented keys (fixes stay internal); `also`
// only on a finding that stands for other codes too.
import type { FileResult } from './types.js';

export function formatJson(results: readonly FileResult[]): string {
  const out = results.flatMap((r) =>
    r.findings.map((f) => ({
      file: f.file,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      rule: f.rule,
      name: f.name,
      severity: f.severity,
      category: f.category,
      message: f.message,
      fixable: f.fixable,
      ...(f.also !== undefined && f.also.length > 0 ? { also: f.also } : {}),
    })),
  );
  return `${JSON.stringify(out, null, 2)}\n`;
}
