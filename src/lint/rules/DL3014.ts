import { argsOf, type SimpleCommand } from '../../dockerfile/shell.js';
import type { Rule } from '../types.js';
import { aptCalls, setsAptOption, isSimulation } from './support/apt.js';
import { commandUpTo, insertAfter } from './support/edits.js';

/** Without `-y` apt-get asks for confirmation; with no terminal the build aborts. */
export const DL3014: Rule = {
  meta: {
    code: 'DL3014',
    name: 'apt-get-assume-yes',
    severity: 'warning',
    category: 'correctness',
    fixable: true,
    description: 'Use the -y switch with apt-get install so it never waits for confirmation.',
    docs: 'docs/rules/DL3014.md',
    keywords: ['RUN'],
    commands: ['apt-get'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'RUN') return;
        for (const call of aptCalls(ins.shell, ['apt-get'], ['install']).filter(
          (c) => !isSimulation(c.cmd),
        )) {
          if (assumesYes(call.cmd)) continue;
          context.report({
            at: commandUpTo(context.file, call.cmd, call.sub),
            message:
              'Use `apt-get install -y`: without it apt-get waits for an answer the build cannot give.',
            fix: { description: 'Add -y', edits: [insertAfter(call.sub, '-y')] },
          });
        }
      },
    };
  },
};

/** `-y`, `--yes`, `--assume-yes`, the option form, or quiet level 2 (`-qq`, `-q=2`), which implies yes. */
function assumesYes(cmd: SimpleCommand): boolean {
  let quiet = 0;
  for (const { value: a } of argsOf(cmd)) {
    if (a === '--yes' || a === '--assume-yes' || /^--(yes|assume-yes)=(1|true|yes)$/i.test(a)) return true;
    if (/^-[A-Za-z]+$/.test(a) && a.includes('y')) return true;
    if (/^-[A-Za-z]+$/.test(a)) quiet += a.split('q').length - 1;
    const level = /^(?:-q|--quiet)=(\d+)$/.exec(a);
    if (level) quiet += Number(level[1]);
    if (a === '--quiet') quiet += 1;
  }
  return quiet >= 2 || setsAptOption(cmd, 'APT::Get::Assume-Yes', ['true', '1', 'yes']);
}
