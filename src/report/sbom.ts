// The head image's packages as a CycloneDX 1.5 JSON document (an SBOM), so vulnerability scanners can take the
// inventory from here: one component per package with its package URL (purl) per ecosystem, and the image itself
// as `metadata.component`. cycloneDx is pure: the serial number and the time come in as arguments.
import { randomUUID } from 'node:crypto';
import packageJson from '../../package.json' with { type: 'json' };
import type { Ecosystem, ImageMeasurement, InstalledPackage, PackageInventory } from '../model.js';

/** The distribution of the image (os-release), the namespace of its deb and apk purls. */
type Os = PackageInventory['os'];

export interface SbomContext {
  /** `urn:uuid:…` of this document. */
  serialNumber: string;
  /** ISO 8601 time the document is written. */
  timestamp: string;
  /** image-budget's version, named as the tool that wrote it. */
  toolVersion: string;
}

/** Percent-encodes one purl segment (the spec's set: everything but letters, digits and `.-_~`). */
function enc(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The purl type and namespace/name of a package per ecosystem (purl-spec's types). */
function purlParts(
  p: InstalledPackage,
  os?: Os,
): { type: string; path: string[]; group?: string; name: string } {
  const split = (full: string, sep: string): [string | undefined, string] => {
    const at = full.lastIndexOf(sep);
    return at < 0 ? [undefined, full] : [full.slice(0, at), full.slice(at + 1)];
  };
  const types: Record<Ecosystem, string> = {
    deb: 'deb',
    apk: 'apk',
    npm: 'npm',
    python: 'pypi',
    golang: 'golang',
    maven: 'maven',
  };
  const type = types[p.ecosystem];
  switch (p.ecosystem) {
    case 'deb': {
      // a name told apart by architecture (`libc6:i386`) keeps the architecture as a qualifier, not in the name
      const [name] = p.name.split(':');
      return { type, path: [os?.id ?? 'debian'], name: name! };
    }
    case 'apk':
      return { type, path: [os?.id ?? 'alpine'], name: p.name };
    case 'npm': {
      const [scope, name] = p.name.startsWith('@') ? split(p.name, '/') : [undefined, p.name];
      return scope === undefined ? { type, path: [], name } : { type, path: [scope], group: scope, name };
    }
    case 'python':
      // PEP 503 normalised, as the pypi purl type asks
      return { type, path: [], name: p.name.toLowerCase().replace(/[-_.]+/g, '-') };
    case 'golang': {
      const [namespace, name] = split(p.name, '/');
      return namespace === undefined
        ? { type, path: [], name }
        : { type, path: namespace.split('/'), group: namespace, name };
    }
    case 'maven': {
      const [group, name] = split(p.name, ':');
      return group === undefined ? { type, path: [], name } : { type, path: [group], group, name };
    }
  }
}

/** The package URL of an installed package (`pkg:deb/debian/jq@1.6-2.1?arch=amd64&distro=debian-12`); deb and
 *  apk packages take their namespace and `distro` qualifier from the image's os-release when it has one. */
export function packageUrl(p: InstalledPackage, os?: Os): string {
  const parts = purlParts(p, os);
  const path = [...parts.path, parts.name].map(enc).join('/');
  const version = p.version === '' ? '' : `@${enc(p.version)}`;
  const qualifiers: string[] = [];
  if (p.ecosystem === 'deb' && p.name.includes(':')) qualifiers.push(`arch=${enc(p.name.split(':')[1]!)}`);
  if ((p.ecosystem === 'deb' || p.ecosystem === 'apk') && os?.versionId !== undefined)
    qualifiers.push(`distro=${enc(`${os.id}-${os.versionId}`)}`);
  return `pkg:${parts.type}/${path}${version}${qualifiers.length > 0 ? `?${qualifiers.join('&')}` : ''}`;
}

interface Component {
  type: 'library' | 'application' | 'container';
  'bom-ref': string;
  name: string;
  group?: string;
  version?: string;
  purl?: string;
  properties?: { name: string; value: string }[];
}

/** The CycloneDX 1.5 document of an image's packages (none listed for a measurement without an inventory). */
export function cycloneDx(image: ImageMeasurement, context: SbomContext): object {
  const inventory = image.packages ?? {
    packages: [],
    fileBytes: 0,
    unownedBytes: 0,
    unowned: [],
    notRead: [],
  };
  const refs = new Map<string, number>();
  const components = inventory.packages.map((p): Component => {
    const purl = packageUrl(p, inventory.os);
    // the same purl twice (one module in two binaries, one npm package in two folders): refs stay unique
    const seen = refs.get(purl) ?? 0;
    refs.set(purl, seen + 1);
    const parts = purlParts(p, inventory.os);
    const c: Component = {
      type: 'library',
      'bom-ref': seen === 0 ? purl : `${purl}#${seen + 1}`,
      name: parts.name,
    };
    if (parts.group !== undefined) c.group = parts.group;
    if (p.version !== '') c.version = p.version;
    c.purl = purl;
    const properties = [{ name: 'image-budget:installed-bytes', value: String(p.bytes) }];
    if (p.location !== undefined) properties.unshift({ name: 'image-budget:location', value: p.location });
    c.properties = properties;
    return c;
  });
  return {
    $schema: 'http://cyclonedx.org/schema/bom-1.5.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.5',
    serialNumber: context.serialNumber,
    version: 1,
    metadata: {
      timestamp: context.timestamp,
      tools: {
        components: [{ type: 'application', name: 'image-budget', version: context.toolVersion }],
      },
      component: { type: 'container', 'bom-ref': `image:${image.image}`, name: image.image },
      ...(inventory.incomplete || inventory.notRead.length > 0
        ? {
            properties: [
              ...(inventory.incomplete ? [{ name: 'image-budget:incomplete', value: 'true' }] : []),
              ...inventory.notRead.map((db) => ({ name: 'image-budget:not-read', value: db })),
            ],
          }
        : {}),
    },
    components,
  };
}

/** The document as the `sbom-file` input and the `--sbom` flag write it, at `nowMs`. */
export function sbomText(image: ImageMeasurement, nowMs: number): string {
  const document = cycloneDx(image, {
    serialNumber: `urn:uuid:${randomUUID()}`,
    timestamp: new Date(nowMs).toISOString(),
    toolVersion: packageJson.version,
  });
  return `${JSON.stringify(document, null, 2)}\n`;
}
