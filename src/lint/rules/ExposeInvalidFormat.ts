import type { Rule } from '../types.js';
import { buildkitMeta } from './support/buildkit-meta.js';
import { portParts } from './support/expose.js';

/** BuildKit's ExposeInvalidFormat: EXPOSE declares container ports only; an IP address or a host port belongs to
 *  `docker run -p`, and the builder drops it. */
export const ExposeInvalidFormat: Rule = {
  meta: buildkitMeta(
    'ExposeInvalidFormat',
    'correctness',
    false,
    'IP address and host-port mapping should not be used in EXPOSE instruction.',
    ['EXPOSE'],
  ),
  create(context) {
    return {
      instruction(ins) {
        if (ins.onbuild) return;
        for (const w of ins.words) {
          if (w.raw.includes('$')) continue;
          const p = portParts(w.raw);
          if (p.ip === '' && p.hostPort === '') continue;
          context.report({
            at: ins,
            message: `EXPOSE instruction should not define an IP address or host-port mapping, found '${w.raw}'`,
          });
        }
      },
    };
  },
};
