import { valuesOf } from '../../dockerfile/shell.js';
import type { Rule } from '../types.js';
import { apkAdds } from './support/apk.js';
import { looseWords } from './support/pins.js';
import { wordsSpan } from './support/edits.js';

/** Unpinned apk packages install whatever the mirror has that day: rebuilds drift and caches lie. */
export const DL3018: Rule = {
  meta: {
    code: 'DL3018',
    name: 'apk-pin-versions',
    severity: 'warning',
    category: 'reproducibility',
    fixable: false,
    description: 'Pin versions in apk add (`package=version`).',
    docs: 'docs/rules/DL3018.md',
    keywords: ['RUN'],
    commands: ['apk'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'RUN') return;
        for (const call of apkAdds(ins.shell)) {
          // `=`, `~`, `<`, `>` constrain the version; an .apk file carries its own; `$runDeps` is a
          // list computed at build time
          const loose = looseWords(
            context,
            ins,
            call.packages,
            (v) => /[=~<>]/.test(v) || v.endsWith('.apk'),
          );
          if (loose.length === 0) continue;
          const names = valuesOf(loose);
          context.report({
            at: wordsSpan(context.file, loose),
            message: `Pin versions in apk add: ${names.join(', ')} (for example \`${names[0]}=<version>\`).`,
          });
        }
      },
    };
  },
};
