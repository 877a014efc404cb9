import type { Rule } from '../types.js';
import { buildkitMeta } from './support/buildkit-meta.js';
import { parentStage } from '../../dockerfile/parse.js';
import { keywordAsWritten } from './support/edits.js';
import { commandPart, execFormFix } from './DL3025.js';

/** BuildKit's JSONArgsRecommended: CMD and ENTRYPOINT in shell form run under `/bin/sh -c`, which does not pass
 *  signals on. Not reported once a SHELL instruction (in the stage or one it builds on) set another shell. */
export const JSONArgsRecommended: Rule = {
  meta: buildkitMeta(
    'JSONArgsRecommended',
    'correctness',
    true,
    'JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals.',
    ['CMD', 'ENTRYPOINT'],
  ),
  create(context) {
    const file = context.file;
    return {
      instruction(ins, stage) {
        if (ins.onbuild || ins.form !== 'shell' || !stage) return;
        for (let s: typeof stage | undefined = stage; s; s = parentStage(file, s)) {
          if (s.instructions.some((i) => i.keyword === 'SHELL' && !i.onbuild && i.index < ins.index)) return;
        }
        const command = commandPart(file, ins);
        const fix = command ? execFormFix(file, ins, stage, command) : undefined;
        const name = keywordAsWritten(file, ins).text;
        context.report({
          at: ins,
          message: `JSON arguments recommended for ${name} to prevent unintended behavior related to OS signals`,
          ...(fix ? { fix } : {}),
        });
      },
    };
  },
};
