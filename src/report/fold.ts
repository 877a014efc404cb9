// Findings as a reader should see them: one row per problem. Some rules report the same problem on the same line
// (hadolint's DL3059 and the project's IB116 both ask to merge consecutive RUNs; DL3064 and IB110 both flag a
// secret in an ARG or ENV): human output folds them into one row naming every code. The JSON report, SARIF and
// annotations keep every finding as the rules made it.
import { codeLabel } from '../lint/format/code-label.js';
import type { Finding, Severity } from '../model.js';

/** Rules that report one problem: on the same file and line, their findings fold into one. */
export const SAME_PROBLEM: readonly (readonly string[])[] = [
  ['DL3059', 'IB116'],
  ['DL3064', 'IB110'],
];

export interface FoldedFinding {
  /** The finding whose message and severity the row shows: the most severe, then the one with a fix. */
  finding: Finding;
  /** Every code reporting this problem here, in the order of SAME_PROBLEM (one code when nothing folded). */
  rules: string[];
  /** The findings folded into this row (the shown one included). */
  findings: Finding[];
  /** Other codes the row's findings stand for (`Finding.also`), not in `rules`: shown as `(also …)`. */
  also: string[];
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, style: 0 };
const GROUP = new Map<string, number>();
SAME_PROBLEM.forEach((rules, index) => rules.forEach((rule) => GROUP.set(rule, index)));

function problemKey(finding: Finding): string {
  const group = GROUP.get(finding.rule);
  // Identical text from two rules on one line is the same problem too (a rule and its compatibility alias).
  const what = group === undefined ? `message:${finding.message}` : `group:${group}`;
  return `${finding.file}\u0000${finding.line}\u0000${what}`;
}

function shown(a: Finding, b: Finding): Finding {
  if (RANK[a.severity] !== RANK[b.severity]) return RANK[a.severity] > RANK[b.severity] ? a : b;
  if (a.fixable !== b.fixable) return a.fixable ? a : b;
  return a;
}

/** Folds findings of rules that report the same problem on the same line; order is kept (first occurrence). */
export function foldFindings(findings: readonly Finding[]): FoldedFinding[] {
  const rows = new Map<string, FoldedFinding>();
  for (const finding of findings) {
    const key = problemKey(finding);
    const row = rows.get(key);
    if (row === undefined) {
      rows.set(key, { finding, rules: [finding.rule], findings: [finding], also: [] });
      continue;
    }
    row.findings.push(finding);
    row.finding = shown(row.finding, finding);
    if (!row.rules.includes(finding.rule)) row.rules.push(finding.rule);
  }
  for (const row of rows.values()) {
    for (const f of row.findings)
      for (const code of f.also ?? [])
        if (!row.rules.includes(code) && !row.also.includes(code)) row.also.push(code);
    const group = GROUP.get(row.finding.rule);
    const order = group === undefined ? [] : SAME_PROBLEM[group]!;
    row.rules.sort((a, b) => order.indexOf(a) - order.indexOf(b) || a.localeCompare(b));
  }
  return [...rows.values()];
}

/** `DL3059/IB116 line 5`, `DL3025 (also JSONArgsRecommended) line 3`. */
export function foldedName(row: FoldedFinding): string {
  return `${codeLabel(row.rules.join('/'), row.also)} line ${row.finding.line}`;
}
