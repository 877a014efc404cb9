import type { TextEdit } from '../../model.js';
import { commandName, hasFlag, positionalArgs, subcommand, valuesOf } from '../../dockerfile/shell.js';
import type { SimpleCommand } from '../../dockerfile/shell.js';
import type { Instruction, ParsedDockerfile } from '../../dockerfile/types.js';
import type { Rule } from '../types.js';
import { eachStage } from './support/builders.js';
import { appendToRunEdit, canAppendTo } from './support/merge-runs.js';
import { stageRuns } from './support/stages.js';
import { spanAt } from './support/edits.js';

interface CacheKind {
  label: string;
  /** The command fills the cache. */
  fills(cmd: SimpleCommand): boolean;
  /** The command empties the cache. */
  cleans(cmd: SimpleCommand): boolean;
  /** Commands of this manager that would fail once the cache is gone (so the cleanup cannot move before them). */
  needs?(cmd: SimpleCommand): boolean;
}

const APT = ['apt-get', 'apt'];
const APT_FLAGS = ['-o', '-c', '-t'];
const isApt = (cmd: SimpleCommand, ...subs: string[]): boolean =>
  APT.includes(commandName(cmd)) && subs.includes(subcommand(cmd, APT_FLAGS) ?? '');
const removes = (cmd: SimpleCommand, re: RegExp): boolean =>
  commandName(cmd) === 'rm' && positionalArgs(cmd).some((w) => re.test(w.value));

const KINDS: CacheKind[] = [
  {
    label: 'the apt package lists (/var/lib/apt/lists)',
    fills: (c) => isApt(c, 'update'),
    cleans: (c) => removes(c, /^\/var\/lib\/apt\/lists(\/|$)/),
    needs: (c) => ['apt-get', 'apt', 'apt-cache'].includes(commandName(c)),
  },
  {
    label: 'the apt archive cache (/var/cache/apt)',
    fills: (c) => isApt(c, 'install', 'upgrade', 'dist-upgrade', 'full-upgrade'),
    cleans: (c) => isApt(c, 'clean') || removes(c, /^\/var\/cache\/apt(\/|$)/),
  },
  {
    label: 'the apk cache (/var/cache/apk)',
    fills: (c) =>
      commandName(c) === 'apk' &&
      ['add', 'update', 'upgrade'].includes(subcommand(c) ?? '') &&
      !hasFlag(c, '--no-cache'),
    cleans: (c) =>
      removes(c, /^\/var\/cache\/apk(\/|$)/) ||
      (commandName(c) === 'apk' && subcommand(c) === 'cache' && positionalArgs(c)[1]?.value === 'clean'),
    needs: (c) => commandName(c) === 'apk',
  },
  {
    label: 'the yum/dnf cache (/var/cache/yum, /var/cache/dnf)',
    fills: (c) =>
      ['yum', 'dnf', 'microdnf'].includes(commandName(c)) &&
      ['install', 'update', 'upgrade', 'makecache', 'groupinstall'].includes(subcommand(c) ?? ''),
    cleans: (c) =>
      (['yum', 'dnf', 'microdnf'].includes(commandName(c)) && subcommand(c) === 'clean') ||
      removes(c, /^\/var\/cache\/(yum|dnf)(\/|$)/),
  },
  {
    label: 'the pip cache (~/.cache/pip)',
    fills: (c) =>
      /^pip[0-9.]*$/.test(commandName(c)) && subcommand(c) === 'install' && !hasFlag(c, '--no-cache-dir'),
    cleans: (c) =>
      removes(c, /^(~|\$HOME|\$\{HOME\}|\/root)\/\.cache(\/pip)?\/?\*?$/) ||
      (/^pip[0-9.]*$/.test(commandName(c)) &&
        subcommand(c) === 'cache' &&
        positionalArgs(c)[1]?.value === 'purge'),
  },
  {
    label: 'the npm cache (~/.npm)',
    fills: (c) => commandName(c) === 'npm' && ['install', 'i', 'ci', 'add'].includes(subcommand(c) ?? ''),
    cleans: (c) =>
      removes(c, /^(~|\$HOME|\$\{HOME\}|\/root)\/\.npm\/?\*?$/) ||
      (commandName(c) === 'npm' && subcommand(c) === 'cache' && positionalArgs(c)[1]?.value === 'clean'),
  },
];

/** The command names any KINDS[].cleans can accept (rm, the apt/apk/yum/dnf managers, pip*, npm). */
const CLEANER_NAMES = new Set(['rm', 'apt-get', 'apt', 'apk', 'yum', 'dnf', 'microdnf', 'npm']);
const mayClean = (cmd: SimpleCommand): boolean => {
  const name = commandName(cmd);
  return CLEANER_NAMES.has(name) || (name.startsWith('pip') && /^pip[0-9.]*$/.test(name));
};

interface Flagged {
  cmd: SimpleCommand;
  kind: CacheKind;
  filler: Instruction;
}

/** A cache emptied in a later RUN than the one that filled it: the earlier layer still carries the files. */
export const IB103: Rule = {
  meta: {
    code: 'IB103',
    name: 'cleanup-in-later-layer',
    severity: 'warning',
    category: 'size',
    fixable: true,
    description: 'Package lists or caches are removed in a later RUN than the one that filled them.',
    docs: 'docs/rules/IB103.md',
  },
  create: eachStage(
    (stage, context) => {
      const file = context.file;
      // only the stages the final image is built on: a builder stage's layers ship only through what is copied
      // out of it (and `COPY --from=build / /` flattens them, the cleanup with them)
      const runs = stageRuns(stage);
      for (let k = 0; k < runs.length; k++) {
        const run = runs[k]!;
        const cmds = run.shell?.commands ?? [];
        const flagged: Flagged[] = [];
        for (let ci = 0; ci < cmds.length; ci++) {
          const cmd = cmds[ci]!;
          // no kind cleans with any other command: skip the six checks for most commands
          if (!mayClean(cmd)) continue;
          for (const kind of KINDS) {
            if (!kind.cleans(cmd)) continue;
            // a cleanup of this RUN's own fill is in the right place
            if (cmds.slice(0, ci).some((c) => kind.fills(c))) continue;
            const filler = runs
              .slice(0, k)
              .reverse()
              .find((r) => (r.shell?.commands ?? []).some((c) => kind.fills(c)));
            if (!filler) continue;
            const fillerCmds = filler.shell?.commands ?? [];
            let lastFill = -1;
            for (let k = 0; k < fillerCmds.length; k++) if (kind.fills(fillerCmds[k]!)) lastFill = k;
            if (fillerCmds.slice(lastFill + 1).some((c) => kind.cleans(c))) continue;
            flagged.push({ cmd, kind, filler });
            break;
          }
        }
        if (flagged.length === 0) continue;
        const first = flagged[0]!;
        const fillers = new Set(flagged.map((f) => f.filler));
        const fix =
          fillers.size === 1
            ? moveFix(file, runs, run, flagged)
            : { reason: 'the caches were filled by different RUNs' };
        const what = [...new Set(flagged.map((f) => f.kind.label))].join(' and ');
        const why = `This RUN cleans ${what}, filled by the RUN at line ${first.filler.line}: the files are still in that layer.`;
        context.report({
          at: spanAt(file, first.cmd.start, flagged[flagged.length - 1]!.cmd.end),
          message:
            'edits' in fix
              ? `${why} Clean up in the RUN that fills the cache.`
              : `${why} Not moved automatically: ${fix.reason}.`,
          ...('edits' in fix
            ? {
                fix: {
                  description: `Move the cleanup into the RUN at line ${first.filler.line}`,
                  edits: fix.edits,
                },
              }
            : {}),
        });
      }
    },
    { final: true },
  ),
};

function userBefore(file: ParsedDockerfile, ins: Instruction): string {
  const stage = file.stages[ins.stage];
  const users = (stage?.instructions ?? []).filter(
    (i) => i.keyword === 'USER' && !i.onbuild && i.index < ins.index,
  );
  return users[users.length - 1]?.args ?? '';
}

function moveFix(
  file: ParsedDockerfile,
  runs: Instruction[],
  cleaner: Instruction,
  flagged: Flagged[],
): { edits: TextEdit[] } | { reason: string } {
  const filler = flagged[0]!.filler;
  if (!canAppendTo(filler))
    return { reason: `the RUN at line ${filler.line} cannot take an appended command` };
  if (userBefore(file, filler) !== userBefore(file, cleaner))
    return { reason: 'a USER instruction lies between them' };
  for (const f of flagged) {
    const args = valuesOf(positionalArgs(f.cmd));
    if (commandName(f.cmd) === 'rm' && args.some((a) => !/^(\/|~\/|\$HOME\/|\$\{HOME\}\/)/.test(a))) {
      return { reason: 'the cleanup uses a relative path' };
    }
  }
  // the RUNs after the filler must not need the cache before the cleanup runs
  const between = runs.filter((r) => r.index > filler.index && r.index < cleaner.index);
  const cmdsBefore = [
    ...between.flatMap((r) => r.shell?.commands ?? (r.form === 'exec' ? [] : [])),
    ...(cleaner.shell?.commands ?? []).filter((c) => c.start < flagged[0]!.cmd.start),
  ];
  for (const f of flagged) {
    const user = cmdsBefore.find((c) => f.kind.needs?.(c));
    if (user)
      return {
        reason: `\`${commandName(user)}\` at line ${spanAt(file, user.start, user.end).line} still needs the cache`,
      };
  }
  if (between.some((r) => r.form === 'exec' || r.heredocs.length > 0))
    return { reason: 'a RUN between them cannot be read' };
  const removal = removalEdits(
    file,
    cleaner,
    flagged.map((f) => f.cmd),
  );
  if (!removal) return { reason: `the cleanup is not a plain && step of the RUN at line ${cleaner.line}` };
  const moved = flagged.map((f) => file.text.slice(f.cmd.start, f.cmd.end)).join(' && ');
  return { edits: [appendToRunEdit(file, filler, moved), ...removal] };
}

/** Edits removing `targets` from the RUN, or the whole RUN when nothing else is left; null when unsafe. */
function removalEdits(file: ParsedDockerfile, run: Instruction, targets: SimpleCommand[]): TextEdit[] | null {
  if (run.form !== 'shell' || run.heredocs.length > 0 || run.flags.length > 0 || !run.shell || !run.argsSpan)
    return null;
  const cmds = run.shell.commands;
  const esc = file.escape === '`' ? '`' : '\\\\';
  const joiner = new RegExp(`^(?:\\s|${esc}\\n)*(?:&&|;)(?:\\s|${esc}\\n)*$`);
  const edge = new RegExp(`^(?:\\s|${esc}\\n)*$`);
  for (let i = 0; i + 1 < cmds.length; i++) {
    if (!joiner.test(file.text.slice(cmds[i]!.end, cmds[i + 1]!.start))) return null;
  }
  if (!edge.test(file.text.slice(run.argsSpan.start, cmds[0]?.start ?? 0))) return null;
  if (!edge.test(file.text.slice(cmds[cmds.length - 1]?.end ?? 0, run.argsSpan.end))) return null;
  if (cmds.every((c) => targets.includes(c))) {
    const next = file.text.indexOf('\n', run.end);
    return [{ start: run.start, end: next < 0 ? file.text.length : next + 1, text: '' }];
  }
  // each block of neighbouring targets goes together with one joiner: the one after it, or before it at the end
  const edits: TextEdit[] = [];
  let i = 0;
  while (i < cmds.length) {
    if (!targets.includes(cmds[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < cmds.length && targets.includes(cmds[j + 1]!)) j++;
    const after = cmds[j + 1];
    if (after) edits.push({ start: cmds[i]!.start, end: after.start, text: '' });
    else edits.push({ start: cmds[i - 1]!.end, end: cmds[j]!.end, text: '' });
    i = j + 1;
  }
  return edits;
}
