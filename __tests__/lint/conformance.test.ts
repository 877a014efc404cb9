// `npm run conformance` as part of the test suite: hadolint's own 1,050 spec cases, at least 95% per rule
// (the script's exit code) — here every case must pass, as it does today.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('hadolint conformance', () => {
  it('passes every spec case of every rule', () => {
    const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/conformance.ts'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.stdout).toMatch(/overall: 1050\/1050 cases pass/);
    expect(result.status).toBe(0);
  });
});
