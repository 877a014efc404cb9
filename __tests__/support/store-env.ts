// Every test file gets a layer store of its own (a fresh temp directory), inherited by the processes it starts: no
// test reads or fills the user's ~/.cache/image-budget, and no file's result depends on what another left there.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

if (!process.env['IMAGE_BUDGET_TEST_KEEP_CACHE_DIR']) {
  process.env['IMAGE_BUDGET_CACHE_DIR'] = mkdtempSync(join(tmpdir(), 'ib-layer-store-'));
}
