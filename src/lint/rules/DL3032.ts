import { positionalArgs, type SimpleCommand, valuesOf } from '../../dockerfile/shell.js';
import type { Rule } from '../types.js';
import { cacheCleanRule, removesUnder } from './support/cleanup.js';
import { commandIs } from '../../dockerfile/shell.js';

const YUM_CACHE = ['/var/cache/yum'];
const INSTALLS = new Set(['install', 'groupinstall', 'localinstall', 'reinstall']);

function isYumInstall(cmd: SimpleCommand): boolean {
  if (!commandIs(cmd, 'yum')) return false;
  const [sub, next] = valuesOf(positionalArgs(cmd));
  return INSTALLS.has(sub ?? '') || (sub === 'module' && next === 'install');
}

function isYumClean(cmd: SimpleCommand): boolean {
  if (removesUnder(cmd, YUM_CACHE)) return true;
  if (!commandIs(cmd, 'yum')) return false;
  const [sub, what] = valuesOf(positionalArgs(cmd));
  return sub === 'clean' && what === 'all';
}

/** `yum install` leaves its package cache (tens of MB) in the layer unless `yum clean all` runs afterwards. */
export const DL3032: Rule = cacheCleanRule(
  {
    code: 'DL3032',
    name: 'yum-clean-all',
    severity: 'warning',
    category: 'size',
    fixable: true,
    description: '`yum clean all` missing after `yum install` in the same RUN.',
    docs: 'docs/rules/DL3032.md',
  },
  {
    program: 'yum',
    caches: YUM_CACHE,
    isInstall: isYumInstall,
    isClean: isYumClean,
    install: 'yum install',
    clean: 'yum clean all',
    append: 'yum clean all',
  },
);
