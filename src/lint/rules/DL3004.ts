import { basename } from '../../dockerfile/shell.js';
import type { Rule } from '../types.js';
import { wordSpan } from './support/edits.js';

/** Builds already run as the stage's USER; sudo adds a setuid binary and a tty dependency for nothing. */
export const DL3004: Rule = {
  meta: {
    code: 'DL3004',
    name: 'no-sudo',
    severity: 'error',
    category: 'security',
    fixable: false,
    description: 'Do not use sudo: switch users with USER, or use gosu/su-exec at runtime.',
    docs: 'docs/rules/DL3004.md',
    keywords: ['RUN'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'RUN' || !ins.shell) return;
        for (const cmd of ins.shell.commands) {
          const first = cmd.words[0];
          if (first && basename(first.value) === 'sudo') {
            context.report({
              at: wordSpan(context.file, first),
              message: 'Do not use sudo in a build: it runs as the stage USER already; use USER to switch.',
            });
          }
        }
      },
    };
  },
};
