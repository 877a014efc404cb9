// Helpers shared by the DL3032–DL4006 rules: spans from offsets, cache mounts, minimal text edits,
// stage inheritance and the variables an instruction can see. Pure functions over the parsed model.
import type { TextEdit } from '../../model.js';
import {
  argsOf,
  basename,
  commandName,
  findCommands,
  positionalArgs,
  type ShellWord,
  type SimpleCommand,
  valuesOf,
} from '../../dockerfile/shell.js';
import { parentStage, stageLineage } from '../../dockerfile/parse.js';
import type { Instruction, ParsedDockerfile, Span } from '../../dockerfile/types.js';
import type { Rule, RuleMeta } from '../types.js';

import { scratchMountTargets } from './dl-a-support/mounts.js';
import { commandSpan, wordSpan } from './dl-a-support/spans.js';

export { commandSpan, insertAfter, spanAt, wordSpan } from './dl-a-support/spans.js';

/** Targets of the cache and tmpfs mounts of a RUN (`--mount=type=cache,target=/root/.cache`). */
export function cacheMountTargets(ins: Instruction): string[] {
  const targets: string[] = [];
  for (const t of scratchMountTargets(ins)) if (t !== '') targets.push(t);
  return targets;
}

/** True when a cache/tmpfs mount covers one of `dirs` (the mount is the dir or one of its parents). */
export function hasCacheMountOver(ins: Instruction, dirs: string[]): boolean {
  for (const t of cacheMountTargets(ins)) {
    if (dirs.some((d) => t === '/' || d === t || d.startsWith(t + '/'))) return true;
  }
  return false;
}

/**
 * ` && next` appended right after `cmd`, when that keeps the script's meaning: the command must end a plain
 * `&&`/`;`/newline chain (not sit inside a pipe, a background job or an `||` fallback).
 */
export function appendCommand(cmd: SimpleCommand, next: string): TextEdit | null {
  if (cmd.after !== null && cmd.after !== '&&' && cmd.after !== ';' && cmd.after !== '\n') return null;
  if (cmd.before === '|' || cmd.before === '&' || cmd.before === '||') return null;
  return { start: cmd.end, end: cmd.end, text: ` && ${next}` };
}

/** The `rm` arguments of a command (paths it deletes), or [] when it is not `rm`. */
export function removedPaths(cmd: SimpleCommand): string[] {
  if (commandName(cmd) !== 'rm') return [];
  return valuesOf(argsOf(cmd)).filter((v) => !v.startsWith('-'));
}

/** True when `cmd` is `rm` of one of `dirs` or of something inside them. */
export function removesUnder(cmd: SimpleCommand, dirs: string[]): boolean {
  return removedPaths(cmd).some((p) => dirs.some((d) => p === d || p.startsWith(d + '/') || p === d + '*'));
}

const chains = new WeakMap<ParsedDockerfile, ReadonlySet<number>>();

/** The last stage and every stage it is built on: what ends up in the default build target. */
export function finalStageChain(file: ParsedDockerfile): ReadonlySet<number> {
  // a dozen rules ask for it per file: worked out once
  const known = chains.get(file);
  if (known !== undefined) return known;
  const chain = new Set(stageLineage(file, file.stages[file.stages.length - 1]).map((s) => s.index));
  chains.set(file, chain);
  return chain;
}

/** `A=1 B=2` or the legacy `A 1` form of ENV/ARG/LABEL words, as name/value pairs with the name's word. */
export function keyValues(ins: Instruction): { key: string; value: string | null; at: Span }[] {
  const words = ins.words;
  if (words.length === 0) return [];
  const first = words[0]!;
  if (ins.keyword !== 'ARG' && !first.raw.includes('=') && words.length > 1) {
    const rest = words.slice(1);
    const value = valuesOf(rest).join(' ');
    return [{ key: first.value, value, at: first }];
  }
  return words.map((w) => {
    const eq = w.value.indexOf('=');
    return eq >= 0
      ? { key: w.value.slice(0, eq), value: w.value.slice(eq + 1), at: w }
      : { key: w.value, value: null, at: w };
  });
}

/**
 * Tracks the variables an instruction can see: ARGs are remembered across the whole file (a value declared
 * anywhere above may be passed in), ENVs per stage and inherited by stages built FROM that stage.
 * Call `visit` with the instruction at hand, then `get` for its view: the instructions before it are read from the
 * file itself, so a rule that uses the tracker needs to be routed only the instructions it checks (RuleMeta.keywords).
 */
export function variableTracker(file: ParsedDockerfile): {
  visit(ins: Instruction): void;
  get(name: string): string | undefined;
  has(name: string): boolean;
} {
  // Most instructions are never asked about: `visit` only notes how far the file has been read, and the
  // instructions up to there are applied (in file order, as `visit` was called for them) when a question comes.
  let args: Map<string, string> | undefined;
  const envByStage = new Map<number, Map<string, string>>();
  let env = new Map<string, string>();
  let seen = -1;
  let applied = -1;
  const apply = (ins: Instruction): void => {
    args ??= new Map();
    if (ins.keyword === 'FROM' && !ins.onbuild) {
      // the stage this FROM starts is the one it belongs to (looked up directly, not searched for)
      const own = ins.stage >= 0 ? file.stages[ins.stage] : undefined;
      const stage = own?.from === ins ? own : file.stages.find((s) => s.from === ins);
      const parent = parentStage(file, stage);
      env = new Map(parent ? (envByStage.get(parent.index) ?? []) : []);
      if (stage) envByStage.set(stage.index, env);
    } else if (ins.keyword === 'ARG') {
      for (const kv of keyValues(ins)) args.set(kv.key, kv.value ?? args.get(kv.key) ?? '');
    } else if (ins.keyword === 'ENV' && !ins.onbuild) {
      for (const kv of keyValues(ins)) if (kv.value !== null) env.set(kv.key, kv.value);
    }
  };
  const catchUp = (): void => {
    for (let k = applied + 1; k <= seen; k++) apply(file.instructions[k]!);
    if (seen > applied) applied = seen;
  };
  return {
    visit(ins) {
      if (ins.index > seen) seen = ins.index;
    },
    get(name) {
      catchUp();
      return env.get(name) ?? args?.get(name);
    },
    has(name) {
      catchUp();
      return env.has(name) || (args?.has(name) ?? false);
    },
  };
}

/** Replaces `$NAME` / `${NAME}` with known values; unknown variables become empty, as the shell would. */
export function expand(text: string, lookup: (name: string) => string | undefined): string {
  return text.replace(
    /\$\{([A-Za-z_]\w*)(?::?[-+=?][^}]*)?\}|\$([A-Za-z_]\w*)/g,
    (_m, a?: string, b?: string) => {
      return lookup((a ?? b)!) ?? '';
    },
  );
}

/** `pip`, `pip3`, `pip3.11`, or `python -m pip` / `python3 -m pip`: the words after `pip`, else null. */
export function pipArgs(cmd: SimpleCommand): ShellWord[] | null {
  const name = commandName(cmd);
  // both names start with p: no argument list and no regex for the other commands
  if (!name.startsWith('p')) return null;
  const args = argsOf(cmd);
  if (/^pip(\d+(\.\d+)?)?$/.test(name)) return args;
  if (/^python(\d+(\.\d+)?)?$/.test(name)) {
    const m = args.findIndex((w) => w.value === '-m');
    if (m >= 0 && /^pip(\d+(\.\d+)?)?$/.test(basename(args[m + 1]?.value ?? ''))) return args.slice(m + 2);
  }
  return null;
}

/** Exactly the whole lines an instruction occupies, newline included: for deleting it. */
export function wholeLines(file: ParsedDockerfile, ins: Instruction): TextEdit {
  const start = file.lineStarts[ins.line - 1]!;
  const nextLine = file.lineStarts[ins.endLine];
  const end = nextLine ?? file.text.length;
  return { start, end, text: '' };
}

export { commandName };

/** True when the command's program (prefixes looked through) is one of `names`. */
export function commandIs(cmd: SimpleCommand, ...names: string[]): boolean {
  return names.includes(commandName(cmd));
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
 * A rule that checks the values of labels whose schema type (`label-schema` setting) is `type`.
 * One file per rule still declares the metadata; this builds the shared visitor.
 */
export function labelValueRule(
  meta: RuleMeta,
  type: string,
  valid: (value: string) => boolean,
  expected: string,
): Rule {
  return {
    meta: { ...meta, keywords: ['LABEL'] },
    create(context) {
      return {
        instruction(ins) {
          if (ins.keyword !== 'LABEL') return;
          for (const kv of keyValues(ins)) {
            if (context.settings.labelSchema[kv.key] !== type || kv.value === null) continue;
            if (kv.value.includes('$') || valid(kv.value)) continue;
            context.report({
              at: kv.at,
              message: `Label "${kv.key}" must be ${expected}; got "${kv.value}".`,
            });
          }
        },
      };
    },
  };
}

/**
 * A rule for instructions of which only the last in a stage takes effect (CMD, ENTRYPOINT): reports each later one
 * and offers to delete the overridden earlier one.
 */
export function lastOneWinsRule(meta: RuleMeta, keyword: string): Rule {
  return {
    meta: { ...meta, keywords: ['FROM', keyword] },
    create(context) {
      let previous: Instruction | undefined;
      return {
        instruction(ins) {
          if (ins.onbuild) return;
          if (ins.keyword === 'FROM') previous = undefined;
          if (ins.keyword !== keyword) return;
          if (previous) {
            context.report({
              at: ins,
              message: `Several ${keyword} instructions in one stage: the one on line ${previous.line} has no effect.`,
              fix: {
                description: `Remove the overridden ${keyword} on line ${previous.line}`,
                edits: [wholeLines(context.file, previous)],
              },
            });
          }
          previous = ins;
        },
      };
    },
  };
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
