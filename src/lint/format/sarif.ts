// `--format sarif`: SARIF 2.1.0 for code scanning (upload with github/codeql-action/upload-sarif). Valid with no
// results too: one run, the tool and its rules, an empty results list.
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Severity } from '../../model.js';
import type { FileResult, FormatOptions } from './types.js';
import { helpUri } from './types.js';

const LEVELS: Record<Severity, Result.level> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  style: 'note',
};

/** A relative, forward-slash, percent-encoded URI for a path as given on the command line. */
export function artifactUri(file: string): string {
  return file
    .replace(/\\/g, '/')
    .replace(/^\.\//, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

export function formatSarif(results: readonly FileResult[], options: FormatOptions): string {
  const findings = results.flatMap((r) => r.findings);
  const descriptors: ReportingDescriptor[] = [];
  const index = new Map<string, number>();
  const describe = (code: string, name: string, severity: Severity, text: string): number => {
    const known = index.get(code);
    if (known !== undefined) return known;
    const uri = helpUri(code, options.rules);
    descriptors.push({
      id: code,
      name,
      shortDescription: { text },
      ...(uri ? { helpUri: uri } : {}),
      defaultConfiguration: { level: LEVELS[severity] },
    });
    index.set(code, descriptors.length - 1);
    return descriptors.length - 1;
  };
  for (const r of options.rules) describe(r.code, r.name, r.severity, r.description);
  const sarifResults: Result[] = findings.map((f) => {
    const ruleIndex = describe(
      f.rule,
      f.name,
      f.severity,
      f.rule.startsWith('SC') ? `ShellCheck ${f.rule}` : f.name,
    );
    // the codes it stands for too are rules of the run, so a code-scanning filter on either name finds it
    const also = f.also ?? [];
    for (const code of also) describe(code, code, f.severity, code);
    return {
      ruleId: f.rule,
      ruleIndex,
      level: LEVELS[f.severity],
      message: { text: also.length > 0 ? `${f.message} (also ${also.join(', ')})` : f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: artifactUri(f.file) },
            region: {
              startLine: f.line,
              startColumn: f.column,
              endLine: Math.max(f.endLine, f.line),
              endColumn: f.endLine > f.line ? f.endColumn : Math.max(f.endColumn, f.column),
            },
          },
        },
      ],
      properties: {
        category: f.category,
        fixable: f.fixable,
        ...(also.length > 0 ? { also } : {}),
      },
    };
  });
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'image-budget',
            informationUri: DOCS_ROOT,
            ...(options.version ? { semanticVersion: options.version } : {}),
            rules: descriptors,
          },
        },
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

const DOCS_ROOT = 'https://github.com/image-budget/image-budget';
