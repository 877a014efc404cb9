import type { Span } from '../../dockerfile/types.js';
import type { Rule } from '../types.js';
import { looksLikeImage, parseImageRef } from './support/images.js';
import { mountsOf } from '../../dockerfile/mounts.js';

/** Images from registries outside the allowed list bypass whatever review those registries get. */
export const DL3026: Rule = {
  meta: {
    code: 'DL3026',
    name: 'trusted-registry',
    severity: 'error',
    category: 'security',
    fixable: false,
    description: 'Use only images from the trusted registries (setting `trustedRegistries`).',
    docs: 'docs/rules/DL3026.md',
    keywords: ['FROM', 'COPY', 'RUN'],
  },
  create(context) {
    const trusted = context.settings.trustedRegistries;
    const stageNames = new Set<string>();
    const check = (image: string, at: Span): void => {
      if (
        image === '' ||
        image.includes('$') ||
        image.toLowerCase() === 'scratch' ||
        stageNames.has(image.toLowerCase())
      )
        return;
      const { registry } = parseImageRef(image);
      if (trusted.some((pattern) => registryMatches(pattern, registry))) return;
      context.report({
        at,
        message: `Image "${image}" comes from registry "${registry}", which is not in trustedRegistries (${trusted.join(', ')}).`,
      });
    };
    return {
      instruction(ins, stage) {
        if (trusted.length === 0 || ins.onbuild) return;
        if (ins.keyword === 'FROM' && stage?.from === ins) {
          if (!stage.fromStage) check(stage.resolvedImage, ins.words[0] ?? ins);
          if (stage.name) stageNames.add(stage.name);
          return;
        }
        // `--from` names a stage, a stage number, or an image
        const fromImage = (ref: string | null | undefined, at: Span): void => {
          if (ref && !/^\d+$/.test(ref) && (looksLikeImage(ref) || !stageNames.has(ref.toLowerCase())))
            check(ref, at);
        };
        if (ins.keyword === 'COPY') {
          const flag = ins.flags.find((f) => f.name === 'from');
          if (flag) fromImage(flag.value, flag);
        }
        if (ins.keyword === 'RUN') {
          for (const mount of mountsOf(ins)) fromImage(mount.from, mount.flag);
        }
      },
    };
  },
};

/** `docker.io` also covers the Docker Hub aliases; `*.example.com` covers subdomains; `*` covers all. */
function registryMatches(pattern: string, registry: string): boolean {
  const p = pattern.toLowerCase();
  if (p === '*' || p === registry) return true;
  if (p.startsWith('*.')) return registry.endsWith(p.slice(1));
  const hub = ['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com'];
  return hub.includes(p) && hub.includes(registry);
}
