// The package diff between two images (base → head, head → optimized), from their package inventories (pure).
// Packages are matched by ecosystem, name and (npm, Python) folder. The byte changes add up exactly:
// Δ fileBytes = Σ change.deltaBytes + sameVersionDeltaBytes + unowned.deltaBytes.
import type { InstalledPackage, PackageInventory } from '../model.js';
import type { PackageChange, PackageDiff } from './types.js';

/** How many unowned folders the diff lists (the totals count them all). */
const UNOWNED_SHOWN = 20;

/**
 * Orders two version strings the way dpkg does (epoch, then upstream version and revision compared as alternating
 * runs of non-digits and numbers, `~` sorting before everything, even the end). Used for every ecosystem: it
 * orders semver, PEP 440 release numbers and apk's `-rN` the same way as their own tools in all ordinary cases.
 */
export function compareVersions(a: string, b: string): number {
  const split = (v: string): [number, string, string] => {
    const colon = v.indexOf(':');
    const epoch = colon > 0 && /^\d+$/.test(v.slice(0, colon)) ? Number(v.slice(0, colon)) : 0;
    const rest = colon > 0 && /^\d+$/.test(v.slice(0, colon)) ? v.slice(colon + 1) : v;
    const dash = rest.lastIndexOf('-');
    return dash < 0 ? [epoch, rest, ''] : [epoch, rest.slice(0, dash), rest.slice(dash + 1)];
  };
  const [ea, ua, ra] = split(a);
  const [eb, ub, rb] = split(b);
  if (ea !== eb) return ea < eb ? -1 : 1;
  return comparePart(ua, ub) || comparePart(ra, rb);
}

function order(c: string | undefined): number {
  if (c === undefined) return 0;
  if (c === '~') return -1;
  if (/[A-Za-z]/.test(c)) return c.charCodeAt(0);
  return c.charCodeAt(0) + 256;
}

function comparePart(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    // non-digit runs, character by character
    while ((i < a.length && !/\d/.test(a[i]!)) || (j < b.length && !/\d/.test(b[j]!))) {
      const ca = i < a.length && !/\d/.test(a[i]!) ? a[i] : undefined;
      const cb = j < b.length && !/\d/.test(b[j]!) ? b[j] : undefined;
      const d = order(ca) - order(cb);
      if (d !== 0) return d < 0 ? -1 : 1;
      if (ca !== undefined) i++;
      if (cb !== undefined) j++;
    }
    let na = '';
    let nb = '';
    while (i < a.length && /\d/.test(a[i]!)) na += a[i++];
    while (j < b.length && /\d/.test(b[j]!)) nb += b[j++];
    const x = BigInt(na === '' ? '0' : na);
    const y = BigInt(nb === '' ? '0' : nb);
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

const keyOf = (p: InstalledPackage): string => `${p.ecosystem}\n${p.name}\n${p.location ?? ''}`;

function change(before: InstalledPackage | undefined, after: InstalledPackage | undefined): PackageChange {
  const p = (after ?? before)!;
  const baseBytes = before?.bytes ?? 0;
  const headBytes = after?.bytes ?? 0;
  const kind: PackageChange['kind'] =
    before === undefined
      ? 'added'
      : after === undefined
        ? 'removed'
        : compareVersions(before.version, after.version) < 0
          ? 'upgraded'
          : 'downgraded';
  const c: PackageChange = {
    ecosystem: p.ecosystem,
    name: p.name,
    kind,
    baseBytes,
    headBytes,
    deltaBytes: headBytes - baseBytes,
  };
  if (p.location !== undefined) c.location = p.location;
  if (before) c.baseVersion = before.version;
  if (after) c.headVersion = after.version;
  return c;
}

/** The package diff of two inventories; undefined when neither image has one. */
export function diffPackages(
  base: PackageInventory | undefined,
  head: PackageInventory | undefined,
): PackageDiff | undefined {
  if (base === undefined && head === undefined) return undefined;
  const empty: PackageInventory = { packages: [], fileBytes: 0, unownedBytes: 0, unowned: [], notRead: [] };
  const b = base ?? empty;
  const h = head ?? empty;
  const before = new Map(b.packages.map((p) => [keyOf(p), p]));
  const after = new Map(h.packages.map((p) => [keyOf(p), p]));
  const changes: PackageChange[] = [];
  let sameVersionDeltaBytes = 0;
  for (const [key, p] of after) {
    const old = before.get(key);
    if (old !== undefined && old.version === p.version) sameVersionDeltaBytes += p.bytes - old.bytes;
    else changes.push(change(old, p));
  }
  for (const [key, p] of before) if (!after.has(key)) changes.push(change(p, undefined));
  changes.sort(
    (x, y) =>
      y.deltaBytes - x.deltaBytes ||
      x.ecosystem.localeCompare(y.ecosystem) ||
      x.name.localeCompare(y.name) ||
      (x.location ?? '').localeCompare(y.location ?? ''),
  );
  const groups = new Map<string, number>();
  for (const g of h.unowned) groups.set(g.path, g.bytes);
  for (const g of b.unowned) groups.set(g.path, (groups.get(g.path) ?? 0) - g.bytes);
  const diff: PackageDiff = {
    changes,
    sameVersionDeltaBytes,
    fileBytes: { base: b.fileBytes, head: h.fileBytes, delta: h.fileBytes - b.fileBytes },
    unowned: {
      baseBytes: b.unownedBytes,
      headBytes: h.unownedBytes,
      deltaBytes: h.unownedBytes - b.unownedBytes,
      folders: [...groups]
        .filter(([, delta]) => delta !== 0)
        .map(([path, deltaBytes]) => ({ path, deltaBytes }))
        .sort((x, y) => y.deltaBytes - x.deltaBytes || x.path.localeCompare(y.path))
        .slice(0, UNOWNED_SHOWN),
    },
    notRead: [...new Set([...b.notRead, ...h.notRead])].sort(),
  };
  if (b.incomplete || h.incomplete) diff.incomplete = true;
  return diff;
}
