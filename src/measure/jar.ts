// What a Java archive says it is: the Maven coordinates of its `META-INF/maven/<group>/<artifact>/pom.properties`
// entries (a shaded jar carries one per bundled artifact), read through the zip central directory; else its file
// name (`name-1.2.3.jar`). A jar is held whole while it streams past only up to JAR_LIMIT bytes; a bigger one is
// named by its file name alone. Pure.
import { posix } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/** Jars up to this size are read for their pom.properties (bigger ones: file name only). */
export const JAR_LIMIT = 32 * 1024 * 1024;
/** A pom.properties longer than this is not one. */
const PROPERTIES_LIMIT = 64 * 1024;

const POM_PROPERTIES = /^META-INF\/maven\/[^/]+\/[^/]+\/pom\.properties$/;

export interface MavenCoordinates {
  groupId: string;
  artifactId: string;
  version: string;
}

/** The end of central directory record: where the directory is and how many entries it has. */
function centralDirectory(zip: Buffer): { offset: number; entries: number } | undefined {
  const earliest = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= earliest; at--) {
    if (zip.readUInt32LE(at) !== 0x06054b50) continue;
    let entries = zip.readUInt16LE(at + 10);
    let offset = zip.readUInt32LE(at + 16);
    // ZIP64: the locator right before the record points at the 64-bit record
    if (
      (entries === 0xffff || offset === 0xffffffff) &&
      at >= 20 &&
      zip.readUInt32LE(at - 20) === 0x07064b50
    ) {
      const record = Number(zip.readBigUInt64LE(at - 12));
      if (record + 56 > zip.length || zip.readUInt32LE(record) !== 0x06064b50) return undefined;
      entries = Number(zip.readBigUInt64LE(record + 32));
      offset = Number(zip.readBigUInt64LE(record + 48));
    }
    return offset < zip.length ? { offset, entries } : undefined;
  }
  return undefined;
}

/** The uncompressed bytes of the entry whose local header is at `local` (stored or deflated), bounded. */
function entryData(zip: Buffer, local: number, method: number, size: number): Buffer | undefined {
  if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) return undefined;
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  if (start + size > zip.length) return undefined;
  const raw = zip.subarray(start, start + size);
  if (method === 0) return raw.length > PROPERTIES_LIMIT ? undefined : raw;
  if (method !== 8) return undefined;
  try {
    return inflateRawSync(raw, { maxOutputLength: PROPERTIES_LIMIT });
  } catch {
    return undefined;
  }
}

/** The Maven coordinates in a jar's pom.properties entries, in central directory order; [] for a jar without any
 *  (or a file that is no zip). */
export function readJarCoordinates(zip: Buffer): MavenCoordinates[] {
  const dir = zip.length >= 22 ? centralDirectory(zip) : undefined;
  if (!dir) return [];
  const found: MavenCoordinates[] = [];
  let at = dir.offset;
  for (let i = 0; i < dir.entries && at + 46 <= zip.length; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) break;
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    if (POM_PROPERTIES.test(name) && (flags & 1) === 0) {
      const data = entryData(zip, zip.readUInt32LE(at + 42), method, compressed);
      const coordinates = data && parsePomProperties(data.toString('utf8'));
      if (coordinates) found.push(coordinates);
    }
    at = next;
  }
  return found;
}

/** groupId, artifactId and version of a pom.properties (Java properties: `key=value`, `key: value`, `#` comments). */
export function parsePomProperties(text: string): MavenCoordinates | undefined {
  const values = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([^#!\s:=][^\s:=]*)\s*[:=]?\s*(.*)$/.exec(line);
    if (m) values.set(m[1]!, m[2]!.trim());
  }
  const groupId = values.get('groupId');
  const artifactId = values.get('artifactId');
  const version = values.get('version');
  return groupId && artifactId && version !== undefined ? { groupId, artifactId, version } : undefined;
}

/** What is kept of a jar: one `pom\t<group>\t<artifact>\t<version>` line per pom.properties. */
export function reduceJar(zip: Buffer): string {
  return readJarCoordinates(zip)
    .map((c) => ['pom', c.groupId, c.artifactId, c.version].join('\t'))
    .join('\n');
}

/** Name and version from a jar's file name: `guava-31.1-jre.jar` → guava 31.1-jre; no version: the name alone. */
export function jarNameVersion(path: string): { name: string; version: string } {
  const base = posix.basename(path).replace(/\.jar$/i, '');
  const m = /^(.+)-(\d[^-]*(?:-[A-Za-z][^-]*)*)$/.exec(base);
  return m ? { name: m[1]!, version: m[2]! } : { name: base, version: '' };
}

/** The packages a jar stands for: its pom.properties coordinates (the one its file name names first: it owns the
 *  jar's bytes), else its file name. */
export function jarPackages(path: string, kept: string): { name: string; version: string }[] {
  const poms = kept
    .split('\n')
    .map((l) => l.split('\t'))
    .filter((f) => f[0] === 'pom' && f.length === 4)
    .map(([, groupId, artifactId, version]) => ({
      groupId: groupId!,
      artifactId: artifactId!,
      version: version!,
    }));
  if (poms.length === 0) return [jarNameVersion(path)];
  const file = jarNameVersion(path);
  const own = poms.findIndex((p) => p.artifactId === file.name);
  const ordered = own <= 0 ? poms : [poms[own]!, ...poms.filter((_, i) => i !== own)];
  return ordered.map((p) => ({ name: `${p.groupId}:${p.artifactId}`, version: p.version }));
}
