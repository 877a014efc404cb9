// The committed WebAssembly (src/measure/go-scan-wasm.ts) must be the compile of its source, wasm/go-scan.ts,
// as dist/ must be the bundle of src/.
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { ROOT } from '../support/dist.js';

describe('go-scan wasm', () => {
  it('src/measure/go-scan-wasm.ts is a fresh compile of wasm/go-scan.ts', () => {
    const out = execFileSync(process.execPath, ['scripts/build-wasm.mjs', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(out).toContain('matches');
  });
});
