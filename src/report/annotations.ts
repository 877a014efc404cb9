// Which findings become annotations. GitHub shows at most 10 per level (error, warning, notice) per step and
// drops the rest silently, so the choice is ours: findings on lines the PR changed first, then findings the PR
// introduced, then by severity and line. The rest are counted (the job summary lists them all).
import { codeLabel } from '../lint/format/code-label.js';
import type { Finding } from '../model.js';

export const ANNOTATIONS_PER_LEVEL = 10;

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** Same shape as @actions/core's AnnotationProperties. */
export interface AnnotationWhere {
  title: string;
  file: string;
  startLine: number;
  endLine: number;
  startColumn?: number;
  endColumn?: number;
}

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  where: AnnotationWhere;
  finding: Finding;
}

export interface AnnotationChoice {
  annotations: Annotation[];
  /** Findings left out because their level was full. */
  rest: number;
}

export interface AnnotationOptions {
  /** Changed lines per file path (the PR's diff); unknown when absent. */
  changedLines?: ReadonlyMap<string, ReadonlySet<number>>;
  /** Findings the PR introduced (compareFindings().added). */
  added?: readonly Finding[];
  perLevel?: number;
}

const LEVEL: Record<Finding['severity'], AnnotationLevel> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
  style: 'notice',
};
const SEVERITY_ORDER: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2, style: 3 };

function onChangedLine(
  finding: Finding,
  changed: ReadonlyMap<string, ReadonlySet<number>> | undefined,
): boolean {
  const lines = changed?.get(finding.file);
  if (lines === undefined) return false;
  for (let line = finding.line; line <= finding.endLine; line++) if (lines.has(line)) return true;
  return false;
}

function toAnnotation(finding: Finding): Annotation {
  const where: AnnotationWhere = {
    title: `${codeLabel(finding.rule, finding.also)} ${finding.name}`,
    file: finding.file,
    startLine: finding.line,
    endLine: finding.endLine,
  };
  // GitHub ignores columns on multi-line annotations.
  if (finding.line === finding.endLine) {
    where.startColumn = finding.column;
    where.endColumn = finding.endColumn;
  }
  const message =
    finding.suggestion === undefined
      ? finding.message
      : `${finding.message}\n\nSuggestion:\n${finding.suggestion}`;
  return { level: LEVEL[finding.severity], message, where, finding };
}

export function selectAnnotations(
  findings: readonly Finding[],
  options: AnnotationOptions = {},
): AnnotationChoice {
  const perLevel = options.perLevel ?? ANNOTATIONS_PER_LEVEL;
  const added = new Set(options.added ?? []);
  const rank = (finding: Finding): number[] => [
    onChangedLine(finding, options.changedLines) ? 0 : 1,
    added.has(finding) ? 0 : 1,
    SEVERITY_ORDER[finding.severity],
    finding.line,
    finding.column,
  ];
  const ordered = findings
    .map((finding, index) => ({ finding, key: [...rank(finding), index] }))
    .sort((a, b) => {
      for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i]! - b.key[i]!;
      return 0;
    });
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const annotations: Annotation[] = [];
  let rest = 0;
  for (const { finding } of ordered) {
    const level = LEVEL[finding.severity];
    if (used[level] >= perLevel) {
      rest += 1;
      continue;
    }
    used[level] += 1;
    annotations.push(toAnnotation(finding));
  }
  return { annotations, rest };
}

/** Changed line numbers per file from a unified diff (`git diff -U0 base head`): the `+` side of each hunk. */
export function changedLinesFromDiff(diff: string): Map<string, Set<number>> {
  const changed = new Map<string, Set<number>>();
  let file: string | null = null;
  for (const line of diff.split('\n')) {
    const target = /^\+\+\+ (?:b\/)?(.*)$/.exec(line);
    if (target) {
      file = target[1] === '/dev/null' ? null : target[1]!.replace(/\t.*$/, '');
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && file !== null) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      const lines = changed.get(file) ?? new Set<number>();
      for (let n = start; n < start + count; n++) lines.add(n);
      changed.set(file, lines);
    }
  }
  return changed;
}
