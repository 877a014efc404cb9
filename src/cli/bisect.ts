// `image-budget bisect`: which commit of `base..HEAD` (first parents) grew the image. Each probed commit is
// built from a worktree of that commit, the way `check` builds its base, and measured through the layer store;
// a binary search (src/bisect/search.ts) bounds the builds. Progress goes to stderr, the answer to stdout; exit
// 0 with an answer, 1 when the builds gave none, 2 for usage errors.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Deps } from '../adapters.js';
import { findGrowthCommit, type GrowthReport } from '../bisect/growth.js';
import { createDeps, directoryLayerCache, noCache, stderrLog } from '../deps.js';
import type { CommitSummary } from '../git.js';
import { parseBuildArgs } from '../inputs.js';
import { defaultStoreDir } from '../measure/layer-store.js';
import { removeRunImages } from '../pipeline/cleanup.js';
import { growthSentence } from '../report/growth-text.js';
import { printable } from '../report/escape.js';
import { humanBytes, plural } from '../report/units.js';
import type { CheckIO } from './check.js';

export const DEFAULT_MAX_BUILDS = 6;

const USAGE = `usage: image-budget bisect --base-ref REF [options]

Builds commits of REF..HEAD (first parents) and names the one that grew the image most, with the
Dockerfile line of its largest new layer.

  --base-ref REF          where the range starts (default: origin/main); the search starts where HEAD left it
  --dockerfile FILE       Dockerfile (default: ./Dockerfile)
  --context DIR           build context (default: the Dockerfile's folder)
  --target STAGE          build stage
  --build-arg KEY=VALUE   a build argument (repeat for more)
  --max-builds N          most builds, the start and HEAD included (default: ${DEFAULT_MAX_BUILDS}, at least 2)
  --size-metric METRIC    uncompressed (default) or compressed
  --format FORMAT         tty (default) or json
  --cache-dir DIR         where layer measurements are kept between runs (as in check)
  --no-cache              measure every layer again and keep nothing
  --verbose               also print each engine command on stderr
`;

const processIO: CheckIO = {
  cwd: process.cwd(),
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
};

class BisectUsageError extends Error {}

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

function maxBuilds(text: string | undefined): number {
  if (text === undefined) return DEFAULT_MAX_BUILDS;
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || n < 2)
    throw new BisectUsageError(
      `--max-builds ${JSON.stringify(text)}: give a whole number of at least 2 (the start of the range and HEAD are built first)`,
    );
  return n;
}

function buildArgs(values: string[]): Record<string, string> {
  try {
    return parseBuildArgs(values.join('\n'));
  } catch (error: unknown) {
    throw new BisectUsageError(`--build-arg: ${error instanceof Error ? error.message : String(error)}`);
  }
}

interface Range {
  start: string;
  head: string;
  commits: CommitSummary[];
}

/** The commits to search, or a usage error naming what is wrong with the repository or the ref. */
async function commitRange(deps: Deps, repo: string, baseRef: string, dockerfile: string): Promise<Range> {
  let base: string | null;
  try {
    base = await deps.git.resolve(repo, baseRef);
  } catch (error: unknown) {
    throw new BisectUsageError(`--base-ref: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (base === null)
    throw new BisectUsageError(
      `--base-ref ${JSON.stringify(baseRef)}: no such commit or ref in ${repo}. Give a branch, tag or commit (fetch it first if it is on a remote).`,
    );
  const head = await deps.git.resolve(repo, 'HEAD');
  if (head === null) throw new BisectUsageError(`${repo} has no commits yet: commit the changes to search`);
  const start = await deps.git.mergeBase(repo, base, head);
  if (start === null)
    throw new BisectUsageError(`--base-ref ${JSON.stringify(baseRef)} and HEAD have no commit in common`);
  const commits = await deps.git.firstParentCommits(repo, start, head);
  if (commits.length === 0)
    throw new BisectUsageError(
      `no commits between ${JSON.stringify(baseRef)} and HEAD: HEAD is ${base === head ? 'that commit' : 'behind it'}, so nothing can have grown the image. Check out the branch to search, or give its base with --base-ref.`,
    );
  if (!(await deps.git.exists(repo, head, dockerfile)))
    throw new BisectUsageError(
      `--dockerfile ${JSON.stringify(dockerfile)}: HEAD has no such file. Give the path of a committed Dockerfile.`,
    );
  return { start, head, commits };
}

function textReport(range: Range, baseRef: string, report: GrowthReport, dockerfile: string): string {
  const lines = [
    `bisect: ${plural(range.commits.length, 'commit')} from ${range.start.slice(0, 7)} (where HEAD left ${printable(baseRef)}) to ${range.head.slice(0, 7)} (HEAD), ${plural(report.builds, 'build')}`,
    growthSentence(report, dockerfile, 'terminal'),
  ];
  if (report.kind === 'found' && report.layer !== undefined) {
    const l = report.layer;
    const from =
      l.line === undefined ? '' : ` from line ${l.line}${l.instruction ? ` (${l.instruction})` : ''}`;
    lines.push(
      `  largest new layer: ${humanBytes(l.sizeBytes)}${from}, created by: ${printable(l.createdBy).slice(0, 120)}`,
    );
  }
  if (report.kind === 'found' && report.range.length > 1) {
    lines.push('  commits it narrowed down to:');
    for (const c of report.range) lines.push(`    ${c.sha.slice(0, 7)} ${printable(c.subject)}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function runBisect(argv: string[], io: CheckIO = processIO, deps?: Deps): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        'base-ref': { type: 'string' },
        dockerfile: { type: 'string' },
        context: { type: 'string' },
        target: { type: 'string' },
        'build-arg': { type: 'string', multiple: true },
        'max-builds': { type: 'string' },
        'size-metric': { type: 'string' },
        format: { type: 'string', default: 'tty' },
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
  const images: string[] = [];
  let realDeps: Deps | undefined;
  try {
    if (!['tty', 'json'].includes(args.format!)) throw new BisectUsageError('--format: use tty or json');
    const metric = args['size-metric'] ?? 'uncompressed';
    if (metric !== 'uncompressed' && metric !== 'compressed')
      throw new BisectUsageError('--size-metric: use uncompressed or compressed');
    const budget = maxBuilds(args['max-builds']);
    const build = buildArgs(args['build-arg'] ?? []);
    const repo = gitRoot(io.cwd);
    if (repo === null)
      throw new BisectUsageError(
        `${io.cwd} is not in a git repository: run bisect inside the repository whose commits to search`,
      );
    const dockerfilePath = resolve(io.cwd, args.dockerfile ?? 'Dockerfile');
    const contextPath = resolve(io.cwd, args.context ?? dirname(args.dockerfile ?? 'Dockerfile'));
    const dockerfile = relative(repo, dockerfilePath);
    const context = relative(repo, contextPath) || '.';
    if (dockerfile.startsWith('..') || context.startsWith('..'))
      throw new BisectUsageError(
        `--dockerfile and --context must be inside the repository ${repo} (each commit is built from its own tree)`,
      );
    const log = stderrLog(args.verbose === true);
    const layers = args['no-cache']
      ? undefined
      : directoryLayerCache(args['cache-dir'] ?? defaultStoreDir(process.env), log);
    realDeps =
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
    const baseRef = args['base-ref'] ?? 'origin/main';
    const range = await commitRange(realDeps, repo, baseRef, dockerfile);
    await realDeps.layers?.restore().catch(() => undefined);
    const report = await findGrowthCommit(
      realDeps,
      {
        repo,
        base: range.start,
        commits: range.commits,
        build: {
          dockerfile,
          context,
          buildArgs: build,
          ...(args.target !== undefined ? { target: args.target } : {}),
        },
        metric,
        maxBuilds: budget,
        tagPrefix: `image-budget-bisect-${randomBytes(4).toString('hex')}`,
        tempDir: tmpdir(),
      },
      images,
    );
    await realDeps.layers?.save().catch(() => undefined);
    if (args.format === 'json') {
      const json = {
        baseRef,
        start: range.start,
        head: range.head,
        commits: range.commits,
        dockerfile,
        metric,
        maxBuilds: budget,
        result: report,
        sentence: growthSentence(report, dockerfile, 'terminal'),
      };
      io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    } else io.stdout(textReport(range, baseRef, report, dockerfile));
    return report.kind === 'unknown' ? 1 : 0;
  } catch (error: unknown) {
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return error instanceof BisectUsageError ? 2 : 1;
  } finally {
    if (realDeps) await removeRunImages(realDeps.docker, images).catch(() => undefined);
  }
}
