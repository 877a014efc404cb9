import type { Rule } from '../types.js';

/** Two stages with one name: `--from` and `--target` silently pick one of them. */
export const DL3024: Rule = {
  meta: {
    code: 'DL3024',
    name: 'unique-stage-names',
    severity: 'error',
    category: 'correctness',
    fixable: false,
    description: 'FROM aliases (stage names) must be unique.',
    docs: 'docs/rules/DL3024.md',
    keywords: ['FROM'],
  },
  create(context) {
    const seen = new Map<string, number>();
    return {
      instruction(ins, stage) {
        if (ins.keyword !== 'FROM' || ins.onbuild || !stage?.name || stage.from !== ins) return;
        const first = seen.get(stage.name);
        if (first === undefined) {
          seen.set(stage.name, ins.line);
          return;
        }
        const word = ins.words.findLast((w) => w.value.toLowerCase() === stage.name) ?? ins;
        context.report({
          at: word,
          message: `Stage name "${stage.name}" is already used on line ${first}: give each stage its own name.`,
        });
      },
    };
  },
};
