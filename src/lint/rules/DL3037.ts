import { findCommands, isExpansion, positionalArgs } from '../../dockerfile/shell.js';
import type { Rule } from '../types.js';
import { expand, variableTracker } from './support/variables.js';
import { wordSpan } from './support/edits.js';

const VALUE_FLAGS = ['-t', '--type', '-r', '--repo', '--from', '-C', '--capability'];

/** `name=1.2`, `name>=1.2`, `name<1.2`, or an rpm file: a zypper package spec with a version. */
function zypperPinned(spec: string): boolean {
  return /[=<>]/.test(spec) || spec.endsWith('.rpm');
}

/** Unpinned `zypper install` makes the image depend on the day it was built. */
export const DL3037: Rule = {
  meta: {
    code: 'DL3037',
    name: 'zypper-pin-versions',
    severity: 'warning',
    category: 'reproducibility',
    fixable: false,
    description: 'Pin package versions in `zypper install` (`name=version`).',
    docs: 'docs/rules/DL3037.md',
    keywords: ['RUN'],
    commands: ['zypper'],
  },
  create(context) {
    const vars = variableTracker(context.file);
    return {
      instruction(ins) {
        vars.visit(ins);
        if (ins.keyword !== 'RUN') return;
        for (const cmd of findCommands(ins.shell, 'zypper')) {
          const pos = positionalArgs(cmd, VALUE_FLAGS);
          if (pos[0]?.value !== 'install' && pos[0]?.value !== 'in') continue;
          for (const word of pos.slice(1)) {
            if (isExpansion(word.raw)) continue;
            const spec = expand(word.value, (n) => vars.get(n));
            if (spec === '' || zypperPinned(spec)) continue;
            context.report({
              at: wordSpan(context.file, word),
              message: `Pin the version of "${word.value}": \`zypper install ${word.value}=<version>\`.`,
            });
          }
        }
      },
    };
  },
};
