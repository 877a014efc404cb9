import type { Rule } from '../types.js';
import { buildkitMeta } from './support/buildkit-meta.js';
import { parentStage } from '../../dockerfile/parse.js';

/** BuildKit's WorkdirRelativePath: a relative WORKDIR before any absolute one in the build (the stage or those it
 *  builds on) depends on the base image's working directory. Paths with variables are left alone. */
export const WorkdirRelativePath: Rule = {
  meta: buildkitMeta(
    'WorkdirRelativePath',
    'correctness',
    false,
    'Relative workdir without an absolute workdir declared within the build can have unexpected results if the base image changes.',
  ),
  create(context) {
    const file = context.file;
    return {
      end() {
        const set = new Map<number, boolean>();
        for (const stage of file.stages) {
          const parent = parentStage(file, stage);
          let workdirSet = parent ? (set.get(parent.index) ?? false) : false;
          for (const ins of stage.instructions) {
            if (ins.keyword !== 'WORKDIR' || ins.onbuild) continue;
            const path = ins.args.replace(/^(["'])(.*)\1$/s, '$2');
            if (!workdirSet && !path.startsWith('/') && !path.includes('$'))
              context.report({
                at: ins,
                message: `Relative workdir ${JSON.stringify(path)} can have unexpected results if the base image changes`,
              });
            workdirSet = true;
          }
          set.set(stage.index, workdirSet);
        }
      },
    };
  },
};
