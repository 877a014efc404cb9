// Path arithmetic for IB101: where files land, and whether a later command's path argument touches them.
import { posix } from 'node:path';

/** Resolves `path` against `cwd`; null when it depends on something unknown (home directory, a `cd`). */
export function resolvePath(path: string, cwd: string | null): string | null {
  if (path === '' || path.startsWith('~') || /^\$\{?HOME\b/.test(path) || path.startsWith('-')) return null;
  if (path.startsWith('/')) return normalisePath(path);
  if (cwd === null) return null;
  return normalisePath(posix.join(cwd, path));
}

export function normalisePath(path: string): string {
  // already normal (absolute, no empty, `.` or `..` segment, no trailing slash): posix.normalize would return it
  // unchanged, so skip its character walk
  if (
    path.charCodeAt(0) === 47 &&
    !path.includes('//') &&
    !path.includes('/.') &&
    (path.length === 1 || path.charCodeAt(path.length - 1) !== 47)
  )
    return path;
  const n = posix.normalize(path);
  return n.length > 1 ? n.replace(/\/+$/, '') : n;
}

/** A shell glob character: a path holding one names files by pattern. */
export const GLOB = /[*?[]/;

/** Whether the deleter's `target` (possibly a glob) touches the created `path` (a file or a tree). `recursive`
 *  deleters reach into directories: `rm -r /tmp` touches `/tmp/x`. */
export function touches(target: string, path: string, recursive: boolean): boolean {
  if (!GLOB.test(target)) {
    if (target === path || target.startsWith(path + '/')) return true;
    return recursive && (target === '/' || path.startsWith(target + '/'));
  }
  const re = globToRegExp(target);
  if (re.test(path)) return true;
  // an ancestor of the created path matched by the glob: only recursive deleters reach it
  if (recursive) {
    const parts = path.split('/');
    for (let k = parts.length - 1; k > 1; k--) if (re.test(parts.slice(0, k).join('/'))) return true;
  }
  // a glob inside a created tree (`rm /app/*.log` after `COPY . /app`)
  const literal = target.slice(0, target.search(GLOB));
  return literal.startsWith(path + '/');
}

// the same glob is tested against every created path: build each RegExp once (no `g` flag, so sharing is safe)
const globCache = new Map<string, RegExp>();

function globToRegExp(glob: string): RegExp {
  let re = globCache.get(glob);
  if (re === undefined) {
    re = buildGlobRegExp(glob);
    if (globCache.size >= 1000) globCache.clear();
    globCache.set(glob, re);
  }
  return re;
}

function buildGlobRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) out += '\\[';
      else {
        out +=
          '[' +
          glob
            .slice(i + 1, close)
            .replace(/^!/, '^')
            .replace(/\\/g, '\\\\') +
          ']';
        i = close;
      }
    } else out += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}
