// yum, dnf and microdnf: value flags, subcommands, version-pinned specs and the pinning rule builder.
import {
  type SimpleCommand,
  findCommands,
  isExpansion,
  positionalArgs,
  valuesOf,
} from '../../../dockerfile/shell.js';
import type { Rule, RuleMeta } from '../../types.js';
import { wordSpan } from './edits.js';
import { expand, variableTracker } from './variables.js';

/** Flags of yum/dnf/microdnf that take the next word as their value. */
export const RPM_VALUE_FLAGS = [
  '-x',
  '--exclude',
  '--enablerepo',
  '--disablerepo',
  '--repo',
  '--repoid',
  '--releasever',
  '--installroot',
  '-c',
  '--config',
  '--setopt',
  '--forcearch',
  '-d',
  '--debuglevel',
  '-e',
  '--errorlevel',
];

/** `name-1.2.3`, `name-1:1.1.1k`, `gcc-c++-1.1.1`, a `.rpm` file: an rpm package spec that names a version. */
export function rpmVersionPinned(spec: string): boolean {
  if (spec.endsWith('.rpm')) return true;
  const parts = spec.split('-');
  if (parts.length <= 1) return false;
  const version = parts.slice(1);
  return version.every((p) => /^[A-Za-z0-9.~^_:+]+$/.test(p)) && version.some((p) => /^\d/.test(p));
}

/** dnf/microdnf subcommands that download and install packages (aliases included). */
export const DNF_INSTALLS = new Set([
  'install',
  'in',
  'reinstall',
  'rei',
  'upgrade',
  'up',
  'update',
  'upgrade-minimal',
  'up-min',
  'update-minimal',
  'groupinstall',
  'localinstall',
  'distro-sync',
  'dsync',
  'downgrade',
  'dg',
]);

/** The dnf subcommand (`group install` counts as `install`); undefined when there is none. */
export function dnfSubcommand(cmd: SimpleCommand): string | undefined {
  const pos = valuesOf(positionalArgs(cmd, RPM_VALUE_FLAGS));
  if ((pos[0] === 'group' || pos[0] === 'module') && pos[1] !== undefined) return pos[1];
  return pos[0];
}

/**
 * A rule that reports each package of an rpm installer's `install` (and `module install`) without a version
 * (`name-version`) or module stream (`name:stream`): yum (DL3033), dnf and microdnf (DL3041). `shown` is the
 * program name the messages use.
 */
export function rpmPinRule(meta: RuleMeta, programs: string[], shown: string): Rule {
  return {
    // a RUN without these programs changes nothing here
    meta: { ...meta, keywords: ['RUN'], commands: programs },
    create(context) {
      const vars = variableTracker(context.file);
      return {
        instruction(ins) {
          vars.visit(ins);
          if (ins.keyword !== 'RUN') return;
          for (const cmd of findCommands(ins.shell, ...programs)) {
            const pos = positionalArgs(cmd, RPM_VALUE_FLAGS);
            const isModule = pos[0]?.value === 'module';
            const at = isModule ? 1 : 0;
            if (pos[at]?.value !== 'install') continue;
            for (const word of pos.slice(at + 1)) {
              // a computed package list (`$PKGS`) is not a package to pin
              if (isExpansion(word.raw)) continue;
              const spec = expand(word.value, (n) => vars.get(n));
              if (spec === '' || spec.startsWith('@') || spec.includes('/')) continue;
              const pinned = isModule ? spec.includes(':') : rpmVersionPinned(spec);
              if (pinned) continue;
              context.report({
                at: wordSpan(context.file, word),
                message: isModule
                  ? `Pin the module stream: \`${shown} module install ${word.value}:<stream>\`.`
                  : `Pin the version of "${word.value}": \`${shown} install ${word.value}-<version>\`.`,
              });
            }
          }
        },
      };
    },
  };
}
