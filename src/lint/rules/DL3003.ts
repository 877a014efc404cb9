import { findCommands } from '../../dockerfile/shell.js';
import type { Rule } from '../types.js';
import { commandSpan } from './support/edits.js';

/** `cd` in RUN changes the directory for that one command only; WORKDIR states it for every later instruction. */
export const DL3003: Rule = {
  meta: {
    code: 'DL3003',
    name: 'use-workdir',
    severity: 'warning',
    category: 'style',
    fixable: false,
    description: 'Use WORKDIR to switch to a directory instead of `cd` in RUN.',
    docs: 'docs/rules/DL3003.md',
    keywords: ['RUN'],
    commands: ['cd'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'RUN') return;
        for (const cmd of findCommands(ins.shell, 'cd')) {
          context.report({
            at: commandSpan(context.file, cmd),
            message: 'Use WORKDIR to switch to a directory instead of `cd`.',
          });
        }
      },
    };
  },
};
