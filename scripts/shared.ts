// Where the shared fixtures live (corpus, hadolint and dive conformance data): IMAGE_BUDGET_SHARED when set,
// else a `shared` folder beside the repository, else /work/shared. A clone anywhere on the machine finds them.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

function locate(): string {
  const candidates = [
    process.env['IMAGE_BUDGET_SHARED'],
    fileURLToPath(new URL('../../shared', import.meta.url)),
    '/work/shared',
  ];
  for (const dir of candidates) if (dir && existsSync(`${dir}/corpus/MANIFEST.tsv`)) return dir;
  throw new Error(
    'shared fixtures not found: set IMAGE_BUDGET_SHARED to the folder holding corpus/ and conformance/',
  );
}

export const SHARED = locate();
