import type { Rule } from '../types.js';
import { finalImage } from './support/builders.js';

const LAYER_MAKERS = new Set(['RUN', 'COPY', 'ADD']);

/** Every RUN/COPY/ADD adds a layer; the storage driver caps an image near 127 and many layers pull slower. */
export const IB114: Rule = {
  meta: {
    code: 'IB114',
    name: 'too-many-layers',
    severity: 'warning',
    category: 'size',
    fixable: false,
    description: 'The final image gets more layers (RUN/COPY/ADD) than the configured maximum.',
    docs: 'docs/rules/IB114.md',
  },
  create: finalImage((stages, context) => {
    const last = stages[stages.length - 1];
    if (!last) return;
    let count = 0;
    for (const s of stages) {
      for (const i of s.instructions) if (LAYER_MAKERS.has(i.keyword) && !i.onbuild) count++;
    }
    const max = context.settings.maxLayers;
    if (count <= max) return;
    context.report({
      at: last.from,
      message: `The final image gets ${count} layers from RUN/COPY/ADD (maximum ${max}; the engine refuses images near 127 layers, base layers included). Merge RUNs and COPY whole folders.`,
    });
  }),
};
