// The action's `build-args` input (and `image-budget check --build-arg`) reaches every lint of a run, as it reaches
// the builds: real pipeline runs (in process, the real Docker Engine) whose build arguments change what BuildKit's
// checks report on the head and on the base Dockerfile.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCheck } from '../../src/cli/check.js';
import { tmpdir } from 'node:os';
import { parseInputs } from '../../src/inputs.js';
import { removeRunImages } from '../../src/pipeline/cleanup.js';
import { runPipeline, type PipelineSuccess } from '../../src/pipeline/run.js';
import { testDeps } from '../support/deps.js';
import { requireDocker } from '../support/docker.js';
import { commit, initRepo, tempDir } from '../support/git-repo.js';

// line 1: FromAsCasing ('as' beside 'FROM'); line 2: UndefinedVar ($UNSET in V's default)
const DOCKERFILE = 'FROM busybox:1.35 as base\nARG V=$UNSET\nRUN echo "$V" > /v\n';

const dirs: string[] = [];
beforeAll(() => requireDocker());
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function run(buildArgs: string): Promise<PipelineSuccess> {
  const repo = initRepo(tempDir('build-args'));
  dirs.push(repo);
  const baseRef = commit(repo, { Dockerfile: DOCKERFILE }, 'base');
  const deps = testDeps();
  const images: string[] = [];
  try {
    const result = await runPipeline(
      deps,
      {
        inputs: parseInputs({
          'build-args': buildArgs,
          optimize: 'false',
          baseline: 'build',
          comment: 'false',
        }),
        repo,
        baseRef,
        tempDir: tmpdir(),
        tagPrefix: `ib-test-build-args-${Math.random().toString(16).slice(2, 10)}`,
      },
      images,
    );
    if (!result.ok) throw new Error(result.failure.message);
    return result;
  } finally {
    await removeRunImages(deps.docker, images);
  }
}

const codes = (findings: { line: number; rule: string }[] | null): string[] =>
  (findings ?? []).map((f) => `${f.line} ${f.rule}`);

describe('the build-args input', () => {
  test('without it, the head and the base are linted as the file alone reads', async () => {
    const result = await run('');
    expect(codes(result.findings)).toEqual(['1 FromAsCasing', '2 UndefinedVar']);
    expect(result.baseline.available && codes(result.baseline.findings)).toEqual([
      '1 FromAsCasing',
      '2 UndefinedVar',
    ]);
  }, 300_000);

  test('reaches the head’s and the base’s lint: BUILDKIT_DOCKERFILE_CHECK and an ARG’s value', async () => {
    const result = await run('BUILDKIT_DOCKERFILE_CHECK=skip=FromAsCasing\nV=given\n');
    expect(result.buildOptions.buildArgs).toEqual({
      BUILDKIT_DOCKERFILE_CHECK: 'skip=FromAsCasing',
      V: 'given',
    });
    expect(codes(result.findings)).toEqual([]);
    expect(result.baseline.available && codes(result.baseline.findings)).toEqual([]);
  }, 300_000);
});

describe('image-budget check --build-arg', () => {
  const check = async (repo: string, argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await runCheck(
      argv,
      { cwd: repo, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
      testDeps(),
    );
    return { code, stdout, stderr };
  };

  test('its values reach the lint of the run', async () => {
    const repo = tempDir('check-build-args');
    dirs.push(repo);
    writeFileSync(join(repo, 'Dockerfile'), DOCKERFILE);
    const argv = ['--base-ref', 'none', '--optimize', 'false', '--format', 'json', '--no-cache'];
    const rules = async (extra: string[]): Promise<string[]> => {
      const r = await check(repo, [...argv, ...extra]);
      expect(r.code).toBe(0);
      return codes((JSON.parse(r.stdout) as { findings: { line: number; rule: string }[] }).findings);
    };
    expect(await rules([])).toEqual(['1 FromAsCasing', '2 UndefinedVar']);
    expect(await rules(['--build-arg', 'V=given', '--build-arg=BUILDKIT_DOCKERFILE_CHECK=skip=all'])).toEqual(
      [],
    );
  }, 300_000);

  test('an invalid one exits 2 naming the flag, before anything is built', async () => {
    const r = await check(tempDir('check-build-args'), ['--build-arg', '=x']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'error: --build-arg "=x": no name before "="; write --build-arg NAME=value (NAME: letters, digits, _), or --build-arg NAME to take the value from the environment\n',
    });
  });
});
