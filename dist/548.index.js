export const id = 548;
export const ids = [548];
export const modules = {

/***/ 9548:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_MAX_BUILDS: () => (/* binding */ DEFAULT_MAX_BUILDS),
/* harmony export */   runBisect: () => (/* binding */ runBisect)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5217);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7975);
/* harmony import */ var _bisect_growth_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3781);
/* harmony import */ var _deps_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2967);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4200);
/* harmony import */ var _measure_layer_store_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8735);
/* harmony import */ var _pipeline_cleanup_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(9880);
/* harmony import */ var _report_growth_text_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4209);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9837);
/* harmony import */ var _report_units_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1871);
// `image-budget bisect`: which commit of `base..HEAD` (first parents) grew the image. Each probed commit is
// built from a worktree of that commit, the way `check` builds its base, and measured through the layer store;
// a binary search (src/bisect/search.ts) bounds the builds. Progress goes to stderr, the answer to stdout; exit
// 0 with an answer, 1 when the builds gave none, 2 for usage errors.













const DEFAULT_MAX_BUILDS = 6;
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
const processIO = {
    cwd: process.cwd(),
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
};
class BisectUsageError extends Error {
}
function gitRoot(dir) {
    try {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['-C', dir, 'rev-parse', '--show-toplevel'], {
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
        }).trim();
    }
    catch {
        return null;
    }
}
function maxBuilds(text) {
    if (text === undefined)
        return DEFAULT_MAX_BUILDS;
    const n = Number(text);
    if (!/^\d+$/.test(text.trim()) || n < 2)
        throw new BisectUsageError(`--max-builds ${JSON.stringify(text)}: give a whole number of at least 2 (the start of the range and HEAD are built first)`);
    return n;
}
function buildArgs(values) {
    try {
        return (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .parseBuildArgs */ .NQ)(values.join('\n'));
    }
    catch (error) {
        throw new BisectUsageError(`--build-arg: ${error instanceof Error ? error.message : String(error)}`);
    }
}
/** The commits to search, or a usage error naming what is wrong with the repository or the ref. */
async function commitRange(deps, repo, baseRef, dockerfile) {
    let base;
    try {
        base = await deps.git.resolve(repo, baseRef);
    }
    catch (error) {
        throw new BisectUsageError(`--base-ref: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (base === null)
        throw new BisectUsageError(`--base-ref ${JSON.stringify(baseRef)}: no such commit or ref in ${repo}. Give a branch, tag or commit (fetch it first if it is on a remote).`);
    const head = await deps.git.resolve(repo, 'HEAD');
    if (head === null)
        throw new BisectUsageError(`${repo} has no commits yet: commit the changes to search`);
    const start = await deps.git.mergeBase(repo, base, head);
    if (start === null)
        throw new BisectUsageError(`--base-ref ${JSON.stringify(baseRef)} and HEAD have no commit in common`);
    const commits = await deps.git.firstParentCommits(repo, start, head);
    if (commits.length === 0)
        throw new BisectUsageError(`no commits between ${JSON.stringify(baseRef)} and HEAD: HEAD is ${base === head ? 'that commit' : 'behind it'}, so nothing can have grown the image. Check out the branch to search, or give its base with --base-ref.`);
    if (!(await deps.git.exists(repo, head, dockerfile)))
        throw new BisectUsageError(`--dockerfile ${JSON.stringify(dockerfile)}: HEAD has no such file. Give the path of a committed Dockerfile.`);
    return { start, head, commits };
}
function textReport(range, baseRef, report, dockerfile) {
    const lines = [
        `bisect: ${(0,_report_units_js__WEBPACK_IMPORTED_MODULE_11__/* .plural */ .LS)(range.commits.length, 'commit')} from ${range.start.slice(0, 7)} (where HEAD left ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_10__/* .printable */ .g$)(baseRef)}) to ${range.head.slice(0, 7)} (HEAD), ${(0,_report_units_js__WEBPACK_IMPORTED_MODULE_11__/* .plural */ .LS)(report.builds, 'build')}`,
        (0,_report_growth_text_js__WEBPACK_IMPORTED_MODULE_9__/* .growthSentence */ .r)(report, dockerfile, 'terminal'),
    ];
    if (report.kind === 'found' && report.layer !== undefined) {
        const l = report.layer;
        const from = l.line === undefined ? '' : ` from line ${l.line}${l.instruction ? ` (${l.instruction})` : ''}`;
        lines.push(`  largest new layer: ${(0,_report_units_js__WEBPACK_IMPORTED_MODULE_11__/* .humanBytes */ .p6)(l.sizeBytes)}${from}, created by: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_10__/* .printable */ .g$)(l.createdBy).slice(0, 120)}`);
    }
    if (report.kind === 'found' && report.range.length > 1) {
        lines.push('  commits it narrowed down to:');
        for (const c of report.range)
            lines.push(`    ${c.sha.slice(0, 7)} ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_10__/* .printable */ .g$)(c.subject)}`);
    }
    return `${lines.join('\n')}\n`;
}
async function runBisect(argv, io = processIO, deps) {
    let args;
    try {
        args = (0,node_util__WEBPACK_IMPORTED_MODULE_4__.parseArgs)({
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
    }
    catch (error) {
        io.stderr(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
        return 2;
    }
    if (args.help) {
        io.stdout(USAGE);
        return 0;
    }
    const images = [];
    let realDeps;
    try {
        if (!['tty', 'json'].includes(args.format))
            throw new BisectUsageError('--format: use tty or json');
        const metric = args['size-metric'] ?? 'uncompressed';
        if (metric !== 'uncompressed' && metric !== 'compressed')
            throw new BisectUsageError('--size-metric: use uncompressed or compressed');
        const budget = maxBuilds(args['max-builds']);
        const build = buildArgs(args['build-arg'] ?? []);
        const repo = gitRoot(io.cwd);
        if (repo === null)
            throw new BisectUsageError(`${io.cwd} is not in a git repository: run bisect inside the repository whose commits to search`);
        const dockerfilePath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(io.cwd, args.dockerfile ?? 'Dockerfile');
        const contextPath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(io.cwd, args.context ?? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(args.dockerfile ?? 'Dockerfile'));
        const dockerfile = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(repo, dockerfilePath);
        const context = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(repo, contextPath) || '.';
        if (dockerfile.startsWith('..') || context.startsWith('..'))
            throw new BisectUsageError(`--dockerfile and --context must be inside the repository ${repo} (each commit is built from its own tree)`);
        const log = (0,_deps_js__WEBPACK_IMPORTED_MODULE_6__/* .stderrLog */ .bJ)(args.verbose === true);
        const layers = args['no-cache']
            ? undefined
            : (0,_deps_js__WEBPACK_IMPORTED_MODULE_6__/* .directoryLayerCache */ .hO)(args['cache-dir'] ?? (0,_measure_layer_store_js__WEBPACK_IMPORTED_MODULE_8__/* .defaultStoreDir */ .iB)(process.env), log);
        realDeps =
            deps ??
                (0,_deps_js__WEBPACK_IMPORTED_MODULE_6__/* .createDeps */ .F5)({
                    env: process.env,
                    apiUrl: '',
                    owner: '',
                    repo: '',
                    log,
                    cache: _deps_js__WEBPACK_IMPORTED_MODULE_6__/* .noCache */ .wt,
                    ...(layers ? { layers } : {}),
                });
        const baseRef = args['base-ref'] ?? 'origin/main';
        const range = await commitRange(realDeps, repo, baseRef, dockerfile);
        await realDeps.layers?.restore().catch(() => undefined);
        const report = await (0,_bisect_growth_js__WEBPACK_IMPORTED_MODULE_5__/* .findGrowthCommit */ .Cc)(realDeps, {
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
            tagPrefix: `image-budget-bisect-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(4).toString('hex')}`,
            tempDir: (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(),
        }, images);
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
                sentence: (0,_report_growth_text_js__WEBPACK_IMPORTED_MODULE_9__/* .growthSentence */ .r)(report, dockerfile, 'terminal'),
            };
            io.stdout(`${JSON.stringify(json, null, 2)}\n`);
        }
        else
            io.stdout(textReport(range, baseRef, report, dockerfile));
        return report.kind === 'unknown' ? 1 : 0;
    }
    catch (error) {
        io.stderr(`error: ${error instanceof Error ? error.message : String(error)}\n`);
        return error instanceof BisectUsageError ? 2 : 1;
    }
    finally {
        if (realDeps)
            await (0,_pipeline_cleanup_js__WEBPACK_IMPORTED_MODULE_12__/* .removeRunImages */ ._)(realDeps.docker, images).catch(() => undefined);
    }
}


/***/ })

};
