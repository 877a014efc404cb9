import { findCommands, subcommand } from '../../dockerfile/shell.js';
import type { Rule } from '../types.js';
import { commandSpan } from './support/edits.js';

/** A distribution upgrade inside a build replaces the base image's packages with whatever is newest today. */
export const DL3035: Rule = {
  meta: {
    code: 'DL3035',
    name: 'zypper-no-dist-upgrade',
    severity: 'warning',
    category: 'reproducibility',
    fixable: false,
    description: 'Do not use `zypper dist-upgrade` in a Dockerfile.',
    docs: 'docs/rules/DL3035.md',
    keywords: ['RUN'],
    commands: ['zypper'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'RUN') return;
        for (const cmd of findCommands(ins.shell, 'zypper')) {
          const sub = subcommand(cmd);
          if (sub !== 'dist-upgrade' && sub !== 'dup') continue;
          context.report({
            at: commandSpan(context.file, cmd),
            message: 'Do not run `zypper dist-upgrade` in a build: use a newer base image tag instead.',
          });
        }
      },
    };
  },
};
