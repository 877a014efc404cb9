import type { Instruction } from '../../dockerfile/types.js';
import type { Rule } from '../types.js';
import { finalImage } from './support/builders.js';

/** A service without HEALTHCHECK: orchestrators that read it (Docker, Swarm, Compose) only see "running". */
export const IB115: Rule = {
  meta: {
    code: 'IB115',
    name: 'no-healthcheck',
    severity: 'info',
    category: 'correctness',
    fixable: false,
    description: 'The final image exposes a port but has no HEALTHCHECK.',
    docs: 'docs/rules/IB115.md',
  },
  create: finalImage((stages, context) => {
    // the first EXPOSE and any HEALTHCHECK of the final image's own instructions (ONBUILD triggers aside)
    let expose: Instruction | undefined;
    let healthcheck = false;
    for (const s of stages) {
      for (const i of s.instructions) {
        if (i.onbuild) continue;
        if (i.keyword === 'EXPOSE') expose ??= i;
        else if (i.keyword === 'HEALTHCHECK') healthcheck = true;
      }
    }
    if (!expose || healthcheck) return;
    context.report({
      at: expose,
      message:
        'The image exposes a port but this Dockerfile defines no HEALTHCHECK, so unless its base image defines one, Docker cannot tell a hung service from a healthy one.',
      suggestion:
        'HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://localhost:8080/health || exit 1',
    });
  }),
};
