import type { Instruction } from '../../dockerfile/types.js';
import type { Rule } from '../types.js';

/** Flags as written, order-insensitive: RUNs with different mounts or network cannot be merged. */
function flagKey(ins: Instruction): string {
  const flags = ins.flags;
  // most RUNs have no flags, some one: no array to sort for them
  if (flags.length === 0) return '';
  if (flags.length === 1) return `${flags[0]!.name}=${flags[0]!.value ?? ''}`;
  const keys: string[] = [];
  for (const f of flags) keys.push(`${f.name}=${f.value ?? ''}`);
  return keys.sort().join(' ');
}

/** One command per RUN; the shell form with no script counts as one too. */
function single(ins: Instruction): boolean {
  return ins.shell ? ins.shell.commands.length <= 1 : true;
}

/** Each RUN is a layer and a cache step: consecutive one-command RUNs add layers (and pull time) for nothing. */
export const DL3059: Rule = {
  meta: {
    code: 'DL3059',
    name: 'consolidate-run',
    severity: 'info',
    category: 'size',
    fixable: false,
    description: 'Consecutive one-command RUN instructions should be merged into one.',
    docs: 'docs/rules/DL3059.md',
  },
  create(context) {
    let previous: Instruction | undefined;
    return {
      instruction(ins) {
        if (ins.onbuild) return;
        if (ins.keyword !== 'RUN') {
          previous = undefined;
          return;
        }
        if (
          previous &&
          single(previous) &&
          single(ins) &&
          flagKey(previous) === flagKey(ins) &&
          ins.form !== 'exec' &&
          previous.form !== 'exec'
        ) {
          context.report({
            at: ins,
            message: `Merge this RUN with the one on line ${previous.line} (\`&&\`): one layer instead of two.`,
            suggestion: `RUN ${previous.args} \\\n && ${ins.args}`,
          });
        }
        previous = ins;
      },
    };
  },
};
