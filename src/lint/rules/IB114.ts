import type { Rule } from '../types.js';
import { finalLineage } from './ib-helpers.js';

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
  create(context) {
    const file = context.file;
    return {
      end() {
        const last = file.stages[file.stages.length - 1];
        if (!last) return;
        const lineage = finalLineage(file);
        // loops, not filter/flatMap chains: this runs for every file
        let count = 0;
        for (const s of file.stages) {
          if (!lineage.has(s.index)) continue;
          for (const i of s.instructions) if (LAYER_MAKERS.has(i.keyword) && !i.onbuild) count++;
        }
        const max = context.settings.maxLayers;
        if (count <= max) return;
        context.report({
          at: last.from,
          message: `The final image gets ${count} layers from RUN/COPY/ADD (maximum ${max}; the engine refuses images near 127 layers, base layers included). Merge RUNs and COPY whole folders.`,
        });
      },
    };
  },
};
