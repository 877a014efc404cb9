// `RUN --mount=…` flags read as records, once per instruction: every rule and the optimizer ask this module.
// BuildKit reads a mount flag as one CSV record of `key=value` fields (`type=cache,target=/root/.cache`); a field
// without `=` is a switch (`ro`, `readonly`).
import type { Flag, Instruction } from './types.js';

export interface Mount {
  /** The `--mount` flag, for spans. */
  flag: Flag;
  /** `bind` when not given, as BuildKit defaults. */
  type: string;
  /** `target=`, `dst=` or `destination=`, without trailing slashes; '' when missing. */
  target: string;
  /** `source=` or `src=`, when given. */
  source?: string;
  /** `from=` (a stage or an image), when given. */
  from?: string;
  /** `id=` (a secret's, an SSH agent's or a cache's), when given. */
  id?: string;
  /** Every field, keys lower-case, values unquoted; a switch maps to ''. */
  fields: ReadonlyMap<string, string>;
}

const cache = new WeakMap<Instruction, readonly Mount[]>();

/** The mounts of an instruction (only RUN has them), in flag order. */
export function mountsOf(ins: Instruction): readonly Mount[] {
  // most instructions have no flags at all: no list to build or remember
  if (ins.flags.length === 0) return [];
  let mounts = cache.get(ins);
  if (!mounts) {
    mounts = ins.flags.filter((f) => f.name === 'mount' && f.value !== null).map(parseMount);
    cache.set(ins, mounts);
  }
  return mounts;
}

/** One `--mount` flag's value read as BuildKit reads it. */
export function parseMount(flag: Flag): Mount {
  const fields = new Map<string, string>();
  for (const part of csvFields(flag.value ?? '')) {
    const eq = part.indexOf('=');
    const key = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    if (key !== '') fields.set(key, eq < 0 ? '' : unquote(part.slice(eq + 1).trim()));
  }
  const target = fields.get('target') ?? fields.get('dst') ?? fields.get('destination') ?? '';
  const source = fields.get('source') ?? fields.get('src');
  const from = fields.get('from');
  const id = fields.get('id');
  return {
    flag,
    type: (fields.get('type') ?? 'bind').toLowerCase(),
    target: target.replace(/(.)\/+$/, '$1'),
    ...(source !== undefined ? { source } : {}),
    ...(from ? { from } : {}),
    ...(id !== undefined ? { id } : {}),
    fields,
  };
}

/** Targets of the cache and tmpfs mounts: what is written there never reaches the layer. */
export function scratchMountTargets(ins: Instruction): string[] {
  const targets: string[] = [];
  for (const m of mountsOf(ins)) if (m.type === 'cache' || m.type === 'tmpfs') targets.push(m.target);
  return targets;
}

/** True when a cache or tmpfs mount covers one of `dirs` (the mount is the dir or one of its parents). */
export function hasCacheMountOver(ins: Instruction, dirs: readonly string[]): boolean {
  for (const t of scratchMountTargets(ins)) {
    if (t === '') continue;
    if (dirs.some((d) => t === '/' || d === t || d.startsWith(t + '/'))) return true;
  }
  return false;
}

/** Whether the RUN uses a `--mount=type=cache` (caches then stay out of the layer). */
export function hasCacheMount(ins: Instruction): boolean {
  return mountsOf(ins).some((m) => m.type === 'cache');
}

/** Splits a CSV record on commas outside double quotes, as Go's encoding/csv (BuildKit's reader) does. */
function csvFields(value: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '"') {
      // a doubled quote inside quotes is one quote character
      if (quoted && value[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = !quoted;
    } else if (c === ',' && !quoted) {
      out.push(field);
      field = '';
    } else field += c;
  }
  out.push(field);
  return out;
}

function unquote(s: string): string {
  return /^(["']).*\1$/.test(s) ? s.slice(1, -1) : s;
}
