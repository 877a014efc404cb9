import type { Rule } from '../types.js';
import { looksLikeImage } from './support/images.js';

/** `COPY --from=name` with no earlier stage of that name pulls an image called `name` instead: a typo ships. */
export const DL3022: Rule = {
  meta: {
    code: 'DL3022',
    name: 'copy-from-known-stage',
    severity: 'warning',
    category: 'correctness',
    fixable: false,
    description: 'COPY --from should reference a previously defined FROM alias or stage number.',
    docs: 'docs/rules/DL3022.md',
    keywords: ['COPY'],
  },
  create(context) {
    // the first stage of each name, found once per file (a scan of the earlier stages per COPY was quadratic)
    let firstOfName: Map<string, number> | undefined;
    const definedBefore = (name: string, stage: number): boolean => {
      if (firstOfName === undefined) {
        firstOfName = new Map();
        for (const s of context.file.stages)
          if (s.name !== undefined && !firstOfName.has(s.name)) firstOfName.set(s.name, s.index);
      }
      const first = firstOfName.get(name);
      return first !== undefined && first < stage;
    };
    return {
      instruction(ins) {
        if (ins.keyword !== 'COPY' || ins.onbuild) return;
        const flag = ins.flags.find((f) => f.name === 'from');
        const ref = flag?.value;
        if (!flag || !ref || ref.includes('$') || looksLikeImage(ref)) return;
        const earlier = Math.max(ins.stage, 0);
        if (/^\d+$/.test(ref) ? Number(ref) < earlier : definedBefore(ref.toLowerCase(), earlier)) return;
        // the stage's own name is DL3023's business
        if (context.file.stages[ins.stage]?.name === ref.toLowerCase() || Number(ref) === ins.stage) return;
        context.report({
          at: flag,
          message: `COPY --from=${ref} names no earlier stage: define \`FROM … AS ${ref}\` before it, or give a full image reference.`,
        });
      },
    };
  },
};
