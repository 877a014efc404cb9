import type { Rule } from '../types.js';
import { finalLineage } from './ib-helpers.js';

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
  create(context) {
    const file = context.file;
    return {
      end() {
        const lineage = finalLineage(file);
        const own = file.stages
          .filter((s) => lineage.has(s.index))
          .flatMap((s) => s.instructions)
          .filter((i) => !i.onbuild);
        const expose = own.find((i) => i.keyword === 'EXPOSE');
        if (!expose || own.some((i) => i.keyword === 'HEALTHCHECK')) return;
        context.report({
          at: expose,
          message:
            'The image exposes a port but defines no HEALTHCHECK, so Docker cannot tell a hung service from a healthy one.',
          suggestion:
            'HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://localhost:8080/health || exit 1',
        });
      },
    };
  },
};
