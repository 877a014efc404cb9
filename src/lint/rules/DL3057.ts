import type { Stage } from '../../dockerfile/types.js';
import type { Rule } from '../types.js';
import { parentStage } from '../../dockerfile/parse.js';

/** Without HEALTHCHECK, Docker and orchestrators only know the process is running, not that it answers. */
export const DL3057: Rule = {
  meta: {
    code: 'DL3057',
    name: 'healthcheck',
    // hadolint ships this rule switched off; `info` keeps it visible but below any sensible failure threshold
    severity: 'info',
    category: 'correctness',
    fixable: false,
    description: 'The final image defines a HEALTHCHECK (or disables it explicitly with `HEALTHCHECK NONE`).',
    docs: 'docs/rules/DL3057.md',
  },
  create(context) {
    return {
      end() {
        const { stages } = context.file;
        const last = stages[stages.length - 1];
        if (!last) return;
        for (let s: Stage | undefined = last; s; s = parentStage(context.file, s)) {
          if (s.instructions.some((i) => i.keyword === 'HEALTHCHECK' && !i.onbuild)) return;
        }
        context.report({
          at: last.from,
          message:
            'The final image has no HEALTHCHECK: add one (or `HEALTHCHECK NONE` to say it is deliberate).',
        });
      },
    };
  },
};
