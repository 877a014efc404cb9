// Which files of a layer are package databases, and what of them is kept. The layer reader keeps these files'
// contents while it streams (everything else is skipped unread), reduced to what the package inventory reads, so
// a layer entry in the store stays small: a package.json becomes its name and version, a METADATA its header, a
// RECORD or md5sums its list of paths. All pure.
import { posix } from 'node:path';

export type PackageFileKind =
  | 'dpkg-status'
  | 'dpkg-status-d'
  | 'dpkg-md5sums-d'
  | 'dpkg-list'
  | 'apk-installed'
  | 'npm-package-json'
  | 'python-metadata'
  | 'python-record'
  | 'rpm-db'
  /** A Java archive (jar.ts reads it as bytes; only its Maven coordinates are kept). */
  | 'jar'
  /** Found by content, not by path: an ELF executable with Go build info (go-buildinfo.ts). */
  | 'go-buildinfo'
  /** Which distribution the image is (`ID=ubuntu`): the namespace of its deb and apk package URLs. */
  | 'os-release';

/** One kept file: its normalised path and its reduced text. */
export interface PackageFile {
  path: string;
  text: string;
  /** Set for a file found by its content (its path says nothing); otherwise packageFileKind(path). */
  kind?: 'go-buildinfo';
}

/** The kind of a kept file. */
export const keptFileKind = (file: PackageFile): PackageFileKind | undefined =>
  file.kind ?? packageFileKind(file.path);

/** A single file bigger than this is not kept (the biggest dpkg status files are a few MB). */
export const PACKAGE_FILE_LIMIT = 16 * 1024 * 1024;
/** Σ of the raw bytes kept per layer; over it, further files are not kept and the layer says so. */
export const PACKAGE_LAYER_LIMIT = 64 * 1024 * 1024;

const NPM_PACKAGE_JSON = /(?:^|\/)node_modules\/(?:@[^/]+\/)?[^/@.][^/]*\/package\.json$/;
const RPM_DB = /^(?:var\/lib\/rpm|usr\/lib\/sysimage\/rpm)\/(?:Packages|Packages\.db|rpmdb\.sqlite)$/;

/** The kind of package-database file at a normalised path, or undefined for any other file. */
export function packageFileKind(path: string): PackageFileKind | undefined {
  if (path === 'var/lib/dpkg/status') return 'dpkg-status';
  if (path.startsWith('var/lib/dpkg/status.d/')) {
    const name = path.slice('var/lib/dpkg/status.d/'.length);
    if (name === '' || name.includes('/')) return undefined;
    return name.endsWith('.md5sums') ? 'dpkg-md5sums-d' : 'dpkg-status-d';
  }
  if (path.startsWith('var/lib/dpkg/info/') && path.endsWith('.list') && !path.slice(18).includes('/'))
    return 'dpkg-list';
  if (path === 'lib/apk/db/installed') return 'apk-installed';
  if (path === 'etc/os-release' || path === 'usr/lib/os-release') return 'os-release';
  if (NPM_PACKAGE_JSON.test(path)) return 'npm-package-json';
  if (/\.dist-info\/METADATA$/.test(path)) return 'python-metadata';
  if (/\.dist-info\/RECORD$/.test(path)) return 'python-record';
  if (RPM_DB.test(path)) return 'rpm-db';
  if (/\.jar$/i.test(path)) return 'jar';
  return undefined;
}

/** What is kept of a package-database file (the inventory reads nothing else). */
export function reducePackageFile(kind: PackageFileKind, raw: string): string {
  switch (kind) {
    case 'npm-package-json': {
      try {
        const json = JSON.parse(raw) as { name?: unknown; version?: unknown } | null;
        const name = typeof json?.name === 'string' ? json.name : undefined;
        const version = typeof json?.version === 'string' ? json.version : undefined;
        return JSON.stringify({ name, version });
      } catch {
        return '{}';
      }
    }
    case 'python-metadata': {
      // the header ends at the first empty line; the long description after it is not needed
      const end = raw.search(/\r?\n\r?\n/);
      return end < 0 ? raw : raw.slice(0, end);
    }
    case 'python-record':
      return parseRecord(raw).join('\n');
    case 'dpkg-md5sums-d':
      return parseMd5sums(raw).join('\n');
    case 'os-release':
      return raw
        .split('\n')
        .filter((l) => /^(ID|VERSION_ID)=/.test(l))
        .join('\n');
    case 'rpm-db':
      // not read (a Berkeley DB or SQLite file): only its presence is kept
      return '';
    default:
      return raw;
  }
}

// ---------------------------------------------------------------- parsers

/** The distribution an os-release file names (`ID`, `VERSION_ID`; quotes removed), or undefined without an ID. */
export function parseOsRelease(text: string): { id: string; versionId?: string } | undefined {
  const field = (name: string): string | undefined => {
    const m = new RegExp(`^${name}=(.*)$`, 'm').exec(text);
    const v = m?.[1]!.trim().replace(/^(["'])(.*)\1$/, '$2');
    return v === undefined || v === '' ? undefined : v;
  };
  const id = field('ID');
  if (id === undefined || !/^[a-z0-9._-]+$/.test(id)) return undefined;
  const versionId = field('VERSION_ID');
  return versionId !== undefined && /^[A-Za-z0-9._~-]+$/.test(versionId) ? { id, versionId } : { id };
}

/** One stanza of a dpkg status file (fields by name; continuation lines joined). */
export type Stanza = Map<string, string>;

/** Parses RFC 822-style stanzas (dpkg status, status.d files). */
export function parseStanzas(text: string): Stanza[] {
  const stanzas: Stanza[] = [];
  let current: Stanza = new Map();
  let last: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') {
      if (current.size > 0) stanzas.push(current);
      current = new Map();
      last = undefined;
      continue;
    }
    if ((line.startsWith(' ') || line.startsWith('\t')) && last !== undefined) {
      current.set(last, `${current.get(last)!}\n${line.slice(1)}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim();
    current.set(last, line.slice(colon + 1).trim());
  }
  if (current.size > 0) stanzas.push(current);
  return stanzas;
}

export interface DpkgRecord {
  name: string;
  version: string;
  architecture?: string;
}

/** The installed packages of a dpkg status file (or a distroless status.d file). A stanza without a Status field
 *  (distroless writes none) counts as installed; one whose Status is not `… installed` (removed, config-files
 *  only, half-installed) does not. */
export function parseDpkgStatus(text: string): DpkgRecord[] {
  const records: DpkgRecord[] = [];
  for (const s of parseStanzas(text)) {
    const name = s.get('Package');
    const version = s.get('Version');
    if (!name || version === undefined) continue;
    const status = s.get('Status');
    if (status !== undefined && !/\sinstalled$/.test(status)) continue;
    const record: DpkgRecord = { name, version };
    const arch = s.get('Architecture');
    if (arch) record.architecture = arch;
    records.push(record);
  }
  return records;
}

/** Paths a dpkg `.list` file names (absolute in the file; normalised here, `/.` dropped). */
export function parseDpkgList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => posix.normalize(`/${line.trim()}`).replace(/^\/+/, ''))
    .filter((p) => p !== '' && p !== '.');
}

/** Paths of an md5sums file (`<md5>  <path>`, paths relative to /). */
export function parseMd5sums(text: string): string[] {
  const paths: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^[0-9a-f]{32}\s+(.+)$/.exec(line.trim());
    if (m) paths.push(posix.normalize(`/${m[1]!}`).replace(/^\/+/, ''));
  }
  return paths;
}

export interface ApkRecord {
  name: string;
  version: string;
  architecture?: string;
  /** Normalised paths of the files it owns (F: directory, R: file in it). */
  files: string[];
}

/** The packages of Alpine's /lib/apk/db/installed. */
export function parseApkInstalled(text: string): ApkRecord[] {
  const records: ApkRecord[] = [];
  for (const block of text.split(/\r?\n\r?\n/)) {
    let name: string | undefined;
    let version: string | undefined;
    let arch: string | undefined;
    let dir = '';
    const files: string[] = [];
    for (const line of block.split(/\r?\n/)) {
      const key = line.slice(0, 2);
      const value = line.slice(2);
      if (key === 'P:') name = value;
      else if (key === 'V:') version = value;
      else if (key === 'A:') arch = value;
      else if (key === 'F:') dir = value.replace(/^\/+|\/+$/g, '');
      else if (key === 'R:') files.push(dir === '' ? value : `${dir}/${value}`);
    }
    if (!name || version === undefined) continue;
    const record: ApkRecord = { name, version, files };
    if (arch) record.architecture = arch;
    records.push(record);
  }
  return records;
}

/** Name and version of a Python distribution's METADATA header (`Name:`, `Version:`). */
export function parsePythonMetadata(text: string): { name: string; version: string } | undefined {
  let name: string | undefined;
  let version: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') break;
    const m = /^(Name|Version):\s*(.*)$/i.exec(line);
    if (m?.[1]!.toLowerCase() === 'name') name ??= m[2]!.trim();
    else if (m) version ??= m[2]!.trim();
  }
  return name && version !== undefined ? { name, version } : undefined;
}

/** The paths of a wheel RECORD (CSV: path,hash,size; a path may be quoted), relative to its site-packages. */
export function parseRecord(text: string): string[] {
  const paths: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    let path: string;
    if (line.startsWith('"')) {
      const m = /^"((?:[^"]|"")*)"/.exec(line);
      if (!m) continue;
      path = m[1]!.replace(/""/g, '"');
    } else {
      const comma = line.lastIndexOf(',', line.lastIndexOf(',') - 1);
      path = comma < 0 ? line : line.slice(0, comma);
    }
    if (path !== '') paths.push(path);
  }
  return paths;
}

/** Name and version of a kept package.json (see reducePackageFile). */
export function parseNpmPackageJson(text: string): { name: string; version: string } | undefined {
  try {
    const json = JSON.parse(text) as { name?: unknown; version?: unknown } | null;
    if (typeof json?.name !== 'string' || json.name === '') return undefined;
    return { name: json.name, version: typeof json.version === 'string' ? json.version : '' };
  } catch {
    return undefined;
  }
}
