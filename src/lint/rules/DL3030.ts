import { findCommands, hasFlag, positionalArgs } from '../../dockerfile/shell.js';
import type { Rule } from '../types.js';
import { commandUpTo, insertAfter } from './support/edits.js';

const INSTALLS = new Set([
  'install',
  'groupinstall',
  'localinstall',
  'reinstall',
  'update',
  'upgrade',
  'groupupdate',
]);
const VALUE_FLAGS = [
  '-c',
  '--config',
  '--installroot',
  '--enablerepo',
  '--disablerepo',
  '-x',
  '--exclude',
  '--releasever',
  '-d',
  '-e',
];

/** Without `-y` yum asks for confirmation; with no terminal the build aborts. */
export const DL3030: Rule = {
  meta: {
    code: 'DL3030',
    name: 'yum-assume-yes',
    severity: 'warning',
    category: 'correctness',
    fixable: true,
    description: 'Use the -y switch with yum install so it never waits for confirmation.',
    docs: 'docs/rules/DL3030.md',
    keywords: ['RUN'],
    commands: ['yum'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'RUN') return;
        for (const cmd of findCommands(ins.shell, 'yum')) {
          const sub = positionalArgs(cmd, VALUE_FLAGS)[0];
          if (!sub || !INSTALLS.has(sub.value) || hasFlag(cmd, '-y', '--assumeyes')) continue;
          context.report({
            at: commandUpTo(context.file, cmd, sub),
            message: `Use \`yum ${sub.value} -y\`: without it yum waits for an answer the build cannot give.`,
            fix: { description: 'Add -y', edits: [insertAfter(sub, '-y')] },
          });
        }
      },
    };
  },
};
