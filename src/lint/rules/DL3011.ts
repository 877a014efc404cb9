import type { Rule } from '../types.js';

/** A port above 65535 does not exist: the build accepts it and the container never listens there. */
export const DL3011: Rule = {
  meta: {
    code: 'DL3011',
    name: 'valid-port-range',
    severity: 'error',
    category: 'correctness',
    fixable: false,
    description: 'EXPOSE ports must be in the range 0 to 65535.',
    docs: 'docs/rules/DL3011.md',
    keywords: ['EXPOSE'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'EXPOSE') return;
        for (const word of ins.words) {
          const ports = word.value.replace(/\/\w+$/, '').split('-');
          // a variable is only known at build time
          const bad = ports.find((p) => /^\d+$/.test(p) && Number(p) > 65535);
          if (bad !== undefined)
            context.report({ at: word, message: `Port ${bad} is out of range: valid ports are 0 to 65535.` });
        }
      },
    };
  },
};
