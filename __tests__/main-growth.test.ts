// The action on a pull request that grows the image past `max-increase`, in process with the real adapters: a
// depth-1 checkout of GitHub's merge commit (as actions/checkout leaves it), a base and three commits where the
// second adds 5 MB. The job summary (rendered as the comment is) names that commit and its Dockerfile line; the
// missing history is fetched; `bisect-max-builds: 0` leaves the search out.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionIO } from '../src/action/io.js';
import { createDeps, noCache } from '../src/deps.js';
import { INPUT_NAMES } from '../src/inputs.js';
import { run } from '../src/main.js';
import { DOCKER, requireDocker } from './support/docker.js';
import { recordingLog } from './support/deps.js';
import { commit, git, initRepo, tempDir } from './support/git-repo.js';

let origin: string;
let tmp: string;
let workspace: string;
let base: string;
let second: string;
let head: string;
let merge: string;

beforeAll(() => {
  requireDocker();
  origin = initRepo(tempDir('growth-origin'));
  const dockerfile = 'FROM busybox:1.35\nRUN echo base > /base\n';
  base = commit(origin, { Dockerfile: dockerfile }, 'base');
  git(origin, 'checkout', '-q', '-b', 'feature');
  commit(origin, { Dockerfile: `${dockerfile}RUN echo one > /one\n` }, 'add one');
  const two = `${dockerfile}RUN echo one > /one\nRUN head -c 5000000 /dev/urandom > /blob\n`;
  second = commit(origin, { Dockerfile: two }, 'add data');
  head = commit(origin, { Dockerfile: `${two}RUN echo three > /three\n` }, 'add three');
  // GitHub's refs/pull/1/merge: the base branch merged with the pull request
  git(origin, 'checkout', '-q', '-b', 'pr-merge', 'main');
  git(origin, 'merge', '-q', '--no-ff', '-m', 'Merge feature into main', 'feature');
  merge = git(origin, 'rev-parse', 'HEAD');
  tmp = mkdtempSync(join(tmpdir(), 'ib-growth-ws-'));
  workspace = join(tmp, 'repo');
  mkdirSync(join(tmp, 'temp'));
  git(tmp, 'clone', '-q', '--depth=1', '--branch', 'pr-merge', `file://${origin}`, workspace);
});

afterAll(() => {
  rmSync(origin, { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
});

async function runAction(
  inputs: Record<string, string>,
): Promise<{ failed: string[]; summary: string; groups: string[] }> {
  const failed: string[] = [];
  let summary = '';
  const raw: Record<string, string> = {};
  for (const name of INPUT_NAMES) raw[name] = '';
  Object.assign(
    raw,
    { comment: 'false', optimize: 'false', baseline: 'build', 'max-increase': '1MB' },
    inputs,
  );
  const io: ActionIO = {
    env: {
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: join(tmp, 'temp'),
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REPOSITORY: 'octo/app',
      GITHUB_SHA: merge,
    },
    cwd: workspace,
    inputs: raw,
    payload: {
      pull_request: {
        number: 1,
        base: { sha: base, ref: 'main' },
        head: { sha: head, ref: 'feature', repo: { full_name: 'octo/app' } },
      },
    },
    setOutput: () => undefined,
    appendSummary: async (markdown) => void (summary += markdown),
    setFailed: (message) => void failed.push(message),
  };
  const log = recordingLog();
  const deps = createDeps({
    env: process.env,
    apiUrl: '',
    owner: 'octo',
    repo: 'app',
    log,
    cache: noCache,
    dockerClient: DOCKER,
  });
  await run(deps, io);
  return { failed, summary, groups: log.lines.filter((l) => l.level === 'group').map((l) => l.message) };
}

describe('a pull request over max-increase', () => {
  it('names the commit and the Dockerfile line that added the 5 MB', async () => {
    const { failed, summary, groups } = await runAction({});
    expect(failed).toHaveLength(1);
    // the depth-1 checkout had none of the three commits: they were fetched, the merge commit's head built
    expect(groups).toContain('which of 3 commits grew the image');
    expect(groups.filter((g) => g.startsWith('bisect: build'))).toHaveLength(3);
    expect(summary).toMatch(
      new RegExp(
        `Most of the growth came from ${second.slice(0, 7)} 'add data' \\(Dockerfile line 4, \\+5(\\.\\d+)? MB\\)`,
      ),
    );
  }, 600_000);

  it('bisect-max-builds: 0 leaves the search out', async () => {
    const { failed, summary } = await runAction({ 'bisect-max-builds': '0' });
    expect(failed).toHaveLength(1);
    expect(summary).toContain('**❌ fail:**');
    expect(summary).not.toContain('Most of the growth');
  }, 600_000);
});
