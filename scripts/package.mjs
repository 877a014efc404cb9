// Compiles TypeScript, then bundles the action (dist/index.js) and the CLI (dist/cli.js, whose commands are
// separate chunks, dist/NNN.index.js, loaded when run) with ncc.
// ncc names modules after their paths, so the work folder is fixed (the bundle is byte-identical on every
// machine); a lock folder serialises concurrent runs, and dist/ is swapped in whole at the end.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, readdirSync, statSync } from 'node:fs';

const LOCK = '.tmp/package.lock';
const WORK = '.tmp/package';
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

mkdirSync('.tmp', { recursive: true });
for (let waited = 0; ; waited += 500) {
  try {
    mkdirSync(LOCK);
    break;
  } catch {
    // a lock older than 10 minutes belongs to a run that died
    const age = Date.now() - statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs;
    if (age > 600_000) rmSync(LOCK, { recursive: true, force: true });
    else if (waited > 900_000)
      throw new Error(`${LOCK} held for 15 minutes; remove it if no build is running`);
    sleep(500);
  }
}
try {
  rmSync(WORK, { recursive: true, force: true });
  run('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', `${WORK}/lib`]);
  mkdirSync(`${WORK}/dist`, { recursive: true });
  for (const entry of ['index', 'cli']) {
    const out = `${WORK}/ncc-${entry}`;
    run('npx', ['ncc', 'build', `${WORK}/lib/src/${entry}.js`, '-o', out, '--quiet']);
    for (const f of readdirSync(out)) {
      // the CLI's commands are chunks of their own (NNN.index.js, loaded on use); two bundles must not share a name
      const target = f === 'index.js' ? `${WORK}/dist/${entry}.js` : `${WORK}/dist/${f}`;
      if (existsSync(target) && f !== 'package.json')
        throw new Error(`ncc: ${entry} and another bundle both emit ${f}`);
      renameSync(`${out}/${f}`, target);
    }
  }
  rmSync('dist', { recursive: true, force: true });
  renameSync(`${WORK}/dist`, 'dist');
  rmSync(WORK, { recursive: true, force: true });
} finally {
  rmSync(LOCK, { recursive: true, force: true });
}
