import { positionalArgs, type SimpleCommand, valuesOf } from '../../dockerfile/shell.js';
import type { Rule } from '../types.js';
import { appendCommand, commandSpan } from './support/edits.js';
import { commandIs } from '../../dockerfile/shell.js';
import { finalLineage } from './support/stages.js';
import { hasCacheMountOver } from '../../dockerfile/mounts.js';
import { uncleanedInstall } from './support/cleanup.js';

const YARN_CACHES = ['/root/.cache/yarn', '/usr/local/share/.cache/yarn', '/root/.yarn/berry/cache'];

// the program first: the arguments are only read for yarn (these run for every command of every RUN)
function isYarnInstall(cmd: SimpleCommand): boolean {
  if (!commandIs(cmd, 'yarn')) return false;
  const sub = positionalArgs(cmd)[0]?.value;
  return sub === 'install' || sub === 'add';
}

function isYarnCacheClean(cmd: SimpleCommand): boolean {
  if (!commandIs(cmd, 'yarn')) return false;
  const [sub, what] = valuesOf(positionalArgs(cmd));
  return sub === 'cache' && what === 'clean';
}

/** yarn copies every package tarball into its global cache: the same bytes as node_modules, shipped twice. */
export const DL3060: Rule = {
  meta: {
    code: 'DL3060',
    name: 'yarn-cache-clean',
    severity: 'info',
    category: 'size',
    fixable: true,
    description: '`yarn cache clean` missing after `yarn install` in a stage that ends up in the image.',
    docs: 'docs/rules/DL3060.md',
    keywords: ['RUN'],
    commands: ['yarn'],
  },
  create(context) {
    // a stage that is neither the final one nor built on by it is a build stage: its cache never ships
    const shipped = finalLineage(context.file);
    return {
      instruction(ins, stage) {
        if (ins.keyword !== 'RUN' || !ins.shell || hasCacheMountOver(ins, YARN_CACHES)) return;
        // ONBUILD triggers run in whatever image builds FROM this one: they always ship
        if (stage && !ins.onbuild && !shipped.has(stage.index)) return;
        const last = uncleanedInstall(ins.shell.commands, isYarnInstall, isYarnCacheClean);
        if (!last) return;
        const edit = appendCommand(last, 'yarn cache clean');
        context.report({
          at: commandSpan(context.file, last),
          message:
            'Run `yarn cache clean` after `yarn install` in the same RUN so the package cache does not ship in the layer.',
          ...(edit ? { fix: { description: 'Append `&& yarn cache clean`', edits: [edit] } } : {}),
        });
      },
    };
  },
};
