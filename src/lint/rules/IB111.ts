import { mountsOf } from '../../dockerfile/mounts.js';
import type { Rule } from '../types.js';
import { spanAt } from './support/edits.js';

const SOCKET = /^\/(var\/)?run\/docker\.sock\b/;

/** The Docker socket gives whoever holds it root on the host. */
export const IB111: Rule = {
  meta: {
    code: 'IB111',
    name: 'docker-socket',
    severity: 'warning',
    category: 'security',
    fixable: false,
    description: 'VOLUME or a RUN mount of /var/run/docker.sock.',
    docs: 'docs/rules/IB111.md',
    keywords: ['VOLUME', 'RUN'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword === 'VOLUME') {
          for (const w of ins.words) {
            const m = /\/(?:var\/)?run\/docker\.sock\b/.exec(w.raw);
            if (!m) continue;
            context.report({
              at: spanAt(context.file, w.start + m.index, w.start + m.index + m[0].length),
              message:
                'VOLUME /var/run/docker.sock invites mounting the Docker socket, which gives the container root on the host.',
            });
          }
        }
        if (ins.keyword === 'RUN') {
          for (const mount of mountsOf(ins)) {
            if ([...mount.fields.values()].some((v) => SOCKET.test(v))) {
              context.report({
                at: mount.flag,
                message: 'This RUN mounts the Docker socket: the build step gets root on the build host.',
              });
            }
          }
        }
      },
    };
  },
};
