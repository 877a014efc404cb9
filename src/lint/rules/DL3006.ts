import type { Rule } from '../types.js';
import { parseImageRef } from './support/images.js';
import { resolvedBaseImage } from './support/pins.js';

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
        // variables resolve in the global ARG scope; one left to a build argument is decided at build time
        const image = resolvedBaseImage(context, stage);
        // a stage name and scratch carry no tag
        if (image === undefined || image === '' || stage.fromStage || image.toLowerCase() === 'scratch')
          return;
        const ref = parseImageRef(image);
        // `FROM node:${TAG}` with an empty TAG is as untagged as `FROM node`
        if ((ref.tag !== undefined && ref.tag !== '') || ref.digest !== undefined) return;
        context.report({
          at: ins.words[0] ?? ins,
          message: `Tag the base image "${stage.image}"${image === stage.image ? '' : ` (${image})`} with a version (for example "${image.replace(/:$/, '')}:<version>"); untagged means latest.`,
        });
      },
    };
  },
};
