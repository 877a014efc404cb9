import type { Rule } from '../types.js';
import { parseImageRef } from './support/images.js';

/** An untagged FROM means `latest`: whatever the registry holds on the day of the build. */
export const DL3006: Rule = {
  meta: {
    code: 'DL3006',
    name: 'image-tag-required',
    severity: 'warning',
    category: 'reproducibility',
    fixable: false,
    description: 'Always tag the version of a base image explicitly.',
    docs: 'docs/rules/DL3006.md',
    keywords: ['FROM'],
  },
  create(context) {
    return {
      instruction(ins, stage) {
        if (ins.keyword !== 'FROM' || ins.onbuild || !stage || stage.from !== ins) return;
        const image = stage.image;
        // a variable is decided at build time; a stage name and scratch carry no tag
        if (image === '' || image.includes('$') || stage.fromStage || image.toLowerCase() === 'scratch')
          return;
        const ref = parseImageRef(image);
        if (ref.tag !== undefined || ref.digest !== undefined) return;
        context.report({
          at: ins.words[0] ?? ins,
          message: `Tag the base image "${image}" with a version (for example "${image}:<version>"); untagged means latest.`,
        });
      },
    };
  },
};
