import { valuesOf } from '../../dockerfile/shell.js';
import type { Rule } from '../types.js';
import { pipInstalls } from './support/pip.js';
import { looseWords } from './support/pins.js';
import { wordsSpan } from './support/edits.js';

const VERSION_OPERATORS = ['==', '>=', '<=', '>', '<', '!=', '~=', '==='];

/** Unpinned pip packages resolve to the newest release at build time: rebuilds differ, caches lie. */
export const DL3013: Rule = {
  meta: {
    code: 'DL3013',
    name: 'pip-pin-versions',
    severity: 'warning',
    category: 'reproducibility',
    fixable: false,
    description: 'Pin versions in pip install (`package==version`).',
    docs: 'docs/rules/DL3013.md',
    keywords: ['RUN'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'RUN') return;
        for (const call of pipInstalls(ins.shell)) {
          // a constraints file pins what the command line leaves open
          if (call.args.some((w) => /^(-c|--constraint)(=|$)/.test(w.value) || /^-c./.test(w.value)))
            continue;
          const loose = looseWords(context, ins, call.packages, isPinned);
          if (loose.length === 0) continue;
          const names = valuesOf(loose);
          context.report({
            at: wordsSpan(context.file, loose),
            message: `Pin versions in pip install: ${names.join(', ')} (for example \`${names[0]}==<version>\`).`,
          });
        }
      },
    };
  },
};

export function isPinned(spec: string): boolean {
  // VCS URLs pin with `@ref` after the repository path
  const vcs = /^(git|hg|svn|bzr)\+[a-z]+:\/\/[^/]*\/(.*)$/i.exec(spec);
  if (vcs) return vcs[2]!.includes('@');
  if (VERSION_OPERATORS.some((op) => spec.includes(op))) return true;
  // archives, URLs, local directories and files carry their own version
  if (spec.includes('://') || spec.includes('/') || spec.startsWith('.')) return true;
  return /\.(whl|tar\.gz|tgz|zip|tar\.bz2|tar)$/i.test(spec);
}
