import type { Rule } from '../types.js';

/** `--platform=$TARGETPLATFORM` is what the builder does anyway; it only adds noise to FROM. */
export const DL3065: Rule = {
  meta: {
    code: 'DL3065',
    name: 'from-platform-redundant',
    severity: 'warning',
    category: 'style',
    fixable: true,
    description: '`FROM --platform=$TARGETPLATFORM` is the default and can be removed.',
    docs: 'docs/rules/DL3065.md',
    keywords: ['FROM'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'FROM') return;
        const flag = ins.flags.find(
          (f) => f.name === 'platform' && (f.value === '$TARGETPLATFORM' || f.value === '${TARGETPLATFORM}'),
        );
        if (!flag) return;
        // remove the flag and the blanks after it, so `FROM --platform=… image` becomes `FROM image`
        let end = flag.end;
        while (
          end < context.file.text.length &&
          (context.file.text[end] === ' ' || context.file.text[end] === '\t')
        )
          end++;
        context.report({
          at: flag,
          message: '`--platform=$TARGETPLATFORM` is the default: remove it.',
          fix: {
            description: 'Remove --platform=$TARGETPLATFORM',
            edits: [{ start: flag.start, end, text: '' }],
          },
        });
      },
    };
  },
};
