// `image-budget check --sbom FILE`, in process with the real adapters: the head image's CycloneDX document is
// written where the flag says (relative to the current directory), and an empty --sbom is a usage error.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCheck } from '../../src/cli/check.js';
import { requireDocker } from '../support/docker.js';

let dir: string;

beforeAll(() => {
  requireDocker();
  dir = mkdtempSync(join(tmpdir(), 'ib-check-sbom-'));
  const files: Record<string, string> = {
    Dockerfile: 'FROM busybox:1.35\nCOPY app/ /app/\n',
    'app/node_modules/left-pad/package.json': JSON.stringify({ name: 'left-pad', version: '1.3.0' }),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function check(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCheck(argv, {
    cwd: dir,
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
  });
  return { code, out, err };
}

describe('image-budget check --sbom', () => {
  it('writes the head image’s packages as CycloneDX 1.5', async () => {
    const { code, err } = await check([
      '--base-ref',
      'none',
      '--optimize',
      'false',
      '--no-cache',
      '--sbom',
      'out/bom.json',
    ]);
    expect([code, err]).toEqual([0, expect.any(String)]);
    const bom = JSON.parse(readFileSync(join(dir, 'out/bom.json'), 'utf8')) as {
      bomFormat: string;
      specVersion: string;
      components: { purl: string }[];
    };
    expect([bom.bomFormat, bom.specVersion]).toEqual(['CycloneDX', '1.5']);
    expect(bom.components.map((c) => c.purl)).toEqual(['pkg:npm/left-pad@1.3.0']);
  }, 300_000);

  it('an empty --sbom is a usage error naming the flag', async () => {
    const { code, err } = await check(['--sbom', '']);
    expect(code).toBe(2);
    expect(err).toContain('--sbom');
  });
});
