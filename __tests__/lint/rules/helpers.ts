// Rule test helper: lint a snippet with one rule and return compact results.
import { lintText } from '../../../src/lint/engine.js';
import type { Rule } from '../../../src/lint/types.js';
import type { Finding } from '../../../src/model.js';

export function check(rule: Rule, text: string, settings = {}): Finding[] {
  return lintText(text, 'Dockerfile', { rules: [rule], settings }).filter((f) => f.rule === rule.meta.code);
}

/** [line, column, endLine, endColumn] of each finding. */
export function positions(findings: Finding[]): [number, number, number, number][] {
  return findings.map((f) => [f.line, f.column, f.endLine, f.endColumn]);
}

/** Applies a finding's fix edits to `text` (right to left). */
export function applyFix(text: string, finding: Finding): string {
  const edits = [...(finding.fix?.edits ?? [])].sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
