import { findCommands, positionalArgs } from '../shell.js';
import type { Rule } from '../types.js';
import { expand, RPM_VALUE_FLAGS, rpmVersionPinned, variableTracker, wordSpan } from './dl-b-support.js';

/** Unpinned `dnf install` makes the image depend on the day it was built. */
export const DL3041: Rule = {
  meta: {
    code: 'DL3041',
    name: 'dnf-pin-versions',
    severity: 'warning',
    category: 'reproducibility',
    fixable: false,
    description: 'Pin package versions in `dnf install` (`name-version`) and modules (`name:stream`).',
    docs: 'docs/rules/DL3041.md',
    keywords: ['FROM', 'ARG', 'ENV', 'RUN'],
  },
  create(context) {
    const vars = variableTracker(context.file);
    return {
      instruction(ins) {
        vars.visit(ins);
        if (ins.keyword !== 'RUN') return;
        for (const cmd of findCommands(ins.shell, 'dnf', 'microdnf')) {
          const pos = positionalArgs(cmd, RPM_VALUE_FLAGS);
          const isModule = pos[0]?.value === 'module';
          const at = isModule ? 1 : 0;
          if (pos[at]?.value !== 'install') continue;
          for (const word of pos.slice(at + 1)) {
            const spec = expand(word.value, (n) => vars.get(n));
            if (spec === '' || spec.startsWith('@') || spec.includes('/')) continue;
            const pinned = isModule ? spec.includes(':') : rpmVersionPinned(spec);
            if (pinned) continue;
            context.report({
              at: wordSpan(context.file, word),
              message: isModule
                ? `Pin the module stream: \`dnf module install ${word.value}:<stream>\`.`
                : `Pin the version of "${word.value}": \`dnf install ${word.value}-<version>\`.`,
            });
          }
        }
      },
    };
  },
};
