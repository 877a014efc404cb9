import { positionalArgs } from '../../dockerfile/shell.js';
import { findCommands } from '../../dockerfile/shell.js';
import type { Rule } from '../types.js';
import { APT_VALUE_FLAGS } from './support/apt.js';
import { wordSpan } from './support/edits.js';

// subcommands apt-get has with the same meaning; others (`list`, `search`, `full-upgrade`, `upgrade`) differ
const SAME_IN_APT_GET = new Set([
  'install',
  'update',
  'remove',
  'purge',
  'autoremove',
  'clean',
  'autoclean',
  'source',
  'build-dep',
  'download',
  'satisfy',
  'dist-upgrade',
  'check',
  'changelog',
]);

/** `apt` is for people at a terminal: its output and options may change between releases, apt-get's do not. */
export const DL3027: Rule = {
  meta: {
    code: 'DL3027',
    name: 'use-apt-get',
    severity: 'warning',
    category: 'correctness',
    fixable: true,
    description: 'Do not use apt in scripts; use apt-get or apt-cache.',
    docs: 'docs/rules/DL3027.md',
    keywords: ['RUN'],
    commands: ['apt'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'RUN') return;
        for (const cmd of findCommands(ins.shell, 'apt')) {
          const word = cmd.words.find((w) => w.value === 'apt' || w.value.endsWith('/apt'));
          if (!word) continue;
          const sub = positionalArgs(cmd, APT_VALUE_FLAGS)[0]?.value;
          const fixable = sub !== undefined && SAME_IN_APT_GET.has(sub) && word.raw === word.value;
          context.report({
            at: wordSpan(context.file, word),
            message:
              'Use apt-get (or apt-cache) instead of apt: apt has no stable command-line interface for scripts.',
            ...(fixable
              ? {
                  fix: {
                    description: 'Use apt-get',
                    edits: [{ start: word.start, end: word.end, text: `${word.value}-get` }],
                  },
                }
              : {}),
          });
        }
      },
    };
  },
};
