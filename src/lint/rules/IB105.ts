import type { TextEdit } from '../../model.js';
import { commandName, findCommands, hasFlag, positionalArgs, subcommand } from '../../dockerfile/shell.js';
import type { SimpleCommand } from '../../dockerfile/shell.js';
import type { Instruction, ParsedDockerfile } from '../../dockerfile/types.js';
import type { Rule, RuleContext } from '../types.js';
import { eachStage } from './support/builders.js';
import { stageRuns } from './support/stages.js';
import { hasCacheMount } from '../../dockerfile/mounts.js';
import { spanAt } from './support/edits.js';

interface CacheCheck {
  tool: string;
  /** The program (commandName) of every command `fills` accepts. */
  program: string;
  /** The command writes to the tool's cache. */
  fills(cmd: SimpleCommand): boolean;
  /** A later command in the same RUN (or a flag of the command itself) keeps the cache out of the layer. */
  cleared(cmd: SimpleCommand, later: SimpleCommand[]): boolean;
  /** The command inserted after the filling one. */
  cleanup: string;
  /** An extra edit on the filling command itself (e.g. `--no-document`). */
  flagEdit?(cmd: SimpleCommand): TextEdit | null;
  where: string;
}

const sub = (c: SimpleCommand): string => subcommand(c) ?? '';
const removesMatching = (later: SimpleCommand[], re: RegExp): boolean =>
  later.some((c) => commandName(c) === 'rm' && positionalArgs(c).some((w) => re.test(w.raw)));

const CHECKS: CacheCheck[] = [
  {
    tool: 'npm',
    program: 'npm',
    fills: (c) => commandName(c) === 'npm' && ['install', 'i', 'ci', 'add', 'update'].includes(sub(c)),
    cleared: (c, later) =>
      hasFlag(c, '--cache') ||
      later.some(
        (l) => commandName(l) === 'npm' && sub(l) === 'cache' && positionalArgs(l)[1]?.value === 'clean',
      ) ||
      removesMatching(later, /\.npm/),
    cleanup: 'npm cache clean --force',
    where: '~/.npm',
  },
  {
    tool: 'gem',
    program: 'gem',
    fills: (c) => commandName(c) === 'gem' && sub(c) === 'install',
    cleared: (_c, later) => removesMatching(later, /cache/),
    cleanup: 'rm -rf "$(gem env gemdir)"/cache/*.gem',
    flagEdit: (c) => {
      if (hasFlag(c, '--no-document', '--no-doc', '-N', '--no-ri', '--no-rdoc')) return null;
      const install = c.words.find((w) => w.value === 'install');
      return install ? { start: install.end, end: install.end, text: ' --no-document' } : null;
    },
    where: 'the gem cache (*.gem files) and documentation',
  },
  {
    tool: 'bundler',
    program: 'bundle',
    // a bare `bundle` installs too, but `bundle --version` or `bundle -h` does not
    fills: (c) =>
      commandName(c) === 'bundle' &&
      (sub(c) === 'install' || (sub(c) === '' && !hasFlag(c, '--version', '-v', '--help', '-h'))),
    cleared: (_c, later) => removesMatching(later, /cache/),
    cleanup: 'rm -rf "$(gem env gemdir)"/cache/*.gem',
    where: 'the gem cache (*.gem files)',
  },
  {
    tool: 'composer',
    program: 'composer',
    fills: (c) =>
      commandName(c) === 'composer' && ['install', 'require', 'update', 'create-project'].includes(sub(c)),
    cleared: (c, later) =>
      hasFlag(c, '--no-cache') ||
      c.assignments.some((a) => a.value.startsWith('COMPOSER_CACHE_DIR=')) ||
      later.some(
        (l) => commandName(l) === 'composer' && ['clear-cache', 'clearcache', 'cc'].includes(sub(l)),
      ) ||
      // the cache under a COMPOSER_HOME removed whole counts too (`rm -rf "$COMPOSER_HOME"`)
      removesMatching(later, /composer.*cache|\.composer|\$\{?composer_(home|cache_dir)\b/i),
    cleanup: 'composer clear-cache',
    where: '~/.composer/cache',
  },
  {
    tool: 'go',
    program: 'go',
    fills: (c) =>
      commandName(c) === 'go' &&
      ['build', 'install', 'get', 'mod', 'test'].includes(sub(c)) &&
      (sub(c) !== 'mod' || positionalArgs(c)[1]?.value === 'download'),
    cleared: (_c, later) =>
      later.some((l) => commandName(l) === 'go' && sub(l) === 'clean' && hasFlag(l, '-cache', '-modcache')) ||
      removesMatching(later, /go-build|\/pkg\/mod|\.cache\/go/),
    cleanup: 'go clean -cache -modcache',
    where: '~/.cache/go-build and $GOPATH/pkg/mod',
  },
];

/** Package-manager caches left in a layer of the final image: they are never used at run time. */
export const IB105: Rule = {
  meta: {
    code: 'IB105',
    name: 'package-cache-left',
    severity: 'warning',
    category: 'size',
    fixable: true,
    description: 'npm, gem, bundler, composer or go caches are left in a layer of the final image.',
    docs: 'docs/rules/IB105.md',
  },
  create: eachStage(
    (stage, context) => {
      const file = context.file;
      const runs = stageRuns(stage);
      for (let k = 0; k < runs.length; k++) {
        const run = runs[k]!;
        if (hasCacheMount(run)) continue;
        const cmds = run.shell?.commands ?? [];
        for (const check of CHECKS) {
          // fills is false for any other program: look only at the commands of this one
          const ofProgram = findCommands(run.shell, check.program);
          if (ofProgram.length === 0) continue;
          const fillers = ofProgram.filter((c) => check.fills(c));
          const last = fillers[fillers.length - 1];
          if (!last) continue;
          const later = cmds.filter((c) => c.start > last.start);
          // one cleanup after the last filling command covers them all; flags go on each one
          const needsCleanup = !check.cleared(last, later);
          const flagEdits: TextEdit[] = [];
          for (const f of fillers) {
            const edit = check.flagEdit?.(f);
            if (edit) flagEdits.push(edit);
          }
          if (!needsCleanup && flagEdits.length === 0) continue;
          report(file, runs.slice(k + 1), last, check, needsCleanup, flagEdits, context);
        }
      }
    },
    { final: true },
  ),
};

function report(
  file: ParsedDockerfile,
  laterRuns: Instruction[],
  cmd: SimpleCommand,
  check: CacheCheck,
  needsCleanup: boolean,
  flagEdits: TextEdit[],
  context: RuleContext,
): void {
  const at = spanAt(file, cmd.start, cmd.end);
  const lead = `${check.tool} leaves ${check.where} in this layer.`;
  const advice = `Add \`&& ${check.cleanup}\`, or use RUN --mount=type=cache.`;
  const reused = laterRuns.find((r) => (r.shell?.commands ?? []).some((c) => check.fills(c)));
  const blocked = !needsCleanup
    ? null
    : reused
      ? `the RUN at line ${reused.line} runs ${check.tool} again and would lose the cache`
      : insertBlocker(file, cmd);
  if (blocked) {
    context.report({ at, message: `${lead} ${advice} Not fixed automatically: ${blocked}.` });
    return;
  }
  const edits: TextEdit[] = [...flagEdits];
  if (needsCleanup) edits.push({ start: cmd.end, end: cmd.end, text: ` && ${check.cleanup}` });
  context.report({
    at,
    message: `${lead} ${advice}`,
    fix: { description: `Clean the ${check.tool} cache in the same RUN`, edits },
  });
}

/** Inserting `&& cleanup` right after the command keeps the script's meaning only when the command ends a
 *  step: it is followed by nothing, `&&` or `;`, and no redirection or comment follows it on the line. */
function insertBlocker(file: ParsedDockerfile, cmd: SimpleCommand): string | null {
  if (cmd.after !== null && cmd.after !== '&&' && cmd.after !== ';' && cmd.after !== '\n') {
    return `it is followed by \`${cmd.after}\``;
  }
  const rest = file.text.slice(
    cmd.end,
    file.text.indexOf('\n', cmd.end) < 0 ? file.text.length : file.text.indexOf('\n', cmd.end),
  );
  if (!/^\s*(?:&&.*|;.*|\\\s*|`\s*)?$/.test(rest) || /^\s*(?:&&|;)?\s*#/.test(rest))
    return 'something follows it on the line';
  return null;
}
