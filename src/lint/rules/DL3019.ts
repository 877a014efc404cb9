import { hasFlag } from '../../dockerfile/shell.js';
import type { Rule } from '../types.js';
import { apkAdds } from './support/apk.js';
import { scratchMountTargets } from '../../dockerfile/mounts.js';
import { commandUpTo, insertAfter } from './support/edits.js';

const APK_CACHE = '/var/cache/apk';

/** Without --no-cache, apk keeps its index (a few MB) in /var/cache/apk inside the layer. */
export const DL3019: Rule = {
  meta: {
    code: 'DL3019',
    name: 'apk-no-cache',
    severity: 'info',
    category: 'size',
    fixable: true,
    description: 'Use apk add --no-cache so the package index does not stay in the layer.',
    docs: 'docs/rules/DL3019.md',
    keywords: ['RUN'],
    commands: ['apk'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'RUN') return;
        // a cache or tmpfs mount keeps the index out of the layer
        const targets = scratchMountTargets(ins);
        if (targets.some((t) => t === APK_CACHE || t === '/var/cache')) return;
        for (const call of apkAdds(ins.shell)) {
          // `--no-network` installs from what is already there: no index is fetched
          if (hasFlag(call.cmd, '--no-cache', '--no-network')) continue;
          context.report({
            at: commandUpTo(context.file, call.cmd, call.sub),
            message:
              'Use `apk add --no-cache`: it fetches a fresh index and keeps nothing in /var/cache/apk.',
            fix: { description: 'Add --no-cache', edits: [insertAfter(call.sub, '--no-cache')] },
          });
        }
      },
    };
  },
};
