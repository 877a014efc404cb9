import type { Word } from '../../dockerfile/types.js';
import type { Rule } from '../types.js';
import { parentStage } from '../../dockerfile/parse.js';

/** The destination word of COPY (last argument; exec form `["src", "dest"]` included). */
function destination(words: Word[]): Word | undefined {
  return words[words.length - 1];
}

function absolute(dest: string): boolean {
  return dest.startsWith('/') || dest.startsWith('$') || /^[A-Za-z]:[\\/]/.test(dest);
}

/** Without WORKDIR, a relative COPY destination depends on the base image's working directory. */
export const DL3045: Rule = {
  meta: {
    code: 'DL3045',
    name: 'copy-relative-without-workdir',
    severity: 'warning',
    category: 'correctness',
    fixable: false,
    description: '`COPY` to a relative destination needs a `WORKDIR` set first.',
    docs: 'docs/rules/DL3045.md',
    keywords: ['FROM', 'WORKDIR', 'COPY'],
  },
  create(context) {
    const workdirSet = new Set<number>();
    let current = false;
    return {
      instruction(ins, stage) {
        if (ins.keyword === 'FROM' && !ins.onbuild) {
          const parent = parentStage(context.file, stage);
          current = parent !== undefined && workdirSet.has(parent.index);
        }
        if (ins.keyword === 'WORKDIR') current = true;
        if (stage && current) workdirSet.add(stage.index);
        if (ins.keyword !== 'COPY' || current || ins.heredocs.length > 0) return;
        const dest = destination(ins.words);
        if (!dest || ins.words.length < 2) return;
        const value = dest.value.replace(/^\[?"?|"?\]?$/g, '');
        if (absolute(value) || absolute(dest.raw.replace(/^\[?["']?/, ''))) return;
        context.report({
          at: dest,
          message: `COPY to the relative path "${value}" with no WORKDIR set: set a WORKDIR or use an absolute path.`,
        });
      },
    };
  },
};
