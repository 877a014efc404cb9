import { positionalArgs, type SimpleCommand } from '../shell.js';
import type { Rule } from '../types.js';
import {
  appendCommand,
  commandIs,
  commandSpan,
  hasCacheMountOver,
  removesUnder,
  uncleanedInstall,
} from './dl-b-support.js';

const YUM_CACHE = ['/var/cache/yum'];
const INSTALLS = new Set(['install', 'groupinstall', 'localinstall', 'reinstall']);

function isYumInstall(cmd: SimpleCommand): boolean {
  if (!commandIs(cmd, 'yum')) return false;
  const [sub, next] = positionalArgs(cmd).map((w) => w.value);
  return INSTALLS.has(sub ?? '') || (sub === 'module' && next === 'install');
}

function isYumClean(cmd: SimpleCommand): boolean {
  if (removesUnder(cmd, YUM_CACHE)) return true;
  if (!commandIs(cmd, 'yum')) return false;
  const [sub, what] = positionalArgs(cmd).map((w) => w.value);
  return sub === 'clean' && what === 'all';
}

/** `yum install` leaves its package cache (tens of MB) in the layer unless `yum clean all` runs afterwards. */
export const DL3032: Rule = {
  meta: {
    code: 'DL3032',
    name: 'yum-clean-all',
    severity: 'warning',
    category: 'size',
    fixable: true,
    description: '`yum clean all` missing after `yum install` in the same RUN.',
    docs: 'docs/rules/DL3032.md',
    keywords: ['RUN'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'RUN' || !ins.shell || hasCacheMountOver(ins, YUM_CACHE)) return;
        const last = uncleanedInstall(ins.shell.commands, isYumInstall, isYumClean);
        if (!last) return;
        const edit = appendCommand(last, 'yum clean all');
        context.report({
          at: commandSpan(context.file, last),
          message:
            'Run `yum clean all` after `yum install` in the same RUN so the package cache does not ship in the layer.',
          ...(edit ? { fix: { description: 'Append `&& yum clean all`', edits: [edit] } } : {}),
        });
      },
    };
  },
};
