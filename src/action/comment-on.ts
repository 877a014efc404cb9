// The `comment-on` input: when a new comment is worth posting. An existing comment is always kept current.
import type { CommentOn } from '../inputs.js';
import type { ReportData } from '../report/types.js';

export function wantsComment(when: CommentOn, data: ReportData): boolean {
  const c = data.comparison;
  switch (when) {
    case 'always':
      return true;
    case 'failure':
      return data.verdict.status === 'fail';
    case 'regression':
      return (
        data.verdict.reasons.some((r) => r.level !== 'info') ||
        (c.uncompressed.changed && (c.uncompressed.delta ?? 0) > 0) ||
        (data.findingChanges?.added.length ?? 0) > 0
      );
    case 'change':
      return (
        !c.baseline.available ||
        c.uncompressed.changed ||
        c.compressed.changed ||
        c.layers.changed ||
        (data.findingChanges !== undefined &&
          data.findingChanges.added.length + data.findingChanges.fixed.length > 0)
      );
  }
}
