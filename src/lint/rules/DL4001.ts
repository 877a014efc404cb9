import { findCommands } from '../../dockerfile/shell.js';
import type { Rule } from '../types.js';
import { commandSpan } from './support/edits.js';

/** Two download tools in one image: two sets of libraries (curl alone pulls in libcurl and its TLS stack). */
export const DL4001: Rule = {
  meta: {
    code: 'DL4001',
    name: 'wget-or-curl',
    severity: 'warning',
    category: 'size',
    fixable: false,
    description: 'Use either wget or curl in a stage, not both.',
    docs: 'docs/rules/DL4001.md',
    keywords: ['FROM', 'RUN'],
    commands: ['wget', 'curl'],
  },
  create(context) {
    let seen = new Set<string>();
    return {
      instruction(ins) {
        if (ins.keyword === 'FROM' && !ins.onbuild) seen = new Set();
        if (ins.keyword !== 'RUN') return;
        const used = findCommands(ins.shell, 'wget', 'curl');
        if (used.length === 0) return;
        for (const c of used) seen.add(c.words[0]!.value.replace(/^.*\//, ''));
        if (!(seen.has('wget') && seen.has('curl'))) return;
        context.report({
          at: commandSpan(context.file, used[0]!),
          message: 'This stage uses both wget and curl: pick one so the image carries one download tool.',
        });
      },
    };
  },
};
