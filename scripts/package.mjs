// Compiles TypeScript to lib/, then bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc.
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, readdirSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
rmSync('dist', { recursive: true, force: true });
rmSync('lib', { recursive: true, force: true });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
mkdirSync('dist');
for (const entry of ['index', 'cli']) {
  const out = `.tmp/ncc-${entry}`;
  rmSync(out, { recursive: true, force: true });
  run('npx', ['ncc', 'build', `lib/${entry}.js`, '-o', out, '--quiet']);
  for (const f of readdirSync(out)) renameSync(`${out}/${f}`, f === 'index.js' ? `dist/${entry}.js` : `dist/${f}`);
}
rmSync('.tmp', { recursive: true, force: true });
