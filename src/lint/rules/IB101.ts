import { argsOf, commandName, hasFlag, positionalArgs, valuesOf } from '../../dockerfile/shell.js';
import type { ShellWord, SimpleCommand } from '../../dockerfile/shell.js';
import type { Instruction, ParsedDockerfile } from '../../dockerfile/types.js';
import { mountsOf } from '../../dockerfile/mounts.js';
import type { Rule, RuleContext } from '../types.js';
import { finalLineage } from './support/stages.js';
import { mergeRunsFix } from './support/merge-runs.js';
import { spanAt } from './support/edits.js';
import { GLOB, normalisePath, resolvePath, touches } from './support/paths.js';
import { LintLimitReached } from '../limits.js';

interface Created {
  path: string;
  by: Instruction;
  /** False for a tree whose contents are unknown (`COPY . /app`): a path under it may come from elsewhere. */
  exact: boolean;
}

const VERBS: Record<string, string> = {
  rm: 'removed',
  mv: 'moved',
  chmod: 'chmod-ed',
  chown: 'chown-ed',
  chgrp: 'chown-ed',
};
/** `VERBS[name]` for every name for which it is defined (its own keys and those it inherits from
 *  Object.prototype): one Map lookup instead of a keyed lookup with a fresh string, which is slow. */
const VERB_OF = new Map(
  [...Object.keys(VERBS), ...Object.getOwnPropertyNames(Object.prototype)].map((k) => [k, VERBS[k]]),
);
/** The commands createdBy reads arguments of (every command is looked at for redirections). */
const WRITERS = new Set(['curl', 'wget', 'git', 'dd', 'fallocate', 'cp', 'mv']);
/** Commands that only change or look at files: a path they touch cannot have been made by them. */
const PASSIVE = new Set([
  'rm',
  'mv',
  'chmod',
  'chown',
  'chgrp',
  'echo',
  'set',
  'cd',
  'true',
  'ls',
  'find',
  'test',
  '[',
]);

/** How many (target, created path) pairs IB101 compares in one file: each path a command removes is compared
 *  with every path made before it, so the work grows with the product of the two. Real files stay far below this
 *  (the corpus's largest needs 141); a crafted file of thousands of RUNs would take seconds for this rule alone. */
const MAX_COMPARISONS = 1_000_000;

/** A file made in one layer and removed, moved or chmod-ed in a later one: the first layer still ships it. */
export const IB101: Rule = {
  meta: {
    code: 'IB101',
    name: 'deleted-in-later-layer',
    severity: 'warning',
    category: 'size',
    fixable: true,
    description:
      'A file created in one RUN/COPY/ADD is deleted, moved or chmod-ed in a later RUN, so its bytes still ship.',
    docs: 'docs/rules/IB101.md',
  },
  create(context) {
    const file = context.file;
    return {
      end() {
        const lineage = finalLineage(file);
        const created: Created[] = [];
        // one for the whole file: the commands of the RUNs are visited in file order
        const gt = new GreaterThanFinder(file.text);
        const budget = { left: MAX_COMPARISONS };
        for (const stage of file.stages) {
          if (!lineage.has(stage.index)) continue;
          let workdir: string | null = '/';
          for (const ins of stage.instructions) {
            if (ins.onbuild) continue;
            if (ins.keyword === 'WORKDIR') {
              const dir = ins.words.length > 0 ? ins.words[0]!.value : '';
              workdir = dir.includes('$') ? null : resolvePath(dir, workdir);
            } else if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
              created.push(...copied(ins, workdir));
            } else if (ins.keyword === 'RUN' && ins.shell) {
              visitRun(file, ins, workdir, created, gt, context, budget);
            }
          }
        }
      },
    };
  },
};

function copied(ins: Instruction, workdir: string | null): Created[] {
  if (ins.heredocs.length > 0 || ins.args.startsWith('[') || ins.words.length < 2) return [];
  const words = valuesOf(ins.words);
  const dest = words[words.length - 1]!;
  const sources = words.slice(0, -1);
  const target = resolvePath(dest, workdir);
  if (target === null || dest.includes('$')) return [];
  const intoDir = dest.endsWith('/') || sources.length > 1 || dest === '.';
  const tree = (src: string): boolean => src === '.' || src.endsWith('/') || GLOB.test(src);
  if (!intoDir) return [{ path: target, by: ins, exact: !tree(sources[0]!) }];
  return sources.map((src) => {
    const name = lastSegment(src);
    const contents = tree(src) || name === '' || name === '.';
    const url = /^https?:\/\//.test(src);
    return contents && !url
      ? { path: target, by: ins, exact: false }
      : { path: normalisePath(`${target}/${name}`), by: ins, exact: true };
  });
}

/** The last `/` segment of a source, its query or fragment and trailing slashes left out (`a/b/` → `b`). */
function lastSegment(src: string): string {
  // most sources have no `?`, `#` or trailing slash: no regex for them
  const path = src.includes('?') || src.includes('#') ? src.replace(/[?#].*$/, '') : src;
  const trimmed = path.endsWith('/') ? path.replace(/\/+$/, '') : path;
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

function visitRun(
  file: ParsedDockerfile,
  run: Instruction,
  workdir: string | null,
  created: Created[],
  gt: GreaterThanFinder,
  context: RuleContext,
  budget: { left: number },
): void {
  const cmds = run.shell!.commands;
  let cwd = workdir;
  const mounts = mountTargets(run);
  // whether every command before the current one only looks at or changes files (kept as the loop goes: asking
  // it of all earlier commands at each command made a long RUN quadratic)
  let onlyPassiveBefore = true;
  for (let ci = 0; ci < cmds.length; ci++) {
    const cmd = cmds[ci]!;
    const name = commandName(cmd);
    if (ci > 0 && !PASSIVE.has(commandName(cmds[ci - 1]!))) onlyPassiveBefore = false;
    if (name === 'cd' || name === 'pushd' || name === 'popd') cwd = null;
    const verb = VERB_OF.get(name);
    if (verb) {
      const recursive = name === 'mv' || hasFlag(cmd, '-r', '-R', '--recursive');
      const positional = positionalArgs(cmd);
      const targets =
        name === 'rm' ? positional : name === 'mv' ? positional.slice(0, -1) : positional.slice(1);
      // a chmod/chown without -R of a copied folder changes the folder's own entry, not the files in it
      const folderEntryOnly = name !== 'rm' && name !== 'mv' && !recursive;
      for (const word of targets) {
        const target = resolvePath(word.value, cwd);
        if (target === null) continue;
        budget.left -= created.length;
        if (budget.left < 0)
          throw new LintLimitReached(
            `IB101 stopped at line ${run.line}: the file has too many created and removed paths to compare (more than ${MAX_COMPARISONS.toLocaleString('en')} pairs), so files deleted in later layers were not looked for after it`,
            run.line,
          );
        const hits = created.filter(
          (c) =>
            touches(target, c.path, recursive) &&
            (c.exact || target === c.path || onlyPassiveBefore) &&
            !(folderEntryOnly && !c.exact && target === c.path),
        );
        if (hits.length === 0) continue;
        // rewritten earlier in this RUN (`echo > f`, `cp x f`): the command acts on the new file, and the folder an
        // earlier layer copied around the old one is not what it touches
        const rewritten = hits.some((c) => c.by === run && c.path === target);
        const earlier = hits.filter((c) => c.by !== run && !(rewritten && c.path !== target));
        if (earlier.length > 0) reportHit(file, run, cmd, word, verb, earlier, context);
        for (const h of hits) created.splice(created.indexOf(h), 1);
      }
      if (name !== 'mv') continue;
    }
    for (const path of createdBy(file, run, cmd, cmds[ci + 1], cwd, gt)) {
      if (mounts.length === 0 || !mounts.some((m) => path === m || path.startsWith(m + '/')))
        created.push({ path, by: run, exact: true });
    }
  }
}

/** The targets of the RUN's `--mount`s, normalised: what is written there does not stay in the layer. */
function mountTargets(run: Instruction): string[] {
  const targets: string[] = [];
  for (const m of mountsOf(run)) if (m.target !== '') targets.push(normalisePath(m.target));
  return targets;
}

function reportHit(
  file: ParsedDockerfile,
  run: Instruction,
  cmd: SimpleCommand,
  word: ShellWord,
  verb: string,
  hits: Created[],
  context: RuleContext,
): void {
  // the creator that made this path itself, rather than a folder around it (a COPY into a tree a RUN unpacked);
  // among equals the earliest
  const depth = (c: Created): number => c.path.split('/').length;
  const first = hits.reduce((a, b) =>
    depth(b) > depth(a) || (depth(b) === depth(a) && b.by.index < a.by.index) ? b : a,
  );
  const kind = first.by.keyword;
  const lead = `"${word.value}" is ${kind === 'RUN' ? 'created' : 'copied'} by the ${kind} at line ${first.by.line} and ${verb} here: its bytes still ship in that layer.`;
  const at = spanAt(file, word.start, word.end);
  if (hits.every((h) => h.by.keyword === 'RUN')) {
    const merged = mergeRunsFix(file, first.by, run);
    if ('fix' in merged) {
      context.report({
        at,
        message: `${lead} Merge the RUNs so the file never reaches a layer.`,
        fix: merged.fix,
      });
    } else {
      context.report({ at, message: `${lead} Not merged automatically: ${merged.reason}.` });
    }
    return;
  }
  const name = commandName(cmd);
  if (name === 'chmod' || name === 'chown' || name === 'chgrp') {
    const value = positionalArgs(cmd)[0]?.value ?? '';
    const mode = /^[0-7]{3,4}$/.test(value) ? value : /^[ugoa]*\+x$/.test(value) ? '755' : '<octal mode>';
    const flag = name === 'chmod' ? `--chmod=${mode}` : `--chown=${value}`;
    const source = first.by;
    const kept = source.flags
      .filter((f) => f.name !== name.replace('chgrp', 'chown'))
      .map((f) => file.text.slice(f.start, f.end));
    const args = source.argsSpan ? file.text.slice(source.argsSpan.start, source.argsSpan.end) : source.args;
    context.report({
      at,
      message: `${lead} Set it while copying with \`${source.keyword} ${flag.replace(/=.*/, '')}\` (BuildKit) instead.`,
      suggestion: [source.keyword, ...kept, flag, args].join(' '),
    });
    return;
  }
  context.report({
    at,
    message: `${lead} Do not copy it in the first place: exclude it in .dockerignore, copy only what is needed, or build it in an earlier stage.`,
  });
}

/** Paths a command writes: download targets, `dd of=`, `git clone` folders, `cp`/`mv` destinations, redirections. */
function createdBy(
  file: ParsedDockerfile,
  run: Instruction,
  cmd: SimpleCommand,
  next: SimpleCommand | undefined,
  cwd: string | null,
  gt: GreaterThanFinder,
): readonly string[] {
  const name = commandName(cmd);
  // redirections are not words: read them from the text up to the next command
  const until = next?.start ?? run.argsSpan?.end ?? cmd.end;
  const regionEnd = Math.max(until, cmd.end);
  // the arguments matter to a few commands only, the redirections to all; every redirection has a `>`, and most
  // commands are neither: no list for them
  const writes = WRITERS.has(name);
  const redirects = gt.before(cmd.start, regionEnd);
  if (!writes && !redirects) return NOTHING;
  const out: string[] = [];
  const add = (p: string | undefined): void => {
    if (!p || p === '-' || p.startsWith('/dev/') || p.includes('$(')) return;
    const r = resolvePath(p, cwd);
    if (r !== null && r !== '/') out.push(r);
  };
  if (writes) writtenBy(cmd, name, add);
  if (redirects) {
    const region = file.text.slice(cmd.start, regionEnd);
    for (const m of region.matchAll(/(?:^|[^0-9&<>])(?:[01]?)>>?\|?\s*([^\s;&|()<>'"`]+)/g)) add(m[1]);
  }
  return out;
}

const NOTHING: readonly string[] = [];

/** Answers "is there a `>` in text[start, end)?" for starts that only grow (the commands of the RUNs, in file
 *  order): the first `>` at or after the last start is remembered, so the text is searched about once per `>`. */
class GreaterThanFinder {
  #from = -1;
  #at = -1;
  constructor(private readonly text: string) {}

  before(start: number, end: number): boolean {
    // the remembered `>` is the first one at or after `start` unless it lies before `start` (or nothing is known)
    if (this.#from < 0 || start < this.#from || (this.#at >= 0 && this.#at < start)) {
      this.#from = start;
      this.#at = this.text.indexOf('>', start);
    }
    return this.#at >= 0 && this.#at < end;
  }
}

/** The paths `cmd` (one of WRITERS, named `name`) writes through its arguments, passed to `add`. */
function writtenBy(cmd: SimpleCommand, name: string, add: (p: string | undefined) => void): void {
  const values = valuesOf(argsOf(cmd));
  const url = values.find((v) => /^(https?|ftp):\/\//.test(v));
  const urlName = url
    ?.replace(/[?#].*$/, '')
    .split('/')
    .pop();
  switch (name) {
    case 'curl': {
      const out1 = optionValue(values, /^-[A-Za-z]*o$/, '--output');
      if (out1 !== undefined) add(out1);
      else if (values.some((v) => /^-[A-Za-z]*O[A-Za-z]*$/.test(v) || v === '--remote-name')) add(urlName);
      break;
    }
    case 'wget': {
      const doc = optionValue(values, /^-[A-Za-z]*O$/, '--output-document');
      const inline = inlineOutput(values);
      if (doc !== undefined || inline !== undefined) add(doc ?? inline);
      else if (urlName) {
        const prefix = optionValue(values, /^-P$/, '--directory-prefix');
        add(prefix ? `${prefix}/${urlName}` : urlName);
      }
      break;
    }
    case 'git': {
      const pos = positionalArgs(cmd, ['-b', '--branch', '--depth', '-c', '--config', '-o', '--origin']);
      if (pos[0]?.value === 'clone' && pos[1]) {
        add(
          pos[2]?.value ??
            pos[1].value
              .replace(/\/+$/, '')
              .replace(/\.git$/, '')
              .split(/[/:]/)
              .pop(),
        );
      }
      break;
    }
    case 'dd':
      add(values.find((v) => v.startsWith('of='))?.slice(3));
      break;
    case 'fallocate':
      add(positionalArgs(cmd, ['-l', '-o', '--length', '--offset']).pop()?.value);
      break;
    case 'cp':
    case 'mv': {
      const paths = valuesOf(positionalArgs(cmd, ['-S', '--suffix']));
      if (paths.length < 2) break;
      const dest = paths[paths.length - 1]!;
      const sources = paths.slice(0, -1);
      const bare = dest.length > 1 ? dest.replace(/\/+$/, '') : dest;
      // into a folder the files land under their own names (the folder itself was there before)
      if (dest.endsWith('/') || sources.length > 1 || SYSTEM_DIRS.has(bare)) {
        for (const src of sources) {
          // a glob or a folder's contents: which names land there is unknown, so none is claimed
          if (GLOB.test(src) || src.endsWith('/') || src.endsWith('/.')) continue;
          add(`${bare === '/' ? '' : bare}/${lastSegment(src)}`);
        }
      } else {
        add(dest);
      }
      break;
    }
  }
}

/** Folders every image has: a cp/mv to one of them (with or without a trailing `/`) copies into it. */
const SYSTEM_DIRS = new Set([
  '/',
  '/bin',
  '/sbin',
  '/lib',
  '/etc',
  '/opt',
  '/tmp',
  '/root',
  '/home',
  '/srv',
  '/usr',
  '/usr/bin',
  '/usr/sbin',
  '/usr/lib',
  '/usr/share',
  '/usr/local',
  '/usr/local/bin',
  '/usr/local/sbin',
  '/usr/local/lib',
  '/usr/local/share',
  '/var',
  '/var/tmp',
]);

/** The file of the first `-OFILE` (wget's output document written in one word). */
function inlineOutput(values: string[]): string | undefined {
  for (const v of values) {
    const m = /^-[a-zA-Z]*O(.+)$/.exec(v);
    if (m) return m[1];
  }
  return undefined;
}

/** The value of an option written as `-o FILE`, `--output FILE` or `--output=FILE`. */
function optionValue(values: string[], short: RegExp, long: string): string | undefined {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (short.test(v) || v === long) return values[i + 1];
    if (v.startsWith(long + '=')) return v.slice(long.length + 1);
  }
  return undefined;
}
