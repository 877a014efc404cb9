import type { Rule } from '../types.js';
import { parseImageRef } from './support/images.js';
import { resolvedBaseImage } from './support/pins.js';

/** `:latest` moves under you: two builds of the same commit can get different bases. */
export const DL3007: Rule = {
  meta: {
    code: 'DL3007',
    name: 'no-latest-tag',
    severity: 'warning',
    category: 'reproducibility',
    fixable: false,
    description: 'Do not use the latest tag for a base image; pin a version.',
    docs: 'docs/rules/DL3007.md',
    keywords: ['FROM'],
  },
  create(context) {
    return {
      instruction(ins, stage) {
        if (ins.keyword !== 'FROM' || ins.onbuild || !stage || stage.from !== ins) return;
        // `FROM node:${TAG}` with `ARG TAG=latest` is latest too; a tag left to a build argument is not known
        const image = resolvedBaseImage(context, stage);
        if (image === undefined) return;
        const ref = parseImageRef(image);
        // a digest pins the content whatever the tag says
        if (ref.tag !== 'latest' || ref.digest !== undefined) return;
        context.report({
          at: ins.words[0] ?? ins,
          message: `Pin the base image "${stage.image}"${image === stage.image ? '' : ` (${image})`} to a version instead of latest.`,
        });
      },
    };
  },
};
