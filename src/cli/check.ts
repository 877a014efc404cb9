// `image-budget check`: the action's pipeline on a local repository. The working tree (uncommitted changes
// included) is the head; the base is built from `--base-ref` (default origin/main) in a temporary worktree.
// Progress goes to stderr, the report to stdout; the exit code is the verdict (0 pass/warn, 1 fail, 2 usage).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Deps } from '../adapters.js';
import { createDeps, directoryLayerCache, noCache, stderrLog } from '../deps.js';
import { defaultStoreDir } from '../measure/layer-store.js';
import { InputError, parseInputs, type InputProblem } from '../inputs.js';
import { ConfigError } from '../lint/config.js';
import { removeRunImages } from '../pipeline/cleanup.js';
import { EngineMissingError } from '../docker/errors.js';
import { explainGrowth } from '../pipeline/growth.js';
import { reportData } from '../pipeline/report-data.js';
import { runPipeline, UsageError } from '../pipeline/run.js';
import { sbomText } from '../report/sbom.js';
import { renderSummary } from '../report/summary.js';
import { parseBuildArgFlags } from './build-args.js';
import { formatCheckText } from './check-text.js';

/** The bundled example the command checks when no Dockerfile is given and the current folder has none. */
export const EXAMPLE_DOCKERFILE = 'examples/static-site/Dockerfile';

const USAGE = `usage: image-budget check [options]

  --dockerfile FILE       Dockerfile (default: ./Dockerfile, else the bundled ${EXAMPLE_DOCKERFILE})
  --context DIR           build context (default: the Dockerfile's folder)
  --base-ref REF          commit or ref to compare with (default: origin/main; "none" for no baseline)
  --budget SIZE           largest allowed image, e.g. 150MB or 1.2GiB
  --max-increase LIMIT    growth that fails: 5%, 10MB or 10MB,5%
  --warn-increase LIMIT   growth that only warns, same forms
  --max-layers N          most layers allowed in the final image
  --bisect-max-builds N   when a growth limit is exceeded, build up to N commits of base..HEAD to name the one
                          that grew the image (default 6; 0: off)
  --size-metric METRIC    uncompressed (default) or compressed
  --target STAGE          build stage
  --build-arg NAME=value  a build argument for the builds and the lint (repeatable; NAME alone: the value of
                          the environment variable NAME, as docker build takes it)
  --builder NAME          build on a Docker context (another engine) or a buildx builder (see README)
  --optimize MODE         true (default), false or aggressive
  --smoke-test CMD        a command run with sh -c in the image (no network) that must exit 0; with fixes, it
                          runs in the optimized image too, and a fix that breaks it is not offered
  --format FORMAT         tty (default), markdown or json
  --sbom FILE             also write the head image's packages as a CycloneDX 1.5 JSON document (SBOM) to FILE
  --cache-dir DIR         where layer measurements are kept between runs (default: $IMAGE_BUDGET_CACHE_DIR,
                          else $XDG_CACHE_HOME/image-budget, else ~/.cache/image-budget)
  --no-cache              measure every layer again and keep nothing
  --verbose               also print each engine command and the layer store's decisions on stderr
`;

export interface CheckIO {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
}

const processIO: CheckIO = {
  cwd: process.cwd(),
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
};

function gitRoot(dir: string): string | null {
  try {
    return execFileSync('git', ['-C', dir, 'rev-parse', '--show-toplevel'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

/** No changes and no untracked files: the head measured is HEAD's tree. */
function workingTreeClean(repo: string): boolean {
  try {
    return (
      execFileSync('git', ['-C', repo, 'status', '--porcelain'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim() === ''
    );
  } catch {
    return false;
  }
}

/** origin/main when the clone has it; otherwise the last commit, so the check shows what the working tree changes. */
async function defaultBaseRef(deps: Deps, repo: string, io: CheckIO): Promise<string> {
  if ((await deps.git.resolve(repo, 'origin/main').catch(() => null)) !== null) return 'origin/main';
  if ((await deps.git.resolve(repo, 'HEAD').catch(() => null)) !== null) {
    io.stderr(
      'origin/main is not in this clone: comparing the working tree with HEAD (set --base-ref to choose)\n',
    );
    return 'HEAD';
  }
  return 'origin/main';
}

function kind(path: string): 'file' | 'directory' | null {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat === undefined ? null : stat.isDirectory() ? 'directory' : 'file';
}

/** What is wrong with the Dockerfile or context path, in the terms of the command line; null when both exist. */
function missingPath(
  dockerfilePath: string,
  dockerfileArg: string,
  given: boolean,
  contextPath: string,
  contextArg: string,
): string | null {
  const dockerfile = kind(dockerfilePath);
  if (dockerfile !== 'file') {
    const what = dockerfile === 'directory' ? 'is a directory, not a file' : 'no such file';
    return given
      ? `${dockerfileArg}: ${what}. Give the path of your Dockerfile with --dockerfile FILE (relative to the current directory or absolute).`
      : `no Dockerfile in the current directory (and no ${EXAMPLE_DOCKERFILE}): give one with --dockerfile FILE.`;
  }
  if (kind(contextPath) !== 'directory')
    return `${contextArg}: no such directory. Give the build context with --context DIR (default: the Dockerfile's directory).`;
  return null;
}

/** The input problems parseInputs found, named by the flags that set them (each input is a flag of the same name). */
function flagProblems(problems: InputProblem[]): string {
  const lines = problems.map((p) => `  --${p.input} ${JSON.stringify(p.value)}: ${p.message}`);
  return `${problems.length === 1 ? 'an option is' : `${problems.length} options are`} not valid:\n${lines.join('\n')}`;
}

export async function runCheck(argv: string[], io: CheckIO = processIO, deps?: Deps): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        dockerfile: { type: 'string' },
        context: { type: 'string' },
        'base-ref': { type: 'string' },
        budget: { type: 'string' },
        'max-increase': { type: 'string' },
        'warn-increase': { type: 'string' },
        'max-layers': { type: 'string' },
        'bisect-max-builds': { type: 'string' },
        'size-metric': { type: 'string' },
        target: { type: 'string' },
        'build-arg': { type: 'string', multiple: true },
        builder: { type: 'string' },
        optimize: { type: 'string' },
        'smoke-test': { type: 'string' },
        format: { type: 'string', default: 'tty' },
        sbom: { type: 'string' },
        'cache-dir': { type: 'string' },
        'no-cache': { type: 'boolean' },
        verbose: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error: unknown) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (!['tty', 'markdown', 'json'].includes(args.format!)) {
    io.stderr(`--format: use tty, markdown or json\n`);
    return 2;
  }
  if (args.sbom === '') {
    io.stderr('--sbom: give the file to write the SBOM to\n');
    return 2;
  }
  let buildArgs: Record<string, string>;
  try {
    buildArgs = parseBuildArgFlags(args['build-arg'] ?? [], process.env);
  } catch (error: unknown) {
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const dockerfileArg =
    args.dockerfile ?? (existsSync(join(io.cwd, 'Dockerfile')) ? 'Dockerfile' : EXAMPLE_DOCKERFILE);
  const dockerfilePath = resolve(io.cwd, dockerfileArg);
  const contextArg = args.context ?? dirname(dockerfileArg);
  const contextPath = resolve(io.cwd, contextArg);
  // Checked here, before the pipeline, so the message names the path as typed and the flag to change (the
  // pipeline's own message speaks of the action's inputs).
  const pathProblem = missingPath(
    dockerfilePath,
    dockerfileArg,
    args.dockerfile !== undefined,
    contextPath,
    contextArg,
  );
  if (pathProblem !== null) {
    io.stderr(`error: ${pathProblem}\n`);
    return 2;
  }
  const repo = gitRoot(dirname(dockerfilePath)) ?? io.cwd;
  const log = stderrLog(args.verbose === true);
  const layers = args['no-cache']
    ? undefined
    : directoryLayerCache(args['cache-dir'] ?? defaultStoreDir(process.env), log);
  const realDeps =
    deps ??
    createDeps({
      env: process.env,
      apiUrl: '',
      owner: '',
      repo: '',
      log,
      cache: noCache,
      ...(layers ? { layers } : {}),
    });
  const baseRef = args['base-ref'] ?? (await defaultBaseRef(realDeps, repo, io));
  const images: string[] = [];
  try {
    const parsedInputs = parseInputs({
      dockerfile: relative(repo, dockerfilePath),
      context: relative(repo, contextPath) || '.',
      budget: args.budget ?? '',
      'max-increase': args['max-increase'] ?? '',
      'warn-increase': args['warn-increase'] ?? '',
      'max-layers': args['max-layers'] ?? '',
      'bisect-max-builds': args['bisect-max-builds'] ?? '',
      'size-metric': args['size-metric'] ?? '',
      target: args.target ?? '',
      builder: args.builder ?? '',
      optimize: args.optimize ?? '',
      'smoke-test': args['smoke-test'] ?? '',
      baseline: baseRef === 'none' ? 'none' : 'build',
    });
    // the flags' values may hold what the input's one-a-line text cannot (a newline), so they are set as parsed
    const inputs = { ...parsedInputs, buildArgs };
    const useGit = gitRoot(repo) !== null && baseRef !== 'none';
    const tagPrefix = `image-budget-check-${randomBytes(4).toString('hex')}`;
    const result = await runPipeline(
      realDeps,
      {
        inputs,
        repo,
        ...(useGit
          ? { baseRef }
          : {
              noBaseReason:
                baseRef === 'none' ? 'no base ref (--base-ref none)' : `${repo} is not a git repository`,
            }),
        tempDir: tmpdir(),
        tagPrefix,
        pathNames: { dockerfile: '--dockerfile', context: '--context', config: 'the lint configuration' },
      },
      images,
    );
    if (!result.ok) {
      const f = result.failure;
      io.stderr(
        `error: ${result.dockerfile}${f.line ? `:${f.line}` : ''}: the image did not build${f.step ? ` (${f.step})` : ''}: ${f.message}\n`,
      );
      if (f.output.length) io.stderr(`${f.output.join('\n')}\n`);
      return 1;
    }
    const data = reportData(inputs, result, useGit ? { baseRef } : {});
    const headSha = useGit ? await realDeps.git.resolve(repo, 'HEAD') : null;
    if (headSha !== null) {
      const growth = await explainGrowth(
        realDeps,
        {
          inputs,
          repo,
          result,
          headSha,
          headIsCommit: workingTreeClean(repo),
          tagPrefix: `${tagPrefix}-commit`,
          tempDir: tmpdir(),
        },
        images,
      );
      if (growth !== undefined) data.growth = growth;
    }
    if (args.sbom !== undefined) {
      const sbomPath = resolve(io.cwd, args.sbom);
      try {
        await realDeps.fs.writeFile(sbomPath, sbomText(result.head, realDeps.clock.now()));
      } catch (error: unknown) {
        const why = error instanceof Error ? error.message : String(error);
        throw new Error(`--sbom ${args.sbom}: cannot write the SBOM (${why}); give a writable file path`);
      }
    }
    if (args.format === 'json') io.stdout(`${JSON.stringify(data, null, 2)}\n`);
    else if (args.format === 'markdown') io.stdout(`${renderSummary(data)}\n`);
    else io.stdout(formatCheckText(data));
    return result.verdict.status === 'fail' ? 1 : 0;
  } catch (error: unknown) {
    const message =
      error instanceof InputError
        ? flagProblems(error.problems)
        : error instanceof Error
          ? error.message
          : String(error);
    const usage =
      error instanceof InputError ||
      error instanceof ConfigError ||
      error instanceof UsageError ||
      error instanceof EngineMissingError;
    io.stderr(`error: ${message}\n`);
    return usage ? 2 : 1;
  } finally {
    await removeRunImages(realDeps.docker, images).catch(() => undefined);
  }
}
