import type { Instruction } from '../../dockerfile/types.js';
import type { Rule } from '../types.js';
import { buildkitMeta } from './support/buildkit-meta.js';
import { keywordAsWritten } from './support/edits.js';

const ONCE = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'];

/** BuildKit's MultipleInstructionsDisallowed: of several CMD, ENTRYPOINT or HEALTHCHECK in one stage only the last
 *  counts; the earlier one is reported, as it is the one without effect. */
export const MultipleInstructionsDisallowed: Rule = {
  meta: buildkitMeta(
    'MultipleInstructionsDisallowed',
    'correctness',
    false,
    'Multiple instructions of the same type (CMD, ENTRYPOINT, HEALTHCHECK) should not be used in the same stage.',
    ONCE,
  ),
  create(context) {
    let stageIndex = -1;
    let last = new Map<string, Instruction>();
    return {
      instruction(ins) {
        if (ins.onbuild || ins.stage < 0) return;
        if (ins.stage !== stageIndex) {
          stageIndex = ins.stage;
          last = new Map();
        }
        const before = last.get(ins.keyword);
        if (before)
          context.report({
            at: before,
            message: `Multiple ${keywordAsWritten(context.file, ins).text} instructions should not be used in the same stage because only the last one will be used`,
          });
        last.set(ins.keyword, ins);
      },
    };
  },
};
