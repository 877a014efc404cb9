import type { Instruction } from '../../dockerfile/types.js';
import type { Rule } from '../types.js';

/** A stage whose last USER is root runs its container (or its children stages) as root. */
export const DL3002: Rule = {
  meta: {
    code: 'DL3002',
    name: 'last-user-not-root',
    severity: 'warning',
    category: 'security',
    fixable: false,
    description: 'The last USER of a stage should not be root.',
    docs: 'docs/rules/DL3002.md',
    keywords: ['USER'],
  },
  create(context) {
    // per stage: the trailing `USER root`, forgotten when a later USER switches away
    const lastRoot = new Map<number, Instruction>();
    return {
      instruction(ins) {
        if (ins.keyword !== 'USER' || ins.onbuild) return;
        if (isRoot(ins.words[0]?.value ?? '')) lastRoot.set(ins.stage, ins);
        else lastRoot.delete(ins.stage);
      },
      end() {
        for (const ins of lastRoot.values()) {
          context.report({
            at: ins.words[0] ?? ins,
            message:
              'The last USER of this stage is root: switch to an unprivileged user before the stage ends.',
          });
        }
      },
    };
  },
};

function isRoot(user: string): boolean {
  const name = user.split(':')[0];
  return name === 'root' || name === '0';
}
