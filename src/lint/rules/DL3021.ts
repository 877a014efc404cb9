import type { Fix } from '../../model.js';
import type { Rule } from '../types.js';
import { copyArgs } from './support/copy-args.js';

/** With several sources the destination must be a directory, spelled with a trailing slash, or the build fails. */
export const DL3021: Rule = {
  meta: {
    code: 'DL3021',
    name: 'copy-multiple-sources-to-dir',
    severity: 'error',
    category: 'correctness',
    fixable: true,
    description: 'COPY with more than one source requires the destination to end with /.',
    docs: 'docs/rules/DL3021.md',
    keywords: ['COPY'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'COPY') return;
        const { sources, dest } = copyArgs(ins);
        if (sources.length < 2 || !dest || /[/\\]$/.test(dest.value) || dest.value.includes('$')) return;
        // several literal sources can only go into a directory: the slash states what the build requires
        const literal = sources.every((s) => !/[*?[]/.test(s.value)) && ins.args[0] !== '[';
        const raw = context.file.text.slice(dest.span.start, dest.span.end);
        // inside the closing quote of `"dir"`
        const at = /["']$/.test(raw) ? dest.span.end - 1 : dest.span.end;
        const fix: Fix | undefined = literal
          ? { description: 'End the destination with /', edits: [{ start: at, end: at, text: '/' }] }
          : undefined;
        context.report({
          at: dest.span,
          message: `COPY with ${sources.length} sources needs a directory destination ending in "/": use "${dest.value}/".`,
          ...(fix ? { fix } : {}),
        });
      },
    };
  },
};
