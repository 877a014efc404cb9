import { parentStage, stageLineage } from '../../dockerfile/parse.js';
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
    // per stage: its last USER (ONBUILD triggers set the user of other images, not this one)
    const lastUser = new Map<number, Instruction>();
    return {
      instruction(ins) {
        if (ins.keyword !== 'USER' || ins.onbuild || ins.stage < 0) return;
        lastUser.set(ins.stage, ins);
      },
      end() {
        const { file } = context;
        const builtOn = new Set<number>();
        for (const s of file.stages) {
          const parent = parentStage(file, s);
          if (parent) builtOn.add(parent.index);
        }
        // a stage no other stage builds on ends an image: the USER in force there is its own last one, else
        // the one it inherits through FROM <stage>. A `USER root` that every stage built on it undoes is not.
        const rooted = new Set<Instruction>();
        for (const end of file.stages) {
          if (builtOn.has(end.index)) continue;
          let user: Instruction | undefined;
          for (const s of stageLineage(file, end)) if ((user = lastUser.get(s.index))) break;
          if (user && isRoot(user.words[0]?.value ?? '')) rooted.add(user);
        }
        for (const ins of [...rooted].sort((a, b) => a.index - b.index)) {
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
