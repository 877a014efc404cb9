import type { Rule } from '../types.js';
import { spanAt } from './support/edits.js';

/** `/` or `/.`, with the brackets, comma and quotes of an exec-form array left out. */
function isRoot(value: string): boolean {
  const path = value.replace(/^\[|\]$|,$/g, '').replace(/^"|"$/g, '');
  return path === '/' || path === '/.';
}

/** Copying a whole stage's filesystem drags in its package caches, build tools and history-free secrets. */
export const DL3067: Rule = {
  meta: {
    code: 'DL3067',
    name: 'copy-whole-filesystem',
    severity: 'warning',
    category: 'size',
    fixable: false,
    description: 'Do not `COPY --from=<stage> / /`: copy only the paths the image needs.',
    docs: 'docs/rules/DL3067.md',
    keywords: ['COPY'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'COPY' || !ins.flags.some((f) => f.name === 'from')) return;
        if (ins.words.length !== 2 || !ins.words.every((w) => isRoot(w.value))) return;
        context.report({
          at: spanAt(context.file, ins.words[0]!.start, ins.words[1]!.end),
          message: 'COPY of the whole filesystem of another stage: copy only the directories you need.',
        });
      },
    };
  },
};
