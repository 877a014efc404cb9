// Package caches and their cleanup: `rm` of cache folders, installs that nothing cleans after, the rule builder.
import { hasCacheMountOver } from '../../../dockerfile/mounts.js';
import { type SimpleCommand, argsOf, commandName, valuesOf } from '../../../dockerfile/shell.js';
import type { Rule, RuleMeta } from '../../types.js';
import { appendCommand, commandSpan } from './edits.js';

/** The `rm` arguments of a command (paths it deletes), or [] when it is not `rm`. */
export function removedPaths(cmd: SimpleCommand): string[] {
  if (commandName(cmd) !== 'rm') return [];
  return valuesOf(argsOf(cmd)).filter((v) => !v.startsWith('-'));
}

/** True when `cmd` is `rm` of one of `dirs` or of something inside them. */
export function removesUnder(cmd: SimpleCommand, dirs: string[]): boolean {
  return removedPaths(cmd).some((p) => dirs.some((d) => p === d || p.startsWith(d + '/') || p === d + '*'));
}

/** The last command matching `isInstall` that no command matching `isClean` follows, or undefined. */
export function uncleanedInstall(
  commands: SimpleCommand[],
  isInstall: (c: SimpleCommand) => boolean,
  isClean: (c: SimpleCommand) => boolean,
): SimpleCommand | undefined {
  const installs = commands.filter(isInstall);
  const last = installs[installs.length - 1];
  if (!last) return undefined;
  return commands.some((c) => c.index > last.index && isClean(c)) ? undefined : last;
}

/** What a package manager's "clean the cache in the same RUN" rule checks (yum: DL3032, zypper: DL3036). */
export interface CacheCleanSpec {
  /** The program (commandName) of every command `isInstall` accepts. */
  program: string;
  /** Cache folders: removing them cleans, and a cache mount over them makes the rule moot. */
  caches: string[];
  isInstall(cmd: SimpleCommand): boolean;
  isClean(cmd: SimpleCommand): boolean;
  /** As the message names them: `yum install`, `yum clean all`. */
  install: string;
  clean: string;
  /** The command the fix appends. */
  append: string;
}

/**
 * A rule that reports the last package install of a RUN when no cache cleaning follows it in that RUN, and
 * offers to append the cleaning command after it.
 */
export function cacheCleanRule(meta: RuleMeta, spec: CacheCleanSpec): Rule {
  return {
    // without an install there is nothing to clean: only the RUNs of the program
    meta: { ...meta, keywords: ['RUN'], commands: [spec.program] },
    create(context) {
      return {
        instruction(ins) {
          if (ins.keyword !== 'RUN' || !ins.shell || hasCacheMountOver(ins, spec.caches)) return;
          const last = uncleanedInstall(ins.shell.commands, spec.isInstall, spec.isClean);
          if (!last) return;
          const edit = appendCommand(last, spec.append);
          context.report({
            at: commandSpan(context.file, last),
            message: `Run \`${spec.clean}\` after \`${spec.install}\` in the same RUN so the package cache does not ship in the layer.`,
            ...(edit ? { fix: { description: `Append \`&& ${spec.append}\``, edits: [edit] } } : {}),
          });
        },
      };
    },
  };
}
