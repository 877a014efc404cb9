import type { TextEdit } from '../../model.js';
import { hasFlag } from '../../dockerfile/shell.js';
import type { Rule } from '../types.js';
import { aptCalls, isSimulation, setsAptOption, type AptCall } from './support/apt.js';
import { commandUpTo, insertAfter } from './support/edits.js';

// Packages that only *recommend* ca-certificates (directly or through libcurl4, measured on Debian bookworm):
// without recommends they install fine but every HTTPS request fails, so the fix keeps the certificates.
const NEEDS_CERTIFICATES = new Set(['curl', 'wget', 'git', 'libcurl4', 'nodejs']);

/** Recommended packages are optional extras that commonly add a quarter or more to an install. */
export const DL3015: Rule = {
  meta: {
    code: 'DL3015',
    name: 'apt-no-install-recommends',
    severity: 'info',
    category: 'size',
    fixable: true,
    description: 'Avoid additional packages by specifying --no-install-recommends.',
    docs: 'docs/rules/DL3015.md',
    keywords: ['RUN'],
    commands: ['apt-get'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'RUN') return;
        for (const call of aptCalls(ins.shell, ['apt-get'], ['install'])) {
          if (isSimulation(call.cmd) || keepsRecommendsOut(call)) continue;
          const edits: TextEdit[] = [insertAfter(call.sub, '--no-install-recommends')];
          const last = call.operands[call.operands.length - 1];
          if (last && needsCertificates(call)) edits.push(insertAfter(last, 'ca-certificates'));
          context.report({
            at: commandUpTo(context.file, call.cmd, call.sub),
            message:
              'Add `--no-install-recommends`: recommended packages are optional and often a large part of the install.',
            fix: { description: 'Add --no-install-recommends', edits },
          });
        }
      },
    };
  },
};

function keepsRecommendsOut(call: AptCall): boolean {
  return (
    hasFlag(call.cmd, '--no-install-recommends') ||
    setsAptOption(call.cmd, 'APT::Install-Recommends', ['false', '0', 'no'])
  );
}

function needsCertificates(call: AptCall): boolean {
  let needs = false;
  for (const w of call.operands) {
    const name = w.value.split(/[=/]/)[0]!;
    if (name === 'ca-certificates') return false;
    if (NEEDS_CERTIFICATES.has(name)) needs = true;
  }
  return needs;
}
