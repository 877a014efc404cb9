// The packages installed in an image and the bytes each owns, from its ordered layers (pure). The layers are
// replayed onto one tree as the engine unpacks them (within a layer whiteouts and opaque markers first, then
// its entries; a later layer's file replaces an earlier one), which gives the final files with their sizes and
// the final text of each package-database file the layer reader kept (package-files.ts). Each package's bytes are
// the sizes of the final regular files it owns — dpkg: its info/<name>.list (or <name>:<arch>.list; distroless:
// status.d/<name>.md5sums), apk: the F:/R: lines of the installed db, Python: the dist-info's RECORD, npm: the
// files under node_modules/<name>/ outside nested node_modules, Go: the executable, owned by its main module (its
// dependencies own no bytes of their own), Java: the jar, owned by the artifact it is named for. A file is counted for the first package that
// claims it (in that order); the rest of the bytes belong to no package and are reported as such.
import { posix } from 'node:path';
import type { InstalledPackage, PackageInventory } from '../model.js';
import type { LayerEntry } from './entries.js';
import { parseGoBuildInfo } from './go-buildinfo.js';
import { jarPackages } from './jar.js';
import {
  keptFileKind,
  parseApkInstalled,
  parseDpkgList,
  parseDpkgStatus,
  parseNpmPackageJson,
  parseOsRelease,
  parsePythonMetadata,
  type PackageFile,
  type PackageFileKind,
} from './package-files.js';

export interface PackageLayer {
  entries: LayerEntry[];
  packageFiles?: PackageFile[];
  packageFilesIncomplete?: boolean;
}

export const UNOWNED_GROUPS = 50;

interface Node {
  children: Map<string, Node> | undefined;
  file: boolean;
  size: number;
  kept: PackageFile | undefined;
  /** The index of the layer that wrote it last. */
  layer: number;
}

const newNode = (): Node => ({ children: undefined, file: false, size: 0, kept: undefined, layer: -1 });

export interface FinalTree {
  /** The final regular files: path → size. */
  sizes: Map<string, number>;
  /** The kept package-database texts by path, and what kind of file each is. */
  texts: Map<string, string>;
  kinds: Map<string, PackageFileKind>;
  /** The final regular files: path → the index of the layer that wrote it last. */
  writers: Map<string, number>;
}

/** The final regular files of ordered layers, with their sizes, writers and kept package-database texts. */
export function finalFiles(layers: PackageLayer[]): FinalTree {
  const root = newNode();
  const lookup = (path: string): { parent: Node; name: string } | undefined => {
    const parts = path.split('/');
    let node = root;
    for (let i = 0; i < parts.length - 1; i++) {
      const next = node.children?.get(parts[i]!);
      if (!next) return undefined;
      node = next;
    }
    return { parent: node, name: parts[parts.length - 1]! };
  };
  const place = (path: string): Node => {
    let node = root;
    for (const part of path.split('/')) {
      node.children ??= new Map();
      let next = node.children.get(part);
      if (!next) {
        next = newNode();
        node.children.set(part, next);
      }
      node = next;
    }
    return node;
  };
  for (const [index, layer] of layers.entries()) {
    for (const entry of layer.entries) {
      if (entry.kind === 'opaque') {
        const found = entry.path === '' ? undefined : lookup(entry.path);
        const node = entry.path === '' ? root : found?.parent.children?.get(found.name);
        if (node) node.children = undefined;
      } else if (entry.kind === 'whiteout') {
        const found = lookup(entry.path);
        found?.parent.children?.delete(found.name);
      }
    }
    const kept = new Map((layer.packageFiles ?? []).map((f) => [f.path, f]));
    for (const entry of layer.entries) {
      if (entry.kind === 'opaque' || entry.kind === 'whiteout') continue;
      const node = place(entry.path);
      if (entry.kind !== 'dir') node.children = undefined;
      node.file = entry.kind === 'file';
      node.size = entry.kind === 'file' ? entry.size : 0;
      node.kept = entry.kind === 'file' ? kept.get(entry.path) : undefined;
      node.layer = index;
    }
  }
  const sizes = new Map<string, number>();
  const texts = new Map<string, string>();
  const kinds = new Map<string, PackageFileKind>();
  const writers = new Map<string, number>();
  const walk = (node: Node, path: string): void => {
    if (node.file) {
      sizes.set(path, node.size);
      writers.set(path, node.layer);
      const kind = node.kept && keptFileKind(node.kept);
      if (node.kept && kind) {
        texts.set(path, node.kept.text);
        kinds.set(path, kind);
      }
    }
    if (node.children)
      for (const [name, child] of node.children) walk(child, path === '' ? name : `${path}/${name}`);
  };
  walk(root, '');
  return { sizes, texts, kinds, writers };
}

/** The npm package folder a path lies in (`a/node_modules/@s/x` for `a/node_modules/@s/x/lib/i.js`). */
function npmFolder(path: string): string | undefined {
  const at = path.lastIndexOf('node_modules/');
  if (at < 0 || (at > 0 && path[at - 1] !== '/')) return undefined;
  const rest = path.slice(at + 'node_modules/'.length).split('/');
  const take = rest[0]?.startsWith('@') ? 2 : 1;
  if (rest.length <= take) return undefined;
  return `${path.slice(0, at)}node_modules/${rest.slice(0, take).join('/')}`;
}

function unownedGroup(path: string): string {
  const parts = path.split('/');
  return parts.length <= 1 ? '/' : `/${parts.slice(0, Math.min(3, parts.length - 1)).join('/')}`;
}

/** The image's package inventory from its ordered layers. */
export function imagePackages(layers: PackageLayer[], tree?: FinalTree): PackageInventory {
  const { sizes, texts, kinds } = tree ?? finalFiles(layers);
  const claimed = new Set<string>();
  const packages: InstalledPackage[] = [];
  const claim = (pkg: Omit<InstalledPackage, 'bytes' | 'files'>, paths: Iterable<string>): void => {
    let bytes = 0;
    let files = 0;
    for (const path of paths) {
      const size = sizes.get(path);
      if (size === undefined || claimed.has(path)) continue;
      claimed.add(path);
      bytes += size;
      files++;
    }
    packages.push({ ...pkg, bytes, files });
  };
  const notRead = new Set<string>();

  // dpkg: the status file, and distroless's status.d files
  const debs = [
    ...parseDpkgStatus(texts.get('var/lib/dpkg/status') ?? ''),
    ...[...texts.entries()]
      .filter(([p]) => kinds.get(p) === 'dpkg-status-d')
      .flatMap(([p, t]) => parseDpkgStatus(t).map((r) => ({ ...r, file: p }))),
  ];
  const debNames = new Map<string, number>();
  for (const r of debs) debNames.set(r.name, (debNames.get(r.name) ?? 0) + 1);
  for (const r of debs) {
    const withArch = r.architecture ? `${r.name}:${r.architecture}` : r.name;
    const list =
      texts.get(`var/lib/dpkg/info/${withArch}.list`) ?? texts.get(`var/lib/dpkg/info/${r.name}.list`);
    const file = 'file' in r ? (r.file as string) : undefined;
    const md5 = file === undefined ? undefined : texts.get(`${file}.md5sums`);
    const paths = list !== undefined ? parseDpkgList(list) : md5 !== undefined ? md5.split('\n') : [];
    // the same name twice (Multi-Arch: same for two architectures): told apart by architecture
    claim(
      { ecosystem: 'deb', name: debNames.get(r.name)! > 1 ? withArch : r.name, version: r.version },
      paths,
    );
  }

  for (const r of parseApkInstalled(texts.get('lib/apk/db/installed') ?? ''))
    claim({ ecosystem: 'apk', name: r.name, version: r.version }, r.files);

  const npm = new Map<string, string[]>();
  const go: [string, string][] = [];
  const jars: [string, string][] = [];
  for (const [path, text] of texts) {
    const kind = kinds.get(path);
    if (kind === 'go-buildinfo') go.push([path, text]);
    if (kind === 'jar') jars.push([path, text]);
    if (kind === 'rpm-db') notRead.add('rpm');
    if (kind === 'python-metadata') {
      const meta = parsePythonMetadata(text);
      if (!meta) continue;
      const distInfo = posix.dirname(path);
      const site = posix.dirname(distInfo);
      const record = texts.get(`${distInfo}/RECORD`);
      const paths =
        record === undefined
          ? [...sizes.keys()].filter((p) => p.startsWith(`${distInfo}/`))
          : record
              .split('\n')
              .filter((p) => p !== '')
              .map((p) => posix.normalize(`${site}/${p}`));
      claim({ ecosystem: 'python', name: meta.name, version: meta.version, location: site }, paths);
    }
    if (kind === 'npm-package-json') npm.set(posix.dirname(path), []);
  }
  if (npm.size > 0) {
    for (const path of sizes.keys()) {
      const folder = npmFolder(path);
      if (folder !== undefined) npm.get(folder)?.push(path);
    }
    for (const [folder, paths] of npm) {
      const meta = parseNpmPackageJson(texts.get(`${folder}/package.json`)!);
      if (meta) claim({ ecosystem: 'npm', name: meta.name, version: meta.version, location: folder }, paths);
    }
  }

  // Go: each module a binary was built from, located at the binary; the main module owns the binary's bytes
  for (const [path, text] of go) {
    const { modules } = parseGoBuildInfo(text);
    for (const m of modules)
      claim({ ecosystem: 'golang', name: m.path, version: m.version, location: path }, m.main ? [path] : []);
  }

  // Java: each artifact a jar names; the first (the jar's own) owns the jar's bytes
  for (const [path, text] of jars)
    jarPackages(path, text).forEach((p, i) =>
      claim({ ecosystem: 'maven', name: p.name, version: p.version, location: path }, i === 0 ? [path] : []),
    );

  packages.sort(
    (a, b) =>
      a.ecosystem.localeCompare(b.ecosystem) ||
      a.name.localeCompare(b.name) ||
      (a.location ?? '').localeCompare(b.location ?? ''),
  );
  let fileBytes = 0;
  const groups = new Map<string, number>();
  for (const [path, size] of sizes) {
    fileBytes += size;
    if (claimed.has(path) || size === 0) continue;
    const group = unownedGroup(path);
    groups.set(group, (groups.get(group) ?? 0) + size);
  }
  const owned = packages.reduce((a, p) => a + p.bytes, 0);
  const inventory: PackageInventory = {
    packages,
    fileBytes,
    unownedBytes: fileBytes - owned,
    unowned: [...groups]
      .map(([path, bytes]) => ({ path, bytes }))
      .sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path))
      .slice(0, UNOWNED_GROUPS),
    notRead: [...notRead].sort(),
  };
  // /etc/os-release is usually a link to /usr/lib/os-release: the file that has content says
  const os = parseOsRelease(texts.get('etc/os-release') ?? texts.get('usr/lib/os-release') ?? '');
  if (os) inventory.os = os;
  if (layers.some((l) => l.packageFilesIncomplete)) inventory.incomplete = true;
  return inventory;
}
