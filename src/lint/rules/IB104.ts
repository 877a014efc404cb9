import { commandName, findCommands, positionalArgs, subcommand } from '../../dockerfile/shell.js';
import type { Rule } from '../types.js';
import { eachStage } from './support/builders.js';
import { mergeRunsFix } from './support/merge-runs.js';
import { spanAt } from './support/edits.js';
import { stageRuns } from './support/stages.js';

/** `apk add --virtual NAME` is only useful when `apk del NAME` runs in the same RUN: otherwise the build
 *  dependencies stay in the layer (a later `apk del` hides them but they still ship). */
export const IB104: Rule = {
  meta: {
    code: 'IB104',
    name: 'apk-virtual-not-deleted',
    severity: 'warning',
    category: 'size',
    fixable: true,
    description: '`apk add --virtual NAME` without `apk del NAME` in the same RUN.',
    docs: 'docs/rules/IB104.md',
  },
  create: eachStage((stage, context) => {
    const file = context.file;
    const runs = stageRuns(stage);
    for (let k = 0; k < runs.length; k++) {
      const run = runs[k]!;
      for (const add of findCommands(run.shell, 'apk').filter(
        (c) => subcommand(c, ['-t', '--virtual', '-X', '--repository']) === 'add',
      )) {
        const words = add.words;
        const flagAt = words.findIndex(
          (w) => w.value === '-t' || w.value === '--virtual' || w.value.startsWith('--virtual='),
        );
        if (flagAt < 0) continue;
        const flagWord = words[flagAt]!;
        const nameWord = flagWord.value.startsWith('--virtual=') ? flagWord : words[flagAt + 1];
        const name = nameWord?.value.replace(/^--virtual=/, '');
        // runtime dependencies grouped under a virtual name are meant to stay
        // (`.httpd-so-deps`: the shared libraries a build found it needs at run time)
        if (!nameWord || !name || /run-?deps|runtime|so-?deps/i.test(name)) continue;
        const deletes = (cmds: (typeof add)[]): boolean =>
          cmds.some(
            (c) =>
              commandName(c) === 'apk' &&
              subcommand(c) === 'del' &&
              positionalArgs(c).some((w) => w.value === name),
          );
        if (deletes((run.shell?.commands ?? []).filter((c) => c.start > add.start))) continue;
        const at = spanAt(file, flagWord.start, nameWord.end);
        const later = runs.slice(k + 1).find((r) => deletes(r.shell?.commands ?? []));
        const lead = `The virtual package "${name}" is not deleted in this RUN`;
        if (!later) {
          context.report({
            at,
            message: `${lead}: its packages ship in the image. Add \`&& apk del ${name}\` once the build step that needs them is done.`,
          });
          continue;
        }
        const merged = mergeRunsFix(file, run, later);
        context.report({
          at,
          message:
            `${lead} but in the RUN at line ${later.line}: its packages still ship in this layer.` +
            ('fix' in merged ? ' Merge the RUNs.' : ` Not merged automatically: ${merged.reason}.`),
          ...('fix' in merged ? { fix: merged.fix } : {}),
        });
      }
    }
  }),
};
