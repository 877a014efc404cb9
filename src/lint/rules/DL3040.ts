import { positionalArgs, type SimpleCommand, valuesOf } from '../../dockerfile/shell.js';
import type { Rule } from '../types.js';
import { appendCommand, commandSpan } from './support/edits.js';
import { commandIs, commandName } from '../../dockerfile/shell.js';
import { DNF_INSTALLS, dnfSubcommand } from './support/rpm.js';
import { hasCacheMountOver } from '../../dockerfile/mounts.js';
import { removesUnder, uncleanedInstall } from './support/cleanup.js';

const DNF_CACHES = ['/var/cache/dnf', '/var/cache/yum', '/var/cache/libdnf5'];

function isDnfInstall(cmd: SimpleCommand): boolean {
  return commandIs(cmd, 'dnf', 'microdnf') && DNF_INSTALLS.has(dnfSubcommand(cmd) ?? '');
}

/** `rm` of the caches, or `clean all` by the same program that installed (dnf and microdnf keep separate state). */
function cleans(program: string): (cmd: SimpleCommand) => boolean {
  return (cmd) => {
    if (removesUnder(cmd, DNF_CACHES)) return true;
    if (!commandIs(cmd, program)) return false;
    const [sub, what] = valuesOf(positionalArgs(cmd));
    return sub === 'clean' && what === 'all';
  };
}

/** dnf keeps repository metadata and downloaded packages (often 100+ MB) under /var/cache unless cleaned. */
export const DL3040: Rule = {
  meta: {
    code: 'DL3040',
    name: 'dnf-clean-all',
    severity: 'warning',
    category: 'size',
    fixable: true,
    description: '`dnf clean all` missing after `dnf install` in the same RUN.',
    docs: 'docs/rules/DL3040.md',
    keywords: ['RUN'],
    commands: ['dnf', 'microdnf'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'RUN' || !ins.shell || hasCacheMountOver(ins, DNF_CACHES)) return;
        const installs = ins.shell.commands.filter(isDnfInstall);
        const program = installs.length > 0 ? commandName(installs[installs.length - 1]!) : '';
        const last = uncleanedInstall(ins.shell.commands, isDnfInstall, cleans(program));
        if (!last) return;
        const clean = `${commandName(last)} clean all`;
        const edit = appendCommand(last, clean);
        context.report({
          at: commandSpan(context.file, last),
          message: `Run \`${clean}\` after \`${commandName(last)} ${dnfSubcommand(last)}\` in the same RUN so the package cache does not ship in the layer.`,
          ...(edit ? { fix: { description: `Append \`&& ${clean}\``, edits: [edit] } } : {}),
        });
      },
    };
  },
};
