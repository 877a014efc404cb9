// Runs rules over a parsed Dockerfile and collects findings. Rules only report; pragmas, configuration and
// severity overrides are applied here, outside the rules.
import type { Finding } from '../model.js';
import { parseDockerfile } from './parse.js';
import { allRules } from './rules/index.js';
import type { Instruction, LintSettings, ParsedDockerfile, Report, Rule, Span } from './types.js';

export const defaultSettings: LintSettings = {
  trustedRegistries: [],
  labelSchema: {},
  strictLabels: false,
  maxLayers: 50,
  dockerignore: null,
  contextEntries: null,
};

export interface LintOptions {
  rules?: readonly Rule[];
  settings?: Partial<LintSettings>;
}

/** Lints Dockerfile text. Never throws for any input: parse problems become DL1000 findings. */
export function lintText(text: string, file = 'Dockerfile', options: LintOptions = {}): Finding[] {
  return lintParsed(parseDockerfile(text, file), options);
}

export function lintParsed(parsed: ParsedDockerfile, options: LintOptions = {}): Finding[] {
  const settings: LintSettings = { ...defaultSettings, ...options.settings };
  const rules = options.rules ?? allRules;
  const findings: Finding[] = parsed.problems.map((p) => ({
    file: parsed.file,
    line: p.line,
    column: p.column,
    endLine: p.line,
    endColumn: p.column,
    rule: 'DL1000',
    name: 'parse-error',
    severity: 'error',
    category: 'correctness',
    message: p.message,
    fixable: false,
  }));
  for (const rule of rules) {
    const report = (r: Report): void => {
      const at: Span = r.at;
      findings.push({
        file: parsed.file,
        line: at.line,
        column: at.column,
        endLine: at.endLine,
        endColumn: at.endColumn,
        rule: rule.meta.code,
        name: rule.meta.name,
        severity: rule.meta.severity,
        category: rule.meta.category,
        message: r.message,
        fixable: r.fix !== undefined,
        ...(r.fix ? { fix: r.fix } : {}),
        ...(r.suggestion ? { suggestion: r.suggestion } : {}),
      });
    };
    const visitor = rule.create({ file: parsed, settings, report });
    if (visitor.instruction) {
      for (const ins of parsed.instructions) visitor.instruction(ins, parsed.stages[ins.stage]);
    }
    visitor.end?.();
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}

export type { Instruction };
