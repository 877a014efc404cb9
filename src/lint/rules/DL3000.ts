import type { Rule } from '../types.js';

/** WORKDIR must be absolute: a relative one depends on the previous WORKDIR and surprises readers. */
export const DL3000: Rule = {
  meta: {
    code: 'DL3000',
    name: 'workdir-absolute',
    severity: 'error',
    category: 'correctness',
    fixable: false,
    description: 'Use absolute WORKDIR paths.',
    docs: 'docs/rules/DL3000.md',
    keywords: ['WORKDIR'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'WORKDIR') return;
        const dir = ins.words[0]?.value ?? '';
        // absolute, a variable (cannot know), or a Windows drive path
        if (dir.startsWith('/') || dir.startsWith('$') || /^[A-Za-z]:[\\/]/.test(dir) || dir === '') return;
        context.report({
          at: ins.words[0] ?? ins,
          message: `Use an absolute WORKDIR path instead of "${dir}".`,
        });
      },
    };
  },
};
