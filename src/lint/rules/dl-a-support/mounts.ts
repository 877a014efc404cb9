// `RUN --mount=…` flags read as key/value records.
import type { Instruction } from '../../../dockerfile/types.js';

export interface Mount {
  /** `bind` when not given, as BuildKit defaults. */
  type: string;
  /** Target path without trailing slashes. */
  target: string;
  /** `from=` (a stage or an image), when given. */
  from?: string;
}

export function mountsOf(ins: Instruction): Mount[] {
  const mounts: Mount[] = [];
  for (const f of ins.flags) {
    if (f.name !== 'mount' || f.value === null) continue;
    const fields = new Map<string, string>();
    for (const part of f.value.split(',')) {
      const eq = part.indexOf('=');
      if (eq > 0) fields.set(part.slice(0, eq).trim().toLowerCase(), unquote(part.slice(eq + 1).trim()));
    }
    const target = fields.get('target') ?? fields.get('dst') ?? fields.get('destination') ?? '';
    const from = fields.get('from');
    mounts.push({
      type: fields.get('type') ?? 'bind',
      target: target.replace(/(.)\/+$/, '$1'),
      ...(from ? { from } : {}),
    });
  }
  return mounts;
}

/** Targets of cache and tmpfs mounts: what is written there never reaches the layer. */
export function scratchMountTargets(ins: Instruction): string[] {
  const targets: string[] = [];
  // most RUNs have no flags at all: no list of mounts for them
  if (ins.flags.length === 0) return targets;
  for (const m of mountsOf(ins)) if (m.type === 'cache' || m.type === 'tmpfs') targets.push(m.target);
  return targets;
}

function unquote(s: string): string {
  return /^(["']).*\1$/.test(s) ? s.slice(1, -1) : s;
}
