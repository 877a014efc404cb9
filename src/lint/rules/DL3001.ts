import { commandName } from '../../dockerfile/shell.js';
import type { Rule } from '../types.js';
import { commandSpan } from './support/edits.js';

// Interactive or host-administration tools: in a build they hang, do nothing useful, or only bloat the layer.
const POINTLESS = new Set([
  'free',
  'ifconfig',
  'kill',
  'mount',
  'ps',
  'service',
  'shutdown',
  'ssh',
  'top',
  'vim',
]);

/** Commands that make no sense while building an image. */
export const DL3001: Rule = {
  meta: {
    code: 'DL3001',
    name: 'no-interactive-commands',
    severity: 'info',
    category: 'correctness',
    fixable: false,
    description:
      'Avoid commands that make no sense in a container build, such as ssh, vim, shutdown, service, ps, top, kill or ifconfig.',
    docs: 'docs/rules/DL3001.md',
    keywords: ['RUN'],
    commands: [...POINTLESS],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'RUN' || !ins.shell) return;
        for (const cmd of ins.shell.commands) {
          const name = commandName(cmd);
          if (POINTLESS.has(name))
            context.report({ at: commandSpan(context.file, cmd), message: message(name) });
        }
      },
    };
  },
};

function message(name: string): string {
  return `\`${name}\` makes no sense while building an image: the build is not an interactive machine.`;
}
