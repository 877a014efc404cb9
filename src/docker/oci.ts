// The image config inside an OCI image archive (`buildx build --output type=oci`), for an image that was exported
// instead of loaded. Only the small JSON documents are kept while the tar streams past; layers are skipped.
import { createReadStream } from 'node:fs';
import { extract as tarExtract } from 'tar-stream';

/** Index, manifests and config are small; anything bigger is a layer. */
const JSON_LIMIT = 4 << 20;

interface Descriptor {
  mediaType?: string;
  digest?: string;
  platform?: { os?: string; architecture?: string };
  annotations?: Record<string, string>;
}

export interface OciImageConfig {
  config?: Record<string, unknown> | null;
}

function isIndex(doc: { mediaType?: string; manifests?: unknown }): boolean {
  return Array.isArray(doc.manifests);
}

/** The image's config: index.json → (nested index →) the image manifest, not an attestation → config blob. */
export async function readOciConfig(file: string): Promise<OciImageConfig> {
  const docs = new Map<string, unknown>();
  const extract = tarExtract();
  createReadStream(file)
    .on('error', (e) => extract.destroy(e))
    .pipe(extract as unknown as NodeJS.WritableStream);
  for await (const entry of extract) {
    const name = entry.header.name.replace(/^\.?\/+/, '');
    if (entry.header.type !== 'file' || (entry.header.size ?? 0) > JSON_LIMIT) {
      entry.resume();
      continue;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk as Buffer);
    try {
      docs.set(name, JSON.parse(Buffer.concat(chunks).toString('utf8')));
    } catch {
      // not JSON: a small layer
    }
  }
  const blob = (digest: string | undefined): Record<string, unknown> | undefined =>
    digest
      ? (docs.get(`blobs/${digest.replace(':', '/')}`) as Record<string, unknown> | undefined)
      : undefined;
  let doc = docs.get('index.json') as Record<string, unknown> | undefined;
  for (let hops = 0; doc && isIndex(doc) && hops < 4; hops++) {
    const manifests = (doc['manifests'] as Descriptor[]).filter(
      (m) =>
        m.platform?.os !== 'unknown' &&
        m.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest',
    );
    doc = blob(manifests[0]?.digest);
  }
  const config = blob((doc?.['config'] as Descriptor | undefined)?.digest);
  if (!config) throw new Error(`${file}: no image config found in this OCI archive`);
  return config as OciImageConfig;
}
