import type { Fix } from '../../model.js';
import type { Instruction } from '../../dockerfile/types.js';
import type { Rule } from '../types.js';

/** MAINTAINER is deprecated; a `maintainer` label carries the same information and is read by tools. */
export const DL4000: Rule = {
  meta: {
    code: 'DL4000',
    name: 'maintainer-deprecated',
    severity: 'error',
    category: 'style',
    fixable: true,
    description: 'MAINTAINER is deprecated: use `LABEL maintainer="…"`.',
    docs: 'docs/rules/DL4000.md',
    keywords: ['MAINTAINER'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'MAINTAINER' || ins.onbuild) return;
        context.report({
          at: ins,
          message: 'MAINTAINER is deprecated: use `LABEL maintainer="…"` instead.',
          fix: maintainerLabelFix(ins),
        });
      },
    };
  },
};

/** Rewrites a MAINTAINER instruction into `LABEL maintainer="…"`, escaping quotes and backslashes. */
export function maintainerLabelFix(ins: Instruction): Fix {
  const value = ins.args.replace(/^(["'])(.*)\1$/s, '$2');
  const label = `LABEL maintainer="${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  return {
    description: 'Replace MAINTAINER with a maintainer label',
    edits: [{ start: ins.start, end: ins.end, text: label }],
  };
}
