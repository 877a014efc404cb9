// What one tar entry of a layer means for the image filesystem. Paths are normalised once here so every later
// stage compares them as plain strings: no leading `/` or `./`, no trailing `/`, `.` segments resolved.
import { posix } from 'node:path';

export type EntryKind = 'file' | 'dir' | 'symlink' | 'hardlink' | 'other' | 'whiteout' | 'opaque';

export interface LayerEntry {
  /** Normalised path. For a whiteout: the path it deletes; for an opaque marker: the directory it empties. */
  path: string;
  kind: EntryKind;
  /** The tar header's size field (only regular files carry a non-zero size in Docker layer tars). */
  size: number;
  /** Hard links: the normalised target path. */
  linkTarget?: string;
}

const WHITEOUT = '.wh.';
const OPAQUE = '.wh..wh..opq';
/** Other `.wh..wh.` names are aufs bookkeeping (hard-link directories), not part of the image filesystem. */
const AUFS_META = '.wh..wh.';

export function normalisePath(name: string): string {
  const clean = posix.normalize(`/${name}`).replace(/\/+$/, '');
  return clean.replace(/^\/+/, '');
}

/** Maps a tar header to a layer entry; null for the archive root itself. */
export function classifyEntry(
  name: string,
  type: string | null | undefined,
  size: number,
  linkname?: string | null,
): LayerEntry | null {
  const path = normalisePath(name);
  if (path === '') return null;
  const slash = path.lastIndexOf('/');
  const dir = slash < 0 ? '' : path.slice(0, slash);
  const base = slash < 0 ? path : path.slice(slash + 1);
  if (base === OPAQUE) return { path: dir, kind: 'opaque', size };
  if (base.startsWith(AUFS_META)) return { path, kind: 'other', size };
  if (base.startsWith(WHITEOUT)) {
    const target = base.slice(WHITEOUT.length);
    return { path: dir === '' ? target : `${dir}/${target}`, kind: 'whiteout', size };
  }
  switch (type) {
    case 'file':
    case 'contiguous-file':
    case null:
    case undefined:
      return { path, kind: 'file', size };
    case 'directory':
      return { path, kind: 'dir', size };
    case 'symlink':
      return { path, kind: 'symlink', size };
    case 'link':
      return { path, kind: 'hardlink', size, linkTarget: normalisePath(linkname ?? '') };
    default:
      return { path, kind: 'other', size };
  }
}
