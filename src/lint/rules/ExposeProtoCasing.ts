import type { TextEdit } from '../../model.js';
import type { Rule } from '../types.js';
import { buildkitMeta } from './support/buildkit-meta.js';
import { portParts } from './support/expose.js';

/** BuildKit's ExposeProtoCasing: the protocol of an EXPOSE port is written lower case (`80/tcp`). */
export const ExposeProtoCasing: Rule = {
  meta: buildkitMeta(
    'ExposeProtoCasing',
    'style',
    true,
    'Protocol in EXPOSE instruction should be lowercase.',
    ['EXPOSE'],
  ),
  create(context) {
    return {
      instruction(ins) {
        if (ins.onbuild) return;
        for (const w of ins.words) {
          if (w.raw.includes('$')) continue;
          const p = portParts(w.raw);
          if (p.proto === p.proto.toLowerCase()) continue;
          const edit: TextEdit = {
            start: w.start + p.protoAt,
            end: w.start + p.protoAt + p.proto.length,
            text: p.proto.toLowerCase(),
          };
          context.report({
            at: ins,
            message: `Defined protocol '${w.raw}' in EXPOSE instruction should be lowercase`,
            fix: { description: 'Write the protocol in lower case', edits: [edit] },
          });
        }
      },
    };
  },
};
