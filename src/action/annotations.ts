// Lint findings as annotations on Dockerfile lines. GitHub shows at most 10 per level per step and drops the
// rest silently, so we choose: findings the pull request added first, then by severity and line.
import type { AnnotationProperties } from '../adapters.js';
import type { Finding } from '../model.js';

export const ANNOTATIONS_PER_LEVEL = 10;

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  where: AnnotationProperties;
}

const LEVEL: Record<Finding['severity'], AnnotationLevel> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
  style: 'notice',
};

export function selectAnnotations(
  findings: Finding[],
  added?: Finding[],
): { annotations: Annotation[]; left: number } {
  const isNew = new Set(added ?? []);
  const ordered = [...findings].sort(
    (a, b) => Number(isNew.has(b)) - Number(isNew.has(a)) || a.line - b.line,
  );
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const annotations: Annotation[] = [];
  let left = 0;
  for (const f of ordered) {
    const level = LEVEL[f.severity];
    if (used[level] >= ANNOTATIONS_PER_LEVEL) {
      left++;
      continue;
    }
    used[level]++;
    annotations.push({
      level,
      message: f.suggestion ? `${f.message}\n\nSuggestion:\n${f.suggestion}` : f.message,
      where: {
        title: `${f.rule} ${f.name}`,
        file: f.file,
        startLine: f.line,
        endLine: f.endLine,
        ...(f.line === f.endLine ? { startColumn: f.column, endColumn: f.endColumn } : {}),
      },
    });
  }
  return { annotations, left };
}
