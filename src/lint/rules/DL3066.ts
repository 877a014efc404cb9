import type { Rule } from '../types.js';
import { expand, variableTracker } from './support/variables.js';

/** Kubernetes' runAsNonRoot and other host-side checks can only verify a numeric user. */
export const DL3066: Rule = {
  meta: {
    code: 'DL3066',
    name: 'user-numeric',
    severity: 'info',
    category: 'security',
    fixable: false,
    description: 'Use a numeric UID (and GID) in USER so the host can verify the user is not root.',
    docs: 'docs/rules/DL3066.md',
    keywords: ['USER'],
  },
  create(context) {
    const vars = variableTracker(context.file);
    return {
      instruction(ins) {
        vars.visit(ins);
        if (ins.keyword !== 'USER') return;
        const word = ins.words[0];
        if (!word) return;
        const names = [...word.value.matchAll(/\$\{?([A-Za-z_]\w*)/g)].map((m) => m[1]!);
        // a value from a declared ARG/ENV is decided at build time: trust it
        if (names.length > 0 && names.every((n) => vars.has(n))) return;
        const value = expand(word.value, (n) => vars.get(n));
        if (/^\d+(:\d+)?$/.test(value)) return;
        context.report({
          at: word,
          message: `USER "${word.value}" is not numeric: use the UID (\`USER 10001\`, or \`USER 10001:10001\`).`,
        });
      },
    };
  },
};
