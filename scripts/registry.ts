// Debian's docker-registry on a free 127.0.0.1 port, storing in a folder of the caller's: the engine pushes to
// loopback registries without TLS. Used by the registry test and scripts/calibrate-gzip.ts.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface LocalRegistry {
  /** `127.0.0.1:PORT`, the prefix of image names pushed to it. */
  host: string;
  /** Layer sizes of `name:tag` as its image manifest (Docker schema 2 or OCI) lists them. */
  layerSizes(name: string, tag?: string): Promise<number[]>;
  stop(): void;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no free port on 127.0.0.1');
  return address.port;
}

/** Starts the registry and resolves once it answers. */
export async function startRegistry(dir: string): Promise<LocalRegistry> {
  const port = await freePort();
  mkdirSync(join(dir, 'storage'), { recursive: true });
  const config = join(dir, 'config.yml');
  writeFileSync(
    config,
    [
      'version: 0.1',
      'log:',
      '  level: error',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${join(dir, 'storage')}`,
      'http:',
      `  addr: 127.0.0.1:${port}`,
      '',
    ].join('\n'),
  );
  const child = spawn('/usr/bin/docker-registry', ['serve', config], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/v2/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i >= 100) {
      child.kill();
      throw new Error(`docker-registry did not answer on 127.0.0.1:${port}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    host: `127.0.0.1:${port}`,
    async layerSizes(name, tag = 'latest') {
      // the containerd image store pushes an OCI index (image + attestation manifests); the classic one a
      // Docker schema 2 manifest: ask for all of them and follow an index to its image manifest
      const accept = [
        'application/vnd.oci.image.index.v1+json',
        'application/vnd.oci.image.manifest.v1+json',
        'application/vnd.docker.distribution.manifest.list.v2+json',
        'application/vnd.docker.distribution.manifest.v2+json',
      ].join(', ');
      type Doc = {
        layers?: { size: number }[];
        manifests?: { digest: string; platform?: { os?: string } }[];
      };
      let ref = tag;
      for (let hops = 0; hops < 3; hops++) {
        const response = await fetch(`${base}/v2/${name}/manifests/${ref}`, { headers: { Accept: accept } });
        const doc = (await response.json()) as Doc;
        if (doc.layers) return doc.layers.map((l) => l.size);
        const image = doc.manifests?.find((m) => m.platform?.os !== 'unknown');
        if (!image) break;
        ref = image.digest;
      }
      throw new Error(`${name}:${tag}: no image manifest in the registry`);
    },
    stop: () => void child.kill(),
  };
}
