import { valuesOf } from '../../dockerfile/shell.js';
import type { Rule } from '../types.js';
import { aptCalls, isSimulation } from './support/apt.js';
import { looseWords } from './support/pins.js';
import { wordsSpan } from './support/edits.js';

/** Unpinned apt packages install whatever the mirror has that day: rebuilds drift and caches lie. */
export const DL3008: Rule = {
  meta: {
    code: 'DL3008',
    name: 'apt-pin-versions',
    severity: 'warning',
    category: 'reproducibility',
    fixable: false,
    description: 'Pin versions in apt-get install (`package=version`).',
    docs: 'docs/rules/DL3008.md',
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
          // `pkg=1.2*` pins a version, `pkg/bookworm-backports` a release, `./x.deb` is a file; `$PKGS` is a
          // list computed at build time, not a package to pin
          const loose = looseWords(
            context,
            ins,
            call.operands,
            (v) => v.includes('=') || v.includes('/') || v.endsWith('.deb'),
          );
          if (loose.length === 0) continue;
          const names = valuesOf(loose);
          context.report({
            at: wordsSpan(context.file, loose),
            message: `Pin versions in apt-get install: ${names.join(', ')} (for example \`${names[0]}=<version>\`).`,
          });
        }
      },
    };
  },
};
