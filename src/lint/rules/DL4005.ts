import { findCommands, positionalArgs } from '../../dockerfile/shell.js';
import type { Rule } from '../types.js';
import { commandSpan } from './support/edits.js';

/** Replacing /bin/sh with a link changes the shell for every later program in the image, not just the build. */
export const DL4005: Rule = {
  meta: {
    code: 'DL4005',
    name: 'use-shell-instruction',
    severity: 'warning',
    category: 'correctness',
    fixable: false,
    description: 'Use SHELL to change the default shell instead of linking /bin/sh.',
    docs: 'docs/rules/DL4005.md',
    keywords: ['RUN'],
    commands: ['ln'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'RUN') return;
        for (const cmd of findCommands(ins.shell, 'ln')) {
          const pos = positionalArgs(cmd, ['-t', '--target-directory', '-S', '--suffix']);
          if (pos[pos.length - 1]?.value !== '/bin/sh') continue;
          const target = pos.length > 1 ? pos[0]!.value : '/bin/bash';
          context.report({
            at: commandSpan(context.file, cmd),
            message:
              'Do not replace /bin/sh with a link: use the SHELL instruction to change the shell of RUN.',
            suggestion: `SHELL ["${target}", "-c"]`,
          });
        }
      },
    };
  },
};
