// What ADD unpacks by itself, and what it downloads.

/** Local tar archives (plain or compressed) that ADD extracts into the destination. */
const ARCHIVE_SUFFIXES = [
  '.tar',
  '.tar.gz',
  '.tgz',
  '.tar.bz2',
  '.tbz',
  '.tbz2',
  '.tb2',
  '.tar.xz',
  '.txz',
  '.tar.lz',
  '.tlz',
  '.tar.lzma',
  '.tar.z',
  '.taz',
  '.tz',
  '.tpz',
  '.gz',
  '.bz2',
  '.xz',
  '.lz',
  '.lzma',
  '.z',
  '.tar.zst',
  '.tzst',
  '.zst',
];

export function isArchive(path: string): boolean {
  const lower = path.toLowerCase();
  return ARCHIVE_SUFFIXES.some((s) => lower.endsWith(s));
}

/** A remote source: `https://…`, `git@host:repo`. */
export function isUrl(path: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(path) || /^git@/.test(path);
}

/** The last part of a path, splitting on `/` and on Windows `\`. */
export function pathBase(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? path;
}
