import { positionalArgs, type SimpleCommand } from '../../dockerfile/shell.js';
import type { Rule } from '../types.js';
import { cacheCleanRule, removesUnder } from './support/cleanup.js';
import { commandIs } from '../../dockerfile/shell.js';

const ZYPP_CACHE = ['/var/cache/zypp'];
const INSTALLS = new Set(['install', 'in', 'source-install', 'si']);

function isZypperInstall(cmd: SimpleCommand): boolean {
  return commandIs(cmd, 'zypper') && INSTALLS.has(positionalArgs(cmd)[0]?.value ?? '');
}

function isZypperClean(cmd: SimpleCommand): boolean {
  if (removesUnder(cmd, ZYPP_CACHE)) return true;
  if (!commandIs(cmd, 'zypper')) return false;
  const sub = positionalArgs(cmd)[0]?.value;
  return sub === 'clean' || sub === 'cc';
}

/** zypper keeps downloaded packages and repository metadata under /var/cache/zypp; cleaning in the same RUN drops them. */
export const DL3036: Rule = cacheCleanRule(
  {
    code: 'DL3036',
    name: 'zypper-clean',
    severity: 'warning',
    category: 'size',
    fixable: true,
    description: '`zypper clean` missing after `zypper install` in the same RUN.',
    docs: 'docs/rules/DL3036.md',
  },
  {
    program: 'zypper',
    caches: ZYPP_CACHE,
    isInstall: isZypperInstall,
    isClean: isZypperClean,
    install: 'zypper install',
    clean: 'zypper clean',
    append: 'zypper clean --all',
  },
);
