// dive's numbers, computed the way dive computes them so users can compare like with like (see docs/measure.md).
//
// dive builds one tree per layer (whiteout entries are leaves named after the path they delete; opaque markers
// and other `.wh..wh.` names are dropped) and visits every leaf of every layer. Each visit adds a "copy" of its
// path: the entry's tar size, or for a whiteout the total size of what the path held in the layers below when
// it was a directory (0 when it was a file). Then:
//   efficiency        = Σ_paths min(copy) / Σ_paths Σ(copies)           (1 when nothing was seen)
//   wastedBytes       = Σ over paths with two or more copies of Σ(copies)
//   userSizeBytes     = Σ layer sizes except the first layer's
//   userWastedPercent = wastedBytes / userSizeBytes
import type { DiveNumbers } from '../model.js';
import type { LayerEntry } from './entries.js';

interface DiveNode {
  children: Map<string, DiveNode> | undefined;
  size: number;
  isDir: boolean;
  /** Layer trees only: the node stands for a whiteout of this path. */
  whiteout: boolean;
}

const node = (): DiveNode => ({ children: undefined, size: 0, isDir: false, whiteout: false });

function child(parent: DiveNode, name: string): DiveNode {
  parent.children ??= new Map();
  let next = parent.children.get(name);
  if (!next) {
    next = node();
    parent.children.set(name, next);
  }
  return next;
}

function layerTree(entries: LayerEntry[]): DiveNode {
  const root = node();
  for (const entry of entries) {
    if (entry.kind === 'other' && entry.path.split('/').pop()!.startsWith('.wh..wh.')) continue;
    const parts = entry.path === '' ? [] : entry.path.split('/');
    if (entry.kind === 'opaque') {
      // dive creates the parent directories, then refuses the marker itself
      let at = root;
      for (const part of parts) at = child(at, part);
      continue;
    }
    let at = root;
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      at = child(at, last && entry.kind === 'whiteout' ? `.wh.${part}` : part);
      if (last) {
        at.size = entry.size;
        at.isDir = entry.kind === 'dir';
        at.whiteout = entry.kind === 'whiteout';
      }
    });
  }
  return root;
}

function subtreeSize(n: DiveNode): number {
  let total = n.size;
  if (n.children) for (const c of n.children.values()) total += subtreeSize(c);
  return total;
}

function get(root: DiveNode, path: string): DiveNode | undefined {
  let at: DiveNode | undefined = root;
  for (const part of path.split('/')) at = at?.children?.get(part);
  return at;
}

/** Lays a layer tree onto the stacked tree as dive does: whiteouts remove, entries replace the payload only. */
function stack(stacked: DiveNode, layer: DiveNode): void {
  const visit = (upper: DiveNode, lower: DiveNode): void => {
    if (!upper.children) return;
    for (const name of [...upper.children.keys()].sort()) {
      const u = upper.children.get(name)!;
      if (u.whiteout) {
        lower.children?.delete(name.slice('.wh.'.length));
        continue;
      }
      const l = child(lower, name);
      visit(u, l);
      l.size = u.size;
      l.isDir = u.isDir;
    }
  };
  visit(layer, stacked);
}

interface PathCopies {
  count: number;
  total: number;
  min: number;
}

export function diveNumbers(layers: LayerEntry[][], layerSizes: number[]): DiveNumbers {
  const paths = new Map<string, PathCopies>();
  const stacked = node();
  layers.forEach((entries) => {
    const tree = layerTree(entries);
    const visit = (n: DiveNode, path: string): void => {
      if (n.children && n.children.size > 0) {
        for (const [name, c] of n.children) visit(c, path === '' ? name : `${path}/${name}`);
        return;
      }
      let size = n.size;
      let key = path;
      if (n.whiteout) {
        const slash = path.lastIndexOf('/');
        key = `${path.slice(0, slash + 1)}${path.slice(slash + 1 + '.wh.'.length)}`;
        const previous = get(stacked, key);
        size = previous?.isDir ? subtreeSize(previous) : 0;
      }
      const copies = paths.get(key);
      if (copies) {
        copies.count++;
        copies.total += size;
        copies.min = Math.min(copies.min, size);
      } else paths.set(key, { count: 1, total: size, min: size });
    };
    if (tree.children) for (const [name, c] of tree.children) visit(c, name);
    stack(stacked, tree);
  });

  let minimum = 0;
  let discovered = 0;
  let wastedBytes = 0;
  for (const copies of paths.values()) {
    minimum += copies.min;
    discovered += copies.total;
    if (copies.count >= 2) wastedBytes += copies.total;
  }
  const userSizeBytes = layerSizes.slice(1).reduce((a, b) => a + b, 0);
  return {
    efficiency: discovered === 0 ? 1 : minimum / discovered,
    wastedBytes,
    userWastedPercent: userSizeBytes === 0 ? 0 : wastedBytes / userSizeBytes,
    userSizeBytes,
  };
}
