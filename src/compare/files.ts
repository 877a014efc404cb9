// The files and folders that grew, head against base, from each image's final file list (pure): a file is added
// (absent from the base) or grown (larger than in the base); a folder's growth is the sum over the files under it.
// Each names the head layer — and so the Dockerfile line — that wrote it: a file's last writer, a folder's layer
// that wrote most of its growth.
import type { FinalFiles, LayerMeasurement } from '../model.js';
import type { FileGrowth, GrownPath } from './types.js';

/** How many files and folders the comparison lists. */
export const GROWN_FILES_SHOWN = 20;
export const GROWN_FOLDERS_SHOWN = 10;
/** Folders deeper than this are not listed (their files are). */
const FOLDER_DEPTH = 4;
/** A folder is left out when one of its child folders holds this share of its growth. */
const CHILD_SHARE = 0.9;

function ancestors(path: string): string[] {
  const parts = path.split('/');
  const out: string[] = [];
  for (let i = 1; i < parts.length && i <= FOLDER_DEPTH; i++) out.push(parts.slice(0, i).join('/'));
  return out;
}

function grown(
  path: string,
  baseBytes: number,
  headBytes: number,
  layer: number,
  layers: LayerMeasurement[],
): GrownPath {
  const l = layers[layer];
  const g: GrownPath = {
    path: `/${path}`,
    kind: baseBytes === 0 ? 'added' : 'grown',
    baseBytes,
    headBytes,
    deltaBytes: headBytes - baseBytes,
    layer,
    createdBy: l?.createdBy ?? '',
  };
  if (l?.line !== undefined) g.line = l.line;
  return g;
}

/** The largest added or grown files and folders; undefined when either image has no final file list. */
export function diffFiles(
  base: FinalFiles | undefined,
  head: FinalFiles | undefined,
  headLayers: LayerMeasurement[],
): FileGrowth | undefined {
  if (base === undefined || head === undefined) return undefined;
  const files: GrownPath[] = [];
  /** Folder → Σ growth, and the growth each head layer brought to it. */
  const folders = new Map<string, { base: number; head: number; byLayer: Map<number, number> }>();
  const folder = (path: string): { base: number; head: number; byLayer: Map<number, number> } => {
    let f = folders.get(path);
    if (!f) folders.set(path, (f = { base: 0, head: 0, byLayer: new Map() }));
    return f;
  };
  for (const [path, h] of head) {
    const b = base.get(path)?.size ?? 0;
    for (const dir of ancestors(path)) {
      const f = folder(dir);
      f.head += h.size;
      f.base += b;
      if (h.size > b) f.byLayer.set(h.layer, (f.byLayer.get(h.layer) ?? 0) + h.size - b);
    }
    if (h.size > b) files.push(grown(path, b, h.size, h.layer, headLayers));
  }
  for (const [path, b] of base)
    if (!head.has(path)) for (const dir of ancestors(path)) folder(dir).base += b.size;

  files.sort((x, y) => y.deltaBytes - x.deltaBytes || x.path.localeCompare(y.path));
  const grownFolders = [...folders]
    .filter(([, f]) => f.head > f.base)
    .map(([path, f]) => {
      const top = [...f.byLayer].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0];
      return grown(path, f.base, f.head, top?.[0] ?? -1, headLayers);
    });
  const biggestChild = new Map<string, number>();
  for (const g of grownFolders) {
    const parent = g.path.slice(0, g.path.lastIndexOf('/'));
    if (parent !== '') biggestChild.set(parent, Math.max(biggestChild.get(parent) ?? 0, g.deltaBytes));
  }
  // a folder one of whose child folders holds nearly all of its growth is left out: the child says more
  const specific = grownFolders.filter((g) => (biggestChild.get(g.path) ?? 0) < CHILD_SHARE * g.deltaBytes);
  specific.sort((x, y) => y.deltaBytes - x.deltaBytes || x.path.localeCompare(y.path));
  return {
    files: files.slice(0, GROWN_FILES_SHOWN),
    folders: specific.slice(0, GROWN_FOLDERS_SHOWN),
    grownFiles: files.length,
  };
}
