// Which layer of an image a legacy `docker save` directory holds, before its layer.tar is read. Engine < 25 names
// each layer directory by a "v1 ID": the SHA-256 of the directory's own `json` file with its `id` and `parent`
// fields taken out and two fields put in (`layer_id`: the layer's chain ID; `parent`: the parent v1 ID), keys
// sorted as Go's encoder sorts a map. The `json` file comes before `layer.tar` in the archive, so hashing it once
// per candidate chain ID tells which diff ID the coming layer has, and a layer already measured is skipped.
// No match (another engine's recipe) only means the layer is read; a match cannot be wrong (it is a SHA-256).
import { createHash } from 'node:crypto';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Chain IDs of a layer list: the first diff ID, then sha256("<previous chain ID> <diff ID>"). */
export function chainIds(diffIds: string[]): string[] {
  const chain: string[] = [];
  diffIds.forEach((d, i) => chain.push(i === 0 ? d : `sha256:${sha256(`${chain[i - 1]!} ${d}`)}`));
  return chain;
}

/** The top-level members of a compact JSON object as [key, raw value text]; undefined when it is not one. */
export function topLevelMembers(text: string): [string, string][] | undefined {
  const out: [string, string][] = [];
  const n = text.length;
  if (text[0] !== '{') return undefined;
  let i = 1;
  while (i < n) {
    if (text[i] === '}') return out;
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text[i] !== '"') return undefined;
    const keyStart = i++;
    while (i < n && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    let key: string;
    try {
      key = JSON.parse(text.slice(keyStart, i)) as string;
    } catch {
      return undefined;
    }
    if (text[i] !== ':') return undefined;
    const valueStart = ++i;
    let depth = 0;
    let inString = false;
    for (; i < n; i++) {
      const c = text[i];
      if (inString) {
        if (c === '\\') i++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        if (depth === 0) break;
        depth--;
      } else if (c === ',' && depth === 0) break;
    }
    out.push([key, text.slice(valueStart, i)]);
  }
  return undefined;
}

/**
 * The index (into `chain`) of the layer a legacy layer directory's `json` describes, or undefined. Engines have
 * written the fields below the top layer with and without `os` when hashing; both are tried.
 */
export function legacyLayerIndex(v1Json: string, chain: string[]): number | undefined {
  const members = topLevelMembers(v1Json.trim());
  if (!members) return undefined;
  const fields = new Map(members);
  let id: unknown;
  let parent: unknown;
  try {
    id = JSON.parse(fields.get('id') ?? 'null');
    parent = fields.has('parent') ? JSON.parse(fields.get('parent')!) : '';
  } catch {
    return undefined;
  }
  if (typeof id !== 'string' || typeof parent !== 'string') return undefined;
  const rest = members.filter(([k]) => k !== 'id' && k !== 'parent');
  const variants = [rest, rest.filter(([k]) => k !== 'os')];
  for (let index = 0; index < chain.length; index++) {
    for (const variant of variants) {
      const all: [string, string][] = [...variant, ['layer_id', JSON.stringify(chain[index])]];
      if (parent !== '') all.push(['parent', JSON.stringify(`sha256:${parent}`)]);
      all.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      const text = `{${all.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`;
      if (sha256(text) === id) return index;
    }
  }
  return undefined;
}
