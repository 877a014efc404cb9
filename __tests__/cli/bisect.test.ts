// `image-budget bisect`, in process with the real adapters (git, the Docker Engine, the layer store): a base and
// three commits where the second adds 5 MB; bisect names that commit and its Dockerfile line, says so in JSON
// too, reports a range when the build budget is too small, and explains the repositories it cannot search.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBisect } from '../../src/cli/bisect.js';
import { runCheck } from '../../src/cli/check.js';
import { requireDocker } from '../support/docker.js';
import { commit, initRepo, tempDir } from '../support/git-repo.js';

let repo: string;
let cacheDir: string;
let second: string;
const dirs: string[] = [];

const BASE = 'FROM busybox:1.35\nRUN echo base > /base\n';
const ONE = `${BASE}RUN echo one > /one\n`;
const TWO = `${ONE}RUN head -c 5000000 /dev/urandom > /blob\n`;
const THREE = `${TWO}RUN echo three > /three\n`;

beforeAll(() => {
  requireDocker();
  repo = initRepo(tempDir('bisect'));
  cacheDir = mkdtempSync(join(tmpdir(), 'ib-bisect-store-'));
  dirs.push(repo, cacheDir);
  commit(repo, { Dockerfile: BASE }, 'base');
  execFileSync('git', ['-C', repo, 'branch', 'base']);
  commit(repo, { Dockerfile: ONE }, 'add one');
  second = commit(repo, { Dockerfile: TWO }, 'add data');
  commit(repo, { Dockerfile: THREE }, 'add three');
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function check(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCheck(argv, {
    cwd: repo,
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
  });
  return { code, out, err };
}

async function bisect(argv: string[], cwd = repo): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runBisect(argv, {
    cwd,
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
  });
  return { code, out, err };
}

describe('image-budget bisect', () => {
  it('names the commit that added 5 MB and its Dockerfile line', async () => {
    const r = await bisect(['--base-ref', 'base', '--cache-dir', cacheDir]);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toContain('bisect: 3 commits from ');
    expect(r.out).toMatch(
      new RegExp(
        `Most of the growth came from ${second.slice(0, 7)} 'add data' \\(Dockerfile line 4, \\+5(\\.\\d+)? MB\\)`,
      ),
    );
    expect(r.out).toMatch(
      /largest new layer: 5(\.\d+)? MB from line 4 \(RUN\), created by: .*head -c 5000000/,
    );
  }, 600_000);

  it('--format json: the commit, the bytes, the line and the builds it took', async () => {
    const r = await bisect(['--base-ref', 'base', '--cache-dir', cacheDir, '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      commits: { sha: string; subject: string }[];
      result: {
        kind: string;
        commit: { sha: string; subject: string };
        bytes: number;
        layer: { line: number; instruction: string; sizeBytes: number };
        builds: number;
      };
    };
    expect(json.commits.map((c) => c.subject)).toEqual(['add one', 'add data', 'add three']);
    expect(json.result).toMatchObject({
      kind: 'found',
      commit: { sha: second, subject: 'add data' },
      layer: { line: 4, instruction: 'RUN' },
      builds: 4,
    });
    expect(json.result.bytes).toBeGreaterThanOrEqual(5_000_000);
    expect(json.result.bytes).toBeLessThan(5_100_000);
    expect(json.result.layer.sizeBytes).toBeGreaterThanOrEqual(5_000_000);
  }, 600_000);

  it('a budget of 2 builds reports the three commits it could not split, not a guess', async () => {
    const r = await bisect(['--base-ref', 'base', '--cache-dir', cacheDir, '--max-builds', '2']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Most of the growth came from one of the 3 commits');
    expect(r.out).toContain('the build budget (2) ran out');
    expect(r.out).toContain('add data');
  }, 600_000);

  it('usage errors name the problem and exit 2', async () => {
    const notRepo = tempDir('bisect-norepo');
    dirs.push(notRepo);
    const none = await bisect(['--base-ref', 'main'], notRepo);
    expect(none.code).toBe(2);
    expect(none.err).toContain('is not in a git repository');

    const unknown = await bisect(['--base-ref', 'no-such-branch']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('--base-ref "no-such-branch": no such commit or ref');

    const empty = await bisect(['--base-ref', 'HEAD']);
    expect(empty.code).toBe(2);
    expect(empty.err).toContain('no commits between "HEAD" and HEAD');

    const budget = await bisect(['--base-ref', 'base', '--max-builds', '1']);
    expect(budget.code).toBe(2);
    expect(budget.err).toContain('--max-builds "1"');

    const help = await bisect(['--help']);
    expect([help.code, help.err]).toEqual([0, '']);
    expect(help.out).toContain('--max-builds N');
  });
});

describe('image-budget check over a growth limit', () => {
  const args = ['--base-ref', 'base', '--max-increase', '1MB', '--optimize', 'false', '--cache-dir'];

  it('names the commit and the line that grew the image in its text report', async () => {
    const r = await check([...args, cacheDir]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('FAIL: uncompressed size grew by 5');
    expect(r.out).toMatch(
      new RegExp(
        `\\n  Most of the growth came from ${second.slice(0, 7)} 'add data' \\(Dockerfile line 4, \\+5(\\.\\d+)? MB\\)\\.\\n`,
      ),
    );
  }, 600_000);

  it('says it in the Markdown report and the JSON too', async () => {
    const md = await check([...args, cacheDir, '--format', 'markdown']);
    expect(md.out).toMatch(
      new RegExp(`Most of the growth came from ${second.slice(0, 7)} 'add data' \\(Dockerfile line 4, \\+5`),
    );
    const json = await check([...args, cacheDir, '--format', 'json']);
    const report = JSON.parse(json.out) as {
      growth: { kind: string; commit: { sha: string }; builds: number };
    };
    // base and head were measured by the comparison (HEAD is clean): only the two commits between are built
    expect(report.growth).toMatchObject({ kind: 'found', commit: { sha: second }, builds: 2 });
  }, 600_000);

  it('--bisect-max-builds 0 turns the search off; a growth within the limit never starts it', async () => {
    const off = await check([...args, cacheDir, '--bisect-max-builds', '0']);
    expect(off.code).toBe(1);
    expect(off.out).not.toContain('Most of the growth');
    const within = await check([
      '--base-ref',
      'base',
      '--max-increase',
      '10MB',
      '--optimize',
      'false',
      '--cache-dir',
      cacheDir,
    ]);
    expect(within.code).toBe(0);
    expect(within.out).not.toContain('Most of the growth');
    const bad = await check([...args, cacheDir, '--bisect-max-builds', 'many']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--bisect-max-builds "many"');
  }, 600_000);
});
