import type { ParsedDockerfile, Stage } from '../../dockerfile/types.js';
import type { Rule } from '../types.js';
import { parentStage } from '../../dockerfile/parse.js';
import { keyValues } from '../../dockerfile/scope.js';

/** Stages that build on `stage`: FROM it, or COPY --from it. */
function consumers(file: ParsedDockerfile, stage: Stage): Stage[] {
  return file.stages.filter(
    (s) =>
      s.index > stage.index &&
      (parentStage(file, s) === stage ||
        s.instructions.some(
          (i) =>
            i.keyword === 'COPY' &&
            i.flags.some(
              (f) =>
                f.name === 'from' &&
                (f.value?.toLowerCase() === stage.name || f.value === String(stage.index)),
            ),
        )),
  );
}

/** Images without the labels the team requires cannot be traced (owner, source, version) once pushed. */
export const DL3049: Rule = {
  meta: {
    code: 'DL3049',
    name: 'label-required',
    severity: 'info',
    category: 'correctness',
    fixable: false,
    description: 'Every image stage carries the labels required by the label schema.',
    docs: 'docs/rules/DL3049.md',
  },
  create(context) {
    return {
      end() {
        const required = Object.keys(context.settings.labelSchema);
        const { stages } = context.file;
        if (required.length === 0 || stages.length === 0) return;
        const own = stages.map(
          (s) =>
            new Set(
              s.instructions
                .filter((i) => i.keyword === 'LABEL' && !i.onbuild)
                .flatMap((i) => keyValues(i).pairs.map((kv) => kv.key)),
            ),
        );
        const has = (s: Stage, key: string): boolean => {
          for (let cur: Stage | undefined = s; cur; cur = parentStage(context.file, cur))
            if (own[cur.index]!.has(key)) return true;
          return false;
        };
        for (const stage of stages) {
          const users = consumers(context.file, stage);
          for (const key of required) {
            // a stage that only feeds a labelled stage is a build step, not a published image
            if (has(stage, key) || users.some((u) => has(u, key))) continue;
            context.report({
              at: stage.from,
              message: `Label "${key}" is missing from this stage: add \`LABEL ${key}=…\`.`,
            });
          }
        }
      },
    };
  },
};
