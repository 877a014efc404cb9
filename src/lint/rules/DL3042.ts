import { argsOf, commandName, type SimpleCommand } from '../../dockerfile/shell.js';
import type { Rule } from '../types.js';
import { commandSpan, insertAfter } from './support/edits.js';
import { hasCacheMountOver } from '../../dockerfile/mounts.js';
import { pipArgs } from './support/pip.js';
import { variableTracker } from './support/variables.js';

const PIP_CACHES = ['/root/.cache/pip', '/root/.cache'];
const SUBCOMMANDS_THAT_CACHE = new Set(['install', 'download', 'wheel']);

/** pip's truthy/falsy spellings for PIP_NO_CACHE_DIR. */
function truthy(value: string | undefined): boolean {
  return value !== undefined && ['1', 'on', 'yes', 'true'].includes(value.toLowerCase());
}

/** PIP_NO_CACHE_DIR set for this command: as a prefix assignment or by an earlier `export` in the same RUN. */
function cacheOffInScript(commands: SimpleCommand[], cmd: SimpleCommand): boolean | undefined {
  let state: boolean | undefined;
  for (const c of commands) {
    if (c.index >= cmd.index) break;
    if (commandName(c) !== 'export') continue;
    for (const w of argsOf(c)) if (w.value.startsWith('PIP_NO_CACHE_DIR=')) state = truthy(w.value.slice(17));
  }
  for (const a of cmd.assignments)
    if (a.value.startsWith('PIP_NO_CACHE_DIR=')) state = truthy(a.value.slice(17));
  return state;
}

/** pip keeps every downloaded wheel in ~/.cache/pip: often tens to hundreds of MB that the image never uses. */
export const DL3042: Rule = {
  meta: {
    code: 'DL3042',
    name: 'pip-no-cache-dir',
    severity: 'warning',
    category: 'size',
    fixable: true,
    description: 'Use `pip install --no-cache-dir` so the wheel cache does not ship in the layer.',
    docs: 'docs/rules/DL3042.md',
    keywords: ['RUN'],
  },
  create(context) {
    const vars = variableTracker(context.file);
    return {
      instruction(ins) {
        vars.visit(ins);
        if (ins.keyword !== 'RUN' || !ins.shell || hasCacheMountOver(ins, PIP_CACHES)) return;
        for (const cmd of ins.shell.commands) {
          const args = pipArgs(cmd);
          if (!args) continue;
          const sub = args.find((w) => !w.value.startsWith('-'));
          if (!sub || !SUBCOMMANDS_THAT_CACHE.has(sub.value)) continue;
          if (args.some((w) => w.value === '--no-cache-dir' || w.value.startsWith('--no-cache-dir=')))
            continue;
          const inScript = cacheOffInScript(ins.shell.commands, cmd);
          if (inScript ?? truthy(vars.get('PIP_NO_CACHE_DIR'))) continue;
          context.report({
            at: commandSpan(context.file, cmd),
            message: `Add \`--no-cache-dir\` to \`pip ${sub.value}\` so pip's download cache does not ship in the layer.`,
            fix: { description: 'Add --no-cache-dir', edits: [insertAfter(sub, '--no-cache-dir')] },
          });
        }
      },
    };
  },
};
