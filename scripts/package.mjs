// Compiles TypeScript, then bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc.
// Works in a private temporary folder and swaps dist/ in at the end, so concurrent runs cannot mix files.
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, readdirSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const work = `.tmp/package-${process.pid}`;
rmSync(work, { recursive: true, force: true });
run('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', `${work}/lib`]);
mkdirSync(`${work}/dist`, { recursive: true });
for (const entry of ['index', 'cli']) {
  const out = `${work}/ncc-${entry}`;
  run('npx', ['ncc', 'build', `${work}/lib/${entry}.js`, '-o', out, '--quiet']);
  for (const f of readdirSync(out))
    renameSync(`${out}/${f}`, f === 'index.js' ? `${work}/dist/${entry}.js` : `${work}/dist/${f}`);
}
rmSync('dist', { recursive: true, force: true });
renameSync(`${work}/dist`, 'dist');
rmSync(work, { recursive: true, force: true });
