import type { Rule } from '../types.js';
import { spanAt } from './support/edits.js';

// Only the per-instruction form: `global` and `stage` pragmas state a policy, an inline one hides a single spot.
const INLINE_IGNORE = /^(hadolint|image-budget)\s+ignore\s*=/i;

/** Inline ignore pragmas hide findings one at a time; teams that want every exception in config turn this on. */
export const DL1001: Rule = {
  meta: {
    code: 'DL1001',
    name: 'no-inline-ignore-pragma',
    severity: 'style',
    category: 'style',
    fixable: false,
    description: 'Refrain from inline ignore pragmas (`# hadolint ignore=…`).',
    docs: 'docs/rules/DL1001.md',
  },
  create(context) {
    return {
      end() {
        const { file } = context;
        for (const comment of file.comments) {
          if (!INLINE_IGNORE.test(comment.text)) continue;
          const lineStart = file.lineStarts[comment.line - 1] ?? 0;
          const lineEnd =
            file.lineStarts[comment.line] !== undefined
              ? file.lineStarts[comment.line]! - 1
              : file.text.length;
          const hash = file.text.indexOf('#', lineStart);
          context.report({
            at: spanAt(file, hash, lineEnd),
            message:
              'Avoid inline ignore pragmas: fix the finding, or ignore the rule in the configuration file.',
          });
        }
      },
    };
  },
};
