export const id = 171;
export const ids = [171];
export const modules = {

/***/ 2967:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F5: () => (/* binding */ createDeps),
  hO: () => (/* binding */ directoryLayerCache),
  wt: () => (/* binding */ noCache),
  yn: () => (/* binding */ realFileSystem),
  bJ: () => (/* binding */ stderrLog)
});

// UNUSED EXPORTS: actionsCache, actionsLayerCache, actionsLog, measureWith, realClock

// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 338 modules
var lib_cache = __webpack_require__(2684);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.tmp/package/lib/src/docker/cli.js + 2 modules
var cli = __webpack_require__(437);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/git.js
// The git adapter: every command is an argument array run with execFile (never a shell), so refs and paths from
// a pull request cannot inject options or commands. Used to get the base commit and check it out on the side.



class GitError extends Error {
    args;
    exitCode;
    stderr;
    constructor(args, exitCode, stderr) {
        super(`git ${args.join(' ')} failed (${exitCode ?? 'not started'}): ${stderr
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean)
            .slice(-2)
            .join(' | ')}`);
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.name = 'GitError';
    }
}
/** Refuses refs that git would read as options or that carry control characters. */
function checkRef(ref) {
    if (ref === '' || ref.startsWith('-') || /[\0-\x1f\x7f\s]/.test(ref) || ref.includes('..')) {
        throw new Error(`"${ref}" is not a usable git ref (it must not start with "-", contain spaces or "..")`);
    }
    return ref;
}
function runGit(repo, args) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)('git', ['-C', repo, ...args], { maxBuffer: 64 * 1024 * 1024, env: gitEnv() }, (error, stdout, stderr) => {
            if (error) {
                const code = typeof error.code === 'number' ? error.code : null;
                reject(new GitError(args, code, String(stderr || error.message)));
            }
            else
                resolve(String(stdout));
        });
    });
}
function gitEnv() {
    // Never prompt for credentials in CI; a missing credential must fail, not hang.
    return { ...process.env, GIT_TERMINAL_PROMPT: '0' };
}
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;
function createGit() {
    return {
        async resolve(repo, ref) {
            try {
                const out = await runGit(repo, [
                    'rev-parse',
                    '--verify',
                    '--quiet',
                    '--end-of-options',
                    `${checkRef(ref)}^{commit}`,
                ]);
                return out.trim() || null;
            }
            catch (error) {
                if (error instanceof GitError)
                    return null;
                throw error;
            }
        },
        async fetch(repo, ref) {
            checkRef(ref);
            // `origin/main` names a remote-tracking branch: fetch `main` into it.
            const branch = ref.startsWith('origin/') ? ref.slice('origin/'.length) : null;
            const refspec = branch !== null
                ? `+refs/heads/${branch}:refs/remotes/origin/${branch}`
                : SHA.test(ref)
                    ? ref
                    : `+${ref}`;
            await runGit(repo, [
                'fetch',
                '--no-tags',
                '--no-recurse-submodules',
                '--depth=1',
                'origin',
                '--',
                refspec,
            ]);
        },
        async exists(repo, sha, path) {
            try {
                await runGit(repo, ['cat-file', '-e', `${checkRef(sha)}:${path.replace(/^\.\//, '')}`]);
                return true;
            }
            catch (error) {
                if (error instanceof GitError)
                    return false;
                throw error;
            }
        },
        async addWorktree(repo, sha, parent) {
            const dir = (0,external_node_path_.join)(await (0,promises_.mkdtemp)((0,external_node_path_.join)(parent, 'image-budget-base-')), 'tree');
            await runGit(repo, ['worktree', 'add', '--detach', '--force', '--', dir, checkRef(sha)]);
            return dir;
        },
        async firstParentCommits(repo, base, head) {
            const out = await runGit(repo, [
                'log',
                '--first-parent',
                '--reverse',
                '--format=%H%x00%s',
                '--end-of-options',
                `${checkRef(base)}..${checkRef(head)}`,
                '--',
            ]);
            return out
                .split('\n')
                .filter((l) => l.includes('\0'))
                .map((l) => {
                const [sha, subject] = l.split('\0');
                return { sha, subject };
            });
        },
        async mergeBase(repo, a, b) {
            try {
                const out = await runGit(repo, ['merge-base', '--end-of-options', checkRef(a), checkRef(b)]);
                return out.trim() || null;
            }
            catch (error) {
                if (error instanceof GitError)
                    return null;
                throw error;
            }
        },
        diff: (repo, sha, path) => runGit(repo, ['diff', '--no-color', '--no-ext-diff', '-U0', checkRef(sha), '--', path]),
        async removeWorktree(repo, dir) {
            try {
                await runGit(repo, ['worktree', 'remove', '--force', '--', dir]);
            }
            finally {
                await (0,promises_.rm)((0,external_node_path_.join)(dir, '..'), { recursive: true, force: true });
                await runGit(repo, ['worktree', 'prune']).catch(() => undefined);
            }
        },
    };
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/github/types.js
// The GitHub adapter's contract: the few REST calls the action makes. main.ts and the sticky-comment logic only
// see this interface, so tests can run them against a loopback server without patching modules.
class GitHubError extends Error {
    kind;
    status;
    constructor(kind, status, message) {
        super(message);
        this.kind = kind;
        this.status = status;
        this.name = 'GitHubError';
    }
    /** Another attempt later may succeed (a 5xx or no answer). */
    get transient() {
        return this.kind === 'server' || this.kind === 'unreachable';
    }
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/github/errors.js
// Turns an HTTP failure into a GitHubError the action can act on, and decides whether a call is worth another
// attempt: a 5xx or no answer at all (network error, timeout) is retried with backoff, a short rate limit is
// waited out once, everything else is final.

/** Longest wait for a rate limit reset the action accepts before giving up on the comment. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 60;
/** Waits before the 2nd, 3rd and 4th attempt of a call that got a 5xx or no answer. */
const TRANSIENT_RETRY_DELAYS = [1, 2, 4];
function header(failure, name) {
    const value = failure.headers[name];
    return value === undefined ? undefined : String(value);
}
/** A failure another attempt may cure: the server erred, or nothing answered. */
function isTransient(failure) {
    return failure.status === undefined || failure.status >= 500;
}
/** Seconds until the rate limit lifts, or undefined when the failure is not rate limiting. */
function rateLimitWait(failure, nowSeconds) {
    if (failure.status !== 403 && failure.status !== 429)
        return undefined;
    const retryAfter = header(failure, 'retry-after');
    if (retryAfter !== undefined && /^\d+$/.test(retryAfter))
        return Number(retryAfter);
    if (header(failure, 'x-ratelimit-remaining') === '0') {
        const reset = Number(header(failure, 'x-ratelimit-reset'));
        return Number.isFinite(reset)
            ? Math.max(0, Math.ceil(reset - nowSeconds))
            : MAX_RATE_LIMIT_WAIT_SECONDS + 1;
    }
    if (failure.status === 429 || /rate limit/i.test(failure.message))
        return MAX_RATE_LIMIT_WAIT_SECONDS + 1;
    return undefined;
}
/** The error for a failure after `attempts` attempts (1 when the call was not retried). */
function classifyFailure(failure, nowSeconds, attempts = 1) {
    const { status } = failure;
    const tries = attempts > 1 ? ` (${attempts} attempts)` : '';
    if (status === undefined) {
        return new GitHubError('unreachable', status, failure.timedOut
            ? `GitHub did not answer in time${tries}`
            : `GitHub could not be reached${tries}: ${firstLine(failure.message)}`);
    }
    const wait = rateLimitWait(failure, nowSeconds);
    if (wait !== undefined) {
        return new GitHubError('rate-limited', status, `GitHub API rate limit reached; it lifts in about ${wait} s`);
    }
    if (status === 401)
        return new GitHubError('unauthorized', status, 'the GitHub token was rejected (401)');
    if (status === 403) {
        return new GitHubError('read-only', status, 'the token cannot write comments (403): a fork or Dependabot pull request gets a read-only token, ' +
            'or the workflow lacks `permissions: pull-requests: write`');
    }
    if (status === 404) {
        return new GitHubError('not-found', status, 'GitHub answered 404: no such pull request, or the token cannot see it');
    }
    if (status === 422 && /too long|maximum is/i.test(failure.message)) {
        return new GitHubError('too-long', status, 'GitHub refused the comment body as too long (422)');
    }
    if (status >= 500) {
        return new GitHubError('server', status, `GitHub answered ${status}${tries}: ${firstLine(failure.message)}`);
    }
    return new GitHubError('other', status, `GitHub request failed (${status}): ${firstLine(failure.message)}`);
}
/**
 * After failed attempt number `attempt` (0-based): retry or give up. `retryTransient` is false for a call that
 * is not safe to repeat blindly (creating a comment: the caller re-lists first); `secondsLeft` is what remains of
 * the caller's time budget, so no wait outlasts it.
 */
function decideRetry(failure, attempt, nowSeconds, options = {}) {
    const left = options.secondsLeft ?? Infinity;
    if (isTransient(failure)) {
        const wait = TRANSIENT_RETRY_DELAYS[attempt];
        if (options.retryTransient !== false && wait !== undefined && wait < left)
            return { retry: true, waitSeconds: wait };
        return { retry: false, error: classifyFailure(failure, nowSeconds, attempt + 1) };
    }
    if (attempt === 0) {
        const wait = rateLimitWait(failure, nowSeconds);
        if (wait !== undefined && wait <= MAX_RATE_LIMIT_WAIT_SECONDS && wait < left)
            return { retry: true, waitSeconds: wait };
    }
    return { retry: false, error: classifyFailure(failure, nowSeconds, attempt + 1) };
}
/** The first line of a message, without control characters and at most 300 characters (an error page from a
 *  proxy can be a whole HTML document). */
function firstLine(text) {
    const line = text.trim().split('\n', 1)[0];
    return line.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').slice(0, 300);
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/github/octokit.js
// The real GitHub adapter: @actions/github's Octokit against `baseUrl` (GITHUB_API_URL on a runner, a loopback
// server in tests). Every request has a timeout; a 5xx or no answer is retried with backoff (except creating a
// comment, which the sticky-comment logic retries after re-listing), a short rate limit is waited out once, and
// the adapter as a whole gives up when its time budget is spent, so a dead API cannot hold the job.




const DEFAULT_API_TIMEOUT_SECONDS = 10;
/** The login GitHub shows for comments made with the workflow's GITHUB_TOKEN. */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
function toComment(raw) {
    return { id: raw.id, body: raw.body ?? '', author: raw.user?.login ?? '', url: raw.html_url };
}
const TIMEOUT_NAMES = ['AbortError', 'TimeoutError'];
function toFailure(error) {
    const e = error;
    // Octokit reports a request that got no answer as status 500 without a response: that is not a server error.
    if (e.response === undefined) {
        const timedOut = TIMEOUT_NAMES.includes(String(e.name)) || TIMEOUT_NAMES.includes(String(e.cause?.name));
        return { status: undefined, headers: {}, message: deepestMessage(error), timedOut };
    }
    return {
        status: typeof e.status === 'number' ? e.status : undefined,
        headers: (e.response.headers ?? {}),
        // Octokit's message is already made from the response body; appending the body again doubled it.
        message: String(e.message ?? error),
    };
}
/** The innermost cause's message: `connect ECONNREFUSED 127.0.0.1:9` rather than `fetch failed`. */
function deepestMessage(error) {
    let message = '';
    for (let e = error, depth = 0; e && depth < 5; depth++) {
        if (typeof e.message === 'string' && e.message !== '' && e.message !== 'Unknown Error')
            message = e.message;
        e = e.cause;
    }
    return message || String(error);
}
function createGitHubApi(options) {
    const timeout = options.timeoutSeconds ?? DEFAULT_API_TIMEOUT_SECONDS;
    const deadline = external_node_perf_hooks_.performance.now() / 1000 + (options.budgetSeconds ?? 3 * timeout);
    const secondsLeft = () => deadline - external_node_perf_hooks_.performance.now() / 1000;
    // Every request (each page of a listing too) gets its own timeout, cut to what is left of the budget. It is set
    // at the fetch itself: a `request.signal` given through an Octokit hook does not reach the fetch.
    const timedFetch = async (url, init = {}) => {
        const limit = Math.min(timeout, secondsLeft());
        if (limit <= 0)
            throw new DOMException('the time for GitHub API calls is spent', 'TimeoutError');
        return fetch(url, { ...init, signal: AbortSignal.timeout(Math.ceil(limit * 1000)) });
    };
    // Our own retry policy replaces Octokit's: one place decides, and tests can drive it.
    const octokit = (0,github/* getOctokit */.Q)(options.token, {
        baseUrl: options.baseUrl,
        request: { retries: 0, fetch: timedFetch },
    });
    const { owner, repo } = options;
    /** Runs one API call with the retry policy; `retryTransient: false` for calls not safe to repeat. */
    async function call(fn, retryTransient = true) {
        for (let attempt = 0;; attempt++) {
            try {
                return await fn();
            }
            catch (error) {
                const decision = decideRetry(toFailure(error), attempt, options.nowSeconds(), {
                    retryTransient,
                    secondsLeft: secondsLeft(),
                });
                if (!decision.retry)
                    throw decision.error;
                await options.sleep(decision.waitSeconds);
            }
        }
    }
    return {
        async whoami() {
            try {
                const { data } = await call(() => octokit.rest.users.getAuthenticated());
                return data.login;
            }
            catch (error) {
                // An installation token (the GITHUB_TOKEN) has no user: GitHub answers 403 "Resource not accessible by
                // integration", and its comments are authored by the Actions bot.
                if (error instanceof GitHubError && error.kind === 'read-only')
                    return ACTIONS_BOT_LOGIN;
                throw error;
            }
        },
        async listComments(issue) {
            const raw = await call(() => octokit.paginate(octokit.rest.issues.listComments, {
                owner,
                repo,
                issue_number: issue,
                per_page: 100,
            }));
            return raw.map(toComment);
        },
        async createComment(issue, body) {
            // Not repeated here: a POST that got no answer may have created the comment. upsertStickyComment lists
            // again before it tries another create.
            const { data } = await call(() => octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body }), false);
            return toComment(data);
        },
        async updateComment(id, body) {
            const { data } = await call(() => octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body }));
            return toComment(data);
        },
        async deleteComment(id) {
            await call(() => octokit.rest.issues.deleteComment({ owner, repo, comment_id: id }));
        },
        async pullRequestHead(pull) {
            const { data } = await call(() => octokit.rest.pulls.get({ owner, repo, pull_number: pull }));
            return data.head.sha;
        },
    };
}

// EXTERNAL MODULE: ./.tmp/package/lib/src/dockerfile/parse.js + 1 modules
var parse = __webpack_require__(646);
// EXTERNAL MODULE: ./.tmp/package/lib/src/lint/shellcheck.js
var shellcheck = __webpack_require__(3245);
// EXTERNAL MODULE: ./.tmp/package/lib/src/measure/layer-store.js
var layer_store = __webpack_require__(8735);
// EXTERNAL MODULE: ./.tmp/package/lib/src/optimize/dockerignore.js + 1 modules
var dockerignore = __webpack_require__(5717);
// EXTERNAL MODULE: ./.tmp/package/lib/src/optimize/ignore-matcher.js
var ignore_matcher = __webpack_require__(3092);
// EXTERNAL MODULE: ./.tmp/package/lib/src/measure/measure.js + 15 modules
var measure_measure = __webpack_require__(3558);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/deps.js
// The real adapters: Docker CLI, GitHub REST (Octokit at GITHUB_API_URL), git, the filesystem, the clock, the
// Actions log and cache. Everything else in the project receives these through a Deps object.













/** Above this many entries a context listing stops: the exact `.dockerignore` check then reasons on patterns. */
const MAX_CONTEXT_ENTRIES = 200_000;
const realFileSystem = {
    readFile: (path) => (0,promises_.readFile)(path, 'utf8'),
    async readFileOrNull(path) {
        try {
            return await (0,promises_.readFile)(path, 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT' ||
                error.code === 'ENOTDIR')
                return null;
            throw error;
        }
    },
    async writeFile(path, text) {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        await (0,promises_.writeFile)(path, text);
    },
    exists: (path) => (0,promises_.stat)(path).then(() => true, () => false),
    realPath: (path) => (0,promises_.realpath)(path).catch(() => null),
    async makeTempDir(parent, prefix) {
        await (0,promises_.mkdir)(parent, { recursive: true });
        return (0,promises_.mkdtemp)((0,external_node_path_.join)(parent, prefix));
    },
    remove: (path) => (0,promises_.rm)(path, { recursive: true, force: true }),
    async listFiles(dir) {
        const entries = await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true });
        return entries
            .filter((e) => e.isFile() || e.isSymbolicLink())
            .map((e) => (0,external_node_path_.join)(e.parentPath, e.name)
            .slice(dir.length + 1)
            .split('\\')
            .join('/'))
            .filter((p) => p !== '.git' && !p.startsWith('.git/'));
    },
    listEntries: (dir) => (0,promises_.readdir)(dir),
    async listContext(dir, dontEnter = ['.git']) {
        const out = [];
        const walk = async (abs, rel) => {
            const entries = await (0,promises_.readdir)(abs, { withFileTypes: true });
            for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
                if (out.length >= MAX_CONTEXT_ENTRIES)
                    return;
                const r = rel === '' ? e.name : `${rel}/${e.name}`;
                out.push(r);
                if (e.isDirectory() && !dontEnter.includes(r))
                    await walk((0,external_node_path_.join)(abs, e.name), r);
            }
        };
        await walk(dir, '');
        return out;
    },
    async copyContext(from, to, ignoreLines) {
        const lines = (0,dockerignore/* patternLines */.El)(ignoreLines);
        const ignored = (0,ignore_matcher/* ignoreMatcher */.N)(lines);
        // with a negation, an excluded folder may still hold included files: then copy everything
        const negations = lines.some((l) => l.startsWith('!'));
        await (0,promises_.cp)(from, to, {
            recursive: true,
            verbatimSymlinks: true,
            preserveTimestamps: true,
            filter: (src) => {
                const rel = (0,external_node_path_.relative)(from, src).split(external_node_path_.sep).join('/');
                if (rel === '')
                    return true;
                // Docker applies the ignore file again when it reads the copy, so copying too much is harmless
                return negations || !ignored.ignores(rel);
            },
        });
    },
};
const realClock = {
    now: () => Date.now(),
    sleep: (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000)),
};
/** The Actions log: annotations become workflow commands GitHub shows on the file's line. */
const actionsLog = {
    debug: (m) => core/* debug */.Yz(m),
    info: (m) => core/* info */.pq(m),
    notice: (m, where) => core/* notice */.lm(m, where),
    warning: (m, where) => core/* warning */.$e(m, where),
    error: (m, where) => core/* error */.z3(m, where),
    group: (title, fn) => core/* group */.Os(title, fn),
};
/** A terminal log for the CLI: progress on stderr, so stdout carries only the report. */
function stderrLog(verbose = false) {
    const where = (w) => w?.file ? `${w.file}${w.startLine ? `:${w.startLine}` : ''}: ` : '';
    return {
        debug: (m) => {
            if (verbose)
                process.stderr.write(`  ${m}\n`);
        },
        info: (m) => process.stderr.write(`${m}\n`),
        notice: (m, w) => process.stderr.write(`note: ${where(w)}${m}\n`),
        warning: (m, w) => process.stderr.write(`warning: ${where(w)}${m}\n`),
        error: (m, w) => process.stderr.write(`error: ${where(w)}${m}\n`),
        group: async (title, fn) => {
            process.stderr.write(`▸ ${title}\n`);
            return fn();
        },
    };
}
/** The Actions cache, holding one small JSON file per key. Absent outside a runner: every restore misses. */
function actionsCache(tempDir) {
    return {
        async restore(key) {
            if (!cache.isFeatureAvailable())
                return null;
            const dir = join(tempDir, 'image-budget-cache', key);
            const hit = await cache.restoreCache([dir], key);
            if (hit === undefined)
                return null;
            return realFileSystem.readFileOrNull(join(dir, 'report.json'));
        },
        async save(key, text) {
            if (!cache.isFeatureAvailable())
                return;
            const dir = join(tempDir, 'image-budget-cache', key);
            await realFileSystem.writeFile(join(dir, 'report.json'), text);
            await cache.saveCache([dir], key);
        },
    };
}
/** The CLI's layer store: a directory (XDG cache by default) that outlives the run; nothing to restore or save. */
function directoryLayerCache(dir, log) {
    return {
        store: new layer_store/* DirectoryStore */.fH(dir, {
            onInvalid: (key, reason) => log?.debug(`layer store: ${key}: ${reason}; measuring it again`),
        }),
        restore: () => Promise.resolve(),
        save: () => Promise.resolve(),
    };
}
/** What the action keeps in the Actions cache: layer measurements are small, a few hundred kB per image. */
const ACTIONS_STORE_CAP = (/* unused pure expression or super */ null && (256 * 1024 * 1024));
/**
 * The action's layer store: a directory under RUNNER_TEMP, restored from the Actions cache before measuring and
 * saved after. Cache entries cannot be overwritten, so each run saves under its own key and restores the newest
 * entry with the shared prefix: a pull request finds its own earlier runs' first, then its base branch's (GitHub
 * lets a pull request read the caches of its base and default branch).
 */
function actionsLayerCache(tempDir, env, log) {
    const dir = join(tempDir, 'image-budget-layers');
    const prefix = `image-budget-layers-v1-${env['RUNNER_OS'] ?? 'os'}-${env['RUNNER_ARCH'] ?? 'arch'}-`;
    const key = `${prefix}${env['GITHUB_RUN_ID'] ?? Date.now()}-${env['GITHUB_RUN_ATTEMPT'] ?? '1'}-${env['GITHUB_JOB'] ?? ''}`;
    const store = new DirectoryStore(dir, {
        maxBytes: ACTIONS_STORE_CAP,
        onInvalid: (k, reason) => log.debug(`layer store: ${k}: ${reason}; measuring it again`),
    });
    let restoredKey;
    return {
        store,
        async restore() {
            if (!cache.isFeatureAvailable())
                return;
            try {
                restoredKey = await cache.restoreCache([dir], key, [prefix]);
                log.debug(`layer store: ${restoredKey ? `restored ${restoredKey}` : 'nothing to restore'}`);
            }
            catch (error) {
                // a missing store only costs measuring the layers again
                log.debug(`layer store: restore failed: ${error instanceof Error ? error.message : String(error)}`);
            }
        },
        async save() {
            if (!cache.isFeatureAvailable() || store.stats.written === 0)
                return;
            try {
                await store.prune();
                await cache.saveCache([dir], key);
            }
            catch (error) {
                log.debug(`layer store: save failed: ${error instanceof Error ? error.message : String(error)}`);
            }
        },
    };
}
const noCache = { restore: async () => null, save: async () => undefined };
/** The measuring adapter of one run, and the Docker adapter whose builds it waits for (see ImageMeasurer.hold). */
function measureWith(docker, store) {
    // the images of one run (head, with fixes, base branch) mostly share their base layers: count each once
    const pullSizes = new Map();
    const measurer = new measure_measure/* ImageMeasurer */.OI(docker);
    const measure = (image, dockerfile, target) => {
        return measurer.measure(image, {
            dockerfile,
            pullSizes,
            ...(store ? { store } : {}),
            ...(target !== undefined ? { target } : {}),
            ...(baseImageOf(dockerfile, target) ? { baseImage: baseImageOf(dockerfile, target) } : {}),
        });
    };
    // an image being built will be measured next: a save that could carry it too waits a moment for it
    const building = {
        ...docker,
        build: async (options) => {
            const release = measurer.hold();
            try {
                return await docker.build(options);
            }
            finally {
                release();
            }
        },
    };
    return { measure, docker: building };
}
/** The external image the built stage starts from (following `FROM <stage>` chains), when there is one. */
function baseImageOf(parsed, target) {
    const image = (0,parse/* stageLineage */.uL)(parsed, (0,parse/* targetStage */.Ae)(parsed, target)).at(-1)?.resolvedImage;
    return image && image.toLowerCase() !== 'scratch' && !image.includes('$') ? image : undefined;
}
function createDeps(options) {
    const { docker, measure } = measureWith((0,cli/* createDocker */.hC)({
        ...(options.dockerClient ? { client: options.dockerClient } : {}),
        debug: options.log.debug,
    }), options.layers?.store);
    return {
        docker,
        github: (token, limits) => createGitHubApi({
            token,
            ...(limits?.timeoutSeconds !== undefined
                ? { timeoutSeconds: limits.timeoutSeconds, budgetSeconds: 3 * limits.timeoutSeconds }
                : {}),
            baseUrl: options.apiUrl,
            owner: options.owner,
            repo: options.repo,
            sleep: realClock.sleep,
            nowSeconds: () => Math.floor(Date.now() / 1000),
        }),
        fs: realFileSystem,
        git: createGit(),
        clock: realClock,
        log: options.log,
        cache: options.cache,
        measure,
        ...(options.layers ? { layers: options.layers } : {}),
        shellcheck: (0,shellcheck/* processShellcheckRunner */.Q4)(),
    };
}


/***/ }),

/***/ 8563:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ readContextFacts)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.tmp/package/lib/src/dockerfile/shell.js
var shell = __webpack_require__(7598);
// EXTERNAL MODULE: ./.tmp/package/lib/src/optimize/ignore-matcher.js
var ignore_matcher = __webpack_require__(3092);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/optimize/dockerignore-defaults.js
// Lines the optimizer proposes for `.dockerignore` on its own, when it can see the context: version-control
// data, logs, editor and OS litter, test and build output. Each is proposed only when something in the context
// matches it, so the file stays short; build output only when the Dockerfile rebuilds it.


const ALWAYS = [
    '.git',
    '.hg',
    '.svn',
    '**/*.log',
    '**/.DS_Store',
    '**/*.swp',
    '**/*~',
    '.idea',
    '.vscode',
    'coverage',
    '**/__pycache__',
    '**/*.pyc',
    '.pytest_cache',
    '.tox',
];
/** Dependency folders: only when the Dockerfile installs dependencies itself. */
const DEPENDENCIES = ['node_modules'];
/** Build output: only when the Dockerfile runs a build. */
const BUILD_OUTPUT = ['dist', 'build', 'target'];
function runsCommand(file, test) {
    return file.instructions.some((ins) => ins.shell?.commands.some((c) => test((0,shell/* commandName */.p6)(c), (0,shell/* subcommand */._d)(c))) ?? false);
}
function defaultCandidates(file, contextFiles) {
    const lines = [...ALWAYS];
    const installs = runsCommand(file, (n, s) => ['npm', 'yarn', 'pnpm'].includes(n) && (s === undefined || ['install', 'ci', 'i'].includes(s)));
    if (installs)
        lines.push(...DEPENDENCIES);
    const builds = runsCommand(file, (n, s) => (['npm', 'yarn', 'pnpm'].includes(n) && (s === 'run' || s === 'build')) ||
        ['mvn', 'gradle', 'make', 'tsc'].includes(n) ||
        (['cargo', 'go'].includes(n) && s === 'build'));
    if (builds)
        lines.push(...BUILD_OUTPUT);
    return lines.filter((line) => {
        const m = (0,ignore_matcher/* ignoreMatcher */.N)([line]);
        return contextFiles.some((f) => m.ignores(f));
    });
}

// EXTERNAL MODULE: ./.tmp/package/lib/src/optimize/dockerignore.js + 1 modules
var dockerignore = __webpack_require__(5717);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/optimize/context-options.js
// Reads what the optimizer needs to know about a build context: the existing `.dockerignore`, a listing for
// the exact COPY-source check, and the `.dockerignore` lines worth proposing (defaults the context holds and
// `.gitignore` entries).



async function readContextFacts(files, parsed, context) {
    const dockerignoreText = await files.readFileOrNull((0,external_node_path_.join)(context, '.dockerignore'));
    const gitignoreText = await files.readFileOrNull((0,external_node_path_.join)(context, '.gitignore'));
    const contextFiles = await files.listContext(context);
    const existing = dockerignoreText === null ? null : (0,dockerignore/* patternLines */.El)(dockerignoreText.split('\n'));
    const candidates = [
        ...defaultCandidates(parsed, contextFiles),
        ...(gitignoreText === null ? [] : (0,dockerignore/* fromGitignore */.L1)(gitignoreText.split('\n'))),
    ];
    return {
        dockerignoreText,
        options: {
            dockerignore: existing,
            dockerignoreCandidates: [...new Set(candidates)],
            contextFiles,
            settings: { dockerignore: existing, contextEntries: contextFiles.filter((f) => !f.includes('/')) },
        },
    };
}


/***/ }),

/***/ 9238:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ unifiedDiff)
/* harmony export */ });
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5725);
// Unified diff of the Dockerfile (and `.dockerignore`) changes, as `git diff` prints them, so a reviewer can
// read or `git apply` the optimizer's proposal.

/** A unified diff from `a/<file>` to `b/<file>` (from `/dev/null` when `before` is null); empty when equal. */
function unifiedDiff(file, before, after, context = 3) {
    if (before === after)
        return '';
    const name = file
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, '');
    const from = before === null ? '/dev/null' : `a/${name}`;
    const patch = (0,diff__WEBPACK_IMPORTED_MODULE_0__/* .createTwoFilesPatch */ .ss)(from, `b/${name}`, before ?? '', after, undefined, undefined, {
        context,
    });
    // the library opens with a separator line; git's format starts at the `---` header
    return patch.slice(patch.indexOf('--- '));
}


/***/ }),

/***/ 5717:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L1: () => (/* binding */ fromGitignore),
  El: () => (/* binding */ patternLines),
  CY: () => (/* binding */ planDockerignore),
  l1: () => (/* binding */ renderDockerignore)
});

// UNUSED EXPORTS: concretize

// EXTERNAL MODULE: ./.tmp/package/lib/src/dockerfile/mounts.js
var mounts = __webpack_require__(9204);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/optimize/context-uses.js
// What a Dockerfile takes from its build context: COPY/ADD sources (without --from), RUN bind-mount sources,
// and the relative paths its commands mention (a `COPY . .` followed by `CMD node dist/server.js` needs `dist`).
// The .dockerignore planner checks every line it would add against these.

/** Normalises a context path: `./a/b/` → `a/b`, `/` or `.` → `.`. */
function contextPath(raw) {
    let p = raw.replace(/\\/g, '/');
    while (p.startsWith('./'))
        p = p.slice(2);
    p = p.replace(/^\/+/, '').replace(/\/+$/, '');
    return p === '' || p === '.' ? '.' : p;
}
function isRemote(source) {
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(source) || /^git@/.test(source);
}
/** The source words of a COPY/ADD (the last argument is the destination). */
function copySources(ins) {
    let values = ins.words.map((w) => w.value);
    if (ins.args.trimStart().startsWith('[')) {
        try {
            const parsed = JSON.parse(ins.args);
            if (Array.isArray(parsed) && parsed.every((v) => typeof v === 'string'))
                values = parsed;
        }
        catch {
            // not JSON: Docker reads it as shell form, as the words already are
        }
    }
    return values.slice(0, -1).filter((v) => !v.startsWith('<<'));
}
function bindSources(ins) {
    const out = [];
    for (const mount of (0,mounts/* mountsOf */.cS)(ins)) {
        // bind is the default mount type; from= reads another image or stage, not the context
        if (mount.type !== 'bind' || mount.fields.has('from'))
            continue;
        out.push(mount.source ?? '.');
    }
    return out;
}
const PATH_WORD = /^(\.\/)?[A-Za-z0-9_@][\w.@+-]*(\/[\w.@+-]*)*$/;
/** A word that reads like a relative path into the copied tree: `dist/server.js`, `./run.sh`, `app.py`. */
function mentionedPath(word) {
    const w = word.replace(/^['"]|['"]$/g, '');
    if (w.startsWith('-') || w.startsWith('/') || w.includes('$') || w.includes('://'))
        return null;
    if (!PATH_WORD.test(w))
        return null;
    // a bare word without a slash or a dot is a command name or an argument, not a path
    if (!w.includes('/') && !/\.[A-Za-z0-9]+$/.test(w) && !w.startsWith('.'))
        return null;
    return contextPath(w);
}
function contextUses(file) {
    const sources = [];
    const mentioned = [];
    let usesGit = null;
    const wholeCopyInStage = new Set();
    for (const ins of file.instructions) {
        if (ins.onbuild)
            continue; // ONBUILD triggers run against the child image's context
        let raws = [];
        if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && !ins.flags.some((f) => f.name === 'from')) {
            raws = copySources(ins).filter((s) => !(ins.keyword === 'ADD' && isRemote(s)));
        }
        else if (ins.keyword === 'RUN') {
            raws = bindSources(ins);
        }
        for (const raw of raws) {
            const path = contextPath(raw);
            const whole = path === '.' || path === '*';
            if (whole)
                wholeCopyInStage.add(ins.stage);
            sources.push({ raw, path, line: ins.line, whole, dynamic: raw.includes('$') });
        }
        const reads = ['RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK'].includes(ins.keyword);
        if (reads && wholeCopyInStage.size > 0) {
            const words = ins.shell
                ? ins.shell.commands.flatMap((c) => c.words.map((w) => w.value))
                : ins.words.map((w) => w.value);
            for (const w of words) {
                const p = mentionedPath(w);
                if (p !== null)
                    mentioned.push({ path: p, line: ins.line });
            }
            if (ins.keyword === 'RUN' &&
                usesGit === null &&
                ins.shell?.commands.some((c) => /(^|\/)git$/.test(c.name))) {
                usesGit = ins.line;
            }
        }
    }
    return { sources, mentioned, usesGit };
}

// EXTERNAL MODULE: ./.tmp/package/lib/src/optimize/ignore-matcher.js
var ignore_matcher = __webpack_require__(3092);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/optimize/dockerignore.js


/** Active pattern lines: comments and blank lines dropped, whitespace trimmed. */
function patternLines(lines) {
    return lines.map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
}
function sameLine(a, b) {
    const norm = (s) => s.replace(/^\.?\//, '').replace(/\/+$/, '');
    return norm(a) === norm(b);
}
/** A concrete path the glob matches: `*` and `?` become `x`, `[ab]` becomes `a`, `**` becomes `x`. */
function concretize(pattern) {
    return pattern
        .replace(/\*\*/g, 'x')
        .replace(/\*/g, 'x')
        .replace(/\?/g, 'x')
        .replace(/\[!?\^?([^\]])[^\]]*\]/g, '$1')
        .replace(/\\(.)/g, '$1');
}
function matcher(lines) {
    return (0,ignore_matcher/* ignoreMatcher */.N)(lines);
}
function planDockerignore(input) {
    const uses = contextUses(input.dockerfile);
    const existing = patternLines(input.existing ?? []);
    const plan = { added: [], rejected: [] };
    const before = matcher(existing);
    for (const candidate of patternLines(input.candidates)) {
        if ([...existing, ...plan.added].some((l) => sameLine(l, candidate)))
            continue;
        const after = matcher([...existing, ...plan.added, candidate]);
        const reason = candidate.startsWith('!')
            ? null
            : conflict(candidate, uses, before, after, input.contextFiles);
        if (reason === null)
            plan.added.push(candidate);
        else if (!plan.rejected.some((r) => r.line === candidate))
            plan.rejected.push({ line: candidate, reason });
    }
    return plan;
}
/** Why adding `candidate` could exclude something the Dockerfile takes from the context; null when it cannot. */
function conflict(candidate, uses, before, after, files) {
    for (const source of uses.sources) {
        if (source.dynamic)
            return `line ${source.line} copies "${source.raw}", which uses a variable`;
        if (source.whole)
            continue; // copying everything: the ignore file exists to trim exactly this
        const hit = files
            ? newlyExcludedFile(source, before, after, files)
            : patternOverlap(candidate, source, after);
        if (hit !== null)
            return `line ${source.line} copies "${source.raw}" and "${candidate}" would exclude ${hit}`;
    }
    for (const m of uses.mentioned) {
        const probes = files ? files.filter((f) => f === m.path || f.startsWith(m.path + '/')) : [m.path];
        const hit = probes.find((p) => after.ignores(p) && !before.ignores(p));
        if (hit !== undefined)
            return `line ${m.line} uses "${m.path}" from the copied context`;
    }
    if (uses.usesGit !== null && after.ignores('.git/HEAD') && !before.ignores('.git/HEAD')) {
        return `line ${uses.usesGit} runs git, which may read .git`;
    }
    return null;
}
/** With a context listing: the first file the source copies that the new line would exclude. */
function newlyExcludedFile(source, before, after, files) {
    const selects = matcher([source.path, `${source.path}/**`]);
    for (const f of files) {
        if (selects.ignores(f) && !before.ignores(f) && after.ignores(f))
            return `"${f}"`;
    }
    // a source that names nothing in the listing (made by an earlier step, or a typo): reason on patterns
    if (!files.some((f) => selects.ignores(f))) {
        const probe = concretize(source.path);
        if (after.ignores(probe) && !before.ignores(probe))
            return `"${probe}"`;
    }
    return null;
}
/** Without a listing: does the candidate's glob reach into what the source's glob names? */
function patternOverlap(candidate, source, after) {
    const own = concretize(source.path);
    if (after.ignores(own))
        return `"${own}"`;
    const selects = matcher([source.path, `${source.path}/**`]);
    const tail = candidate.replace(/^\.?\/+/, '').replace(/^(\*\*\/)+/, '');
    const probes = [concretize(candidate.replace(/^\.?\/+/, '')), `${own}/${concretize(tail)}`];
    const hit = probes.find((p) => selects.ignores(p) && after.ignores(p));
    return hit === undefined ? null : `"${hit}"`;
}
/** `.gitignore` lines in `.dockerignore` syntax: unanchored names match at any depth in git, so they get `**∕`. */
function fromGitignore(lines) {
    const out = [];
    for (const line of patternLines(lines)) {
        const negated = line.startsWith('!');
        let p = negated ? line.slice(1) : line;
        p = p.replace(/\/+$/, '');
        if (p === '' || p.includes('\\'))
            continue;
        // a slash anywhere but the end anchors the pattern at the root, as in .dockerignore
        const anchored = p.includes('/');
        p = anchored ? p.replace(/^\/+/, '') : p.startsWith('**') ? p : `**/${p}`;
        out.push((negated ? '!' : '') + p);
    }
    return out;
}
/** Renders the new `.dockerignore`: the existing text kept as is, new lines appended under a comment. */
function renderDockerignore(existingText, added) {
    if (added.length === 0)
        return existingText ?? '';
    const head = existingText === null || existingText === '' ? '' : existingText.replace(/\n*$/, '\n\n');
    return `${head}# added by image-budget optimize\n${added.join('\n')}\n`;
}


/***/ }),

/***/ 9376:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Yd: () => (/* binding */ optimizeDockerfile)
});

// UNUSED EXPORTS: DOCKERIGNORE_KEY, breakage, fixKey

// EXTERNAL MODULE: ./.tmp/package/lib/src/lint/engine.js
var engine = __webpack_require__(7717);
// EXTERNAL MODULE: ./.tmp/package/lib/src/dockerfile/parse.js + 1 modules
var parse = __webpack_require__(646);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/optimize/apply-edits.js
/** Why a batch's edits cannot be applied to a text of `length` characters, or null when they can. */
function invalidReason(edits, length) {
    for (const e of edits) {
        if (!Number.isInteger(e.start) || !Number.isInteger(e.end))
            return 'edit offsets are not integers';
        if (e.start < 0 || e.end < e.start || e.end > length)
            return `edit [${e.start}, ${e.end}) is outside the text`;
        if (typeof e.text !== 'string')
            return 'edit text is not a string';
    }
    const sorted = sortEdits(edits);
    for (let i = 1; i < sorted.length; i++) {
        if (sorted[i].start < sorted[i - 1].end)
            return 'the fix has overlapping edits';
        if (sorted[i].start === sorted[i - 1].start && sorted[i].end === sorted[i].start) {
            return 'the fix has two edits at the same offset';
        }
    }
    return null;
}
/** Edits in text order (by start, then end). */
function sortEdits(edits) {
    return [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
}
function touches(a, b) {
    return a.start <= b.end && b.start <= a.end;
}
/** Picks batches in order of their first edit, skipping any that touches an accepted one. */
function selectBatches(batches, length) {
    const result = { accepted: [], deferred: [], invalid: [] };
    const valid = [];
    for (const batch of batches) {
        const reason = invalidReason(batch.edits, length);
        if (reason !== null)
            result.invalid.push({ batch, reason });
        else if (batch.edits.length > 0)
            valid.push(batch);
    }
    const firstStart = (b) => Math.min(...b.edits.map((e) => e.start));
    // stable sort: equal starts keep the caller's order (rule order), so the outcome never depends on chance
    const ordered = valid
        .map((b, i) => ({ b, i }))
        .sort((x, y) => firstStart(x.b) - firstStart(y.b) || x.i - y.i);
    const taken = [];
    for (const { b } of ordered) {
        if (b.edits.some((e) => taken.some((t) => touches(e, t)))) {
            result.deferred.push(b);
        }
        else {
            result.accepted.push(b);
            taken.push(...b.edits);
        }
    }
    return result;
}
/** Applies non-overlapping edits to `text`. Throws when they overlap or fall outside (a caller bug). */
function applyEdits(text, edits) {
    const reason = invalidReason(edits, text.length);
    if (reason !== null)
        throw new Error(`cannot apply edits: ${reason}`);
    let out = '';
    let at = 0;
    for (const e of sortEdits(edits)) {
        out += text.slice(at, e.start) + e.text;
        at = e.end;
    }
    return out + text.slice(at);
}

// EXTERNAL MODULE: ./.tmp/package/lib/src/optimize/dockerignore.js + 1 modules
var dockerignore = __webpack_require__(5717);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/optimize/original-lines.js

/** Offset in the text before `edits` were applied; inside inserted text it maps to the edit's start. */
function offsetBefore(offset, edits) {
    let delta = 0;
    for (const e of sortEdits(edits)) {
        const newStart = e.start + delta;
        if (offset < newStart)
            break;
        if (offset < newStart + e.text.length)
            return e.start;
        delta += e.text.length - (e.end - e.start);
    }
    return offset - delta;
}
/** Offset in the original text; `passes[i]` holds the edits of pass i, in the coordinates of its input text. */
function originalOffset(offset, passes) {
    let o = offset;
    for (let p = passes.length - 1; p >= 0; p--)
        o = offsetBefore(o, passes[p]);
    return o;
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/optimize/optimize.js
// The optimizer: lint, apply the fixes the findings carry, re-lint the new text, until nothing more changes.
// Pure: text in, text and a record of what was done out. Every pass must keep the Dockerfile parseable with
// the same stages; a fix that would break that is dropped (with the reason) and never tried again.





function fixKey(rule, description) {
    return `${rule}: ${description}`;
}
const CONTEXT_DESCRIPTION = 'Exclude files the image does not need from the build context';
/** The key of the optimizer's own `.dockerignore` proposal (defaults and `.gitignore` entries). */
const DOCKERIGNORE_KEY = fixKey('dockerignore', CONTEXT_DESCRIPTION);
/**
 * Optimizes Dockerfile text. Never throws for any Dockerfile; the output keeps the input's line endings.
 * Idempotent by construction: the result is run through the optimizer again until nothing changes, so
 * optimizing the output never finds more to do (rules that judge a merged RUN differently from its parts
 * otherwise leave work for a second run).
 */
function optimizeDockerfile(input, options = {}) {
    const refused = refusedByBuilder(input, options);
    if (refused !== undefined)
        return refused;
    const existing = options.dockerignore !== undefined ? options.dockerignore : (options.settings?.dockerignore ?? null);
    let result = optimizeSettled(input, options);
    for (let round = 0; round < 4; round++) {
        const added = result.dockerignore.added;
        const again = optimizeSettled(result.optimized, {
            ...options,
            dockerignore: existing === null && added.length === 0 ? null : [...(existing ?? []), ...added],
        });
        if (!again.changed)
            return { ...result, remaining: again.remaining };
        result = combine(result, again);
    }
    return { ...result, stable: false };
}
/**
 * A file the builder refuses (a DL1000 parse problem, such as `FROM image # text`) is left as it is: its fixes
 * would be edits to a Dockerfile that does not build, and the result would look like a valid optimized file. The
 * result says why, as one fix not applied.
 */
function refusedByBuilder(input, options) {
    const file = options.file ?? 'Dockerfile';
    const parsed = (0,parse/* parseDockerfile */.Ai)((0,parse/* normalise */.j7)(input), file);
    const problem = parsed.problems[0];
    if (problem === undefined)
        return undefined;
    const description = 'Optimize the Dockerfile';
    return {
        file,
        original: input,
        optimized: input,
        changed: false,
        applied: [],
        skipped: [
            {
                key: fixKey('DL1000', description),
                rule: 'DL1000',
                description,
                line: problem.line,
                reason: `the builder refuses this file (${problem.message}); fix that first`,
            },
        ],
        dockerignore: { added: [], rejected: [] },
        passes: 0,
        stable: true,
        remaining: lintFor(options, parsed, options.settings ?? {}),
    };
}
/** The findings the optimizer acts on: the run's Linter's, or every rule's without configuration. */
function lintFor(options, parsed, settings) {
    if (options.linter)
        return options.linter.lintRules(parsed, settings);
    return (0,engine/* lintParsed */.zr)(parsed, { ...(options.rules ? { rules: options.rules } : {}), settings });
}
function combine(first, then) {
    const skipped = [...first.skipped];
    for (const s of then.skipped)
        if (!skipped.some((x) => x.key === s.key && x.reason === s.reason))
            skipped.push(s);
    const rejected = [...first.dockerignore.rejected];
    for (const r of then.dockerignore.rejected)
        if (!rejected.some((x) => x.line === r.line))
            rejected.push(r);
    return {
        ...then,
        original: first.original,
        changed: true,
        applied: [...first.applied, ...then.applied.map((a) => ({ ...a, pass: a.pass + first.passes }))],
        skipped,
        dockerignore: { added: [...first.dockerignore.added, ...then.dockerignore.added], rejected },
        passes: first.passes + then.passes,
    };
}
/** One optimization run, restarted without any fix that does not settle. */
function optimizeSettled(input, options) {
    // A fix whose rule reports the same problem again at the same place after the fix landed does not settle
    // (a rule bug): applying it again would stack copies. Start over without it, so the result stays idempotent.
    const unsettled = new Map();
    for (let attempt = 0;; attempt++) {
        const r = optimizeOnce(input, options, unsettled, attempt < 8);
        if (!('restart' in r))
            return r;
        unsettled.set(r.restart.site, r.restart.skip);
    }
}
function optimizeOnce(input, options, unsettled, detect) {
    const file = options.file ?? 'Dockerfile';
    const level = options.level ?? 'safe';
    const maxPasses = options.maxPasses ?? 10;
    const accept = options.accept ?? (() => true);
    const existingIgnore = options.dockerignore !== undefined ? options.dockerignore : (options.settings?.dockerignore ?? null);
    const original = (0,parse/* normalise */.j7)(input);
    // parsed once per text: each pass's result is the next pass's input
    let parsed = (0,parse/* parseDockerfile */.Ai)(original, file);
    const originalLines = parsed.lineStarts;
    let text = original;
    const passEdits = [];
    const seen = new Set([text]);
    const blocked = new Set();
    const applied = [];
    const skipped = [...unsettled.values()];
    const appliedSites = new Map();
    const ignoreAdded = [];
    const ignoreRejected = [];
    let stable = false;
    let passes = 0;
    const lintWith = (parsed) => lintFor(options, parsed, { ...options.settings, dockerignore: currentIgnore() });
    const currentIgnore = () => existingIgnore === null && ignoreAdded.length === 0 ? null : [...(existingIgnore ?? []), ...ignoreAdded];
    const originalAt = (parsed, f) => originalOffset((parsed.lineStarts[f.line - 1] ?? 0) + f.column - 1, passEdits);
    const originalLine = (parsed, f) => (0,parse/* position */.G1)(originalLines, originalAt(parsed, f)).line;
    // the same rule, at the same original spot, proposing the same new text: the same fix again
    const siteOf = (parsed, c) => JSON.stringify([c.key, originalAt(parsed, c.finding), c.fix.edits.map((e) => e.text)]);
    const skip = (parsed, c, reason) => {
        blocked.add(c.fingerprint);
        skipped.push({
            key: c.key,
            rule: c.finding.rule,
            description: c.fix.description,
            line: originalLine(parsed, c.finding),
            reason,
        });
    };
    for (let pass = 1; pass <= maxPasses; pass++) {
        passes = pass;
        const candidates = lintWith(parsed)
            .filter((f) => f.fix !== undefined)
            .filter((f) => (f.fix.level ?? 'safe') === 'safe' || level === 'aggressive')
            .map((f) => toCandidate(f, f.fix, text))
            .filter((c) => accept(c.key) && !blocked.has(c.fingerprint))
            .filter((c) => !unsettled.has(siteOf(parsed, c)));
        const again = candidates.find((c) => c.fix.edits.length > 0 && (appliedSites.get(siteOf(parsed, c)) ?? pass) < pass);
        if (detect && again !== undefined) {
            const reason = 'its rule still reports the problem after the fix (the fix does not settle); not applied';
            const skip = {
                key: again.key,
                rule: again.finding.rule,
                description: again.fix.description,
                line: originalLine(parsed, again.finding),
                reason,
            };
            return { restart: { site: siteOf(parsed, again), skip } };
        }
        const selection = selectBatches(candidates.map((c) => ({ id: c, edits: c.fix.edits })), text.length);
        for (const { batch, reason } of selection.invalid)
            skip(parsed, batch.id, `invalid fix: ${reason}`);
        const landed = landSafely(parsed, selection.accepted, (batch, reason) => skip(parsed, batch.id, reason));
        const next = landed.text;
        const nextParsed = (0,parse/* parseDockerfile */.Ai)(next, file);
        // fixes that only add .dockerignore lines, and the lines of fixes whose edits landed
        const withIgnore = [
            ...landed.batches.map((b) => b.id),
            ...candidates.filter((c) => c.fix.edits.length === 0 && (c.fix.dockerignore?.length ?? 0) > 0),
        ];
        const ignoreLinesThisPass = [];
        const recorded = [];
        for (const c of withIgnore) {
            const proposed = c.fix.dockerignore ?? [];
            const plan = (0,dockerignore/* planDockerignore */.CY)({
                dockerfile: nextParsed,
                existing: currentIgnore(),
                candidates: proposed,
                ...(options.contextFiles ? { contextFiles: options.contextFiles } : {}),
            });
            ignoreAdded.push(...plan.added);
            ignoreLinesThisPass.push(...plan.added);
            for (const r of plan.rejected)
                if (!ignoreRejected.some((x) => x.line === r.line))
                    ignoreRejected.push(r);
            if (c.fix.edits.length > 0 || plan.added.length > 0)
                recorded.push({ c, lines: plan.added });
            else
                blocked.add(c.fingerprint); // nothing it proposes can be added: do not ask again
        }
        for (const { c, lines } of recorded) {
            if (!appliedSites.has(siteOf(parsed, c)))
                appliedSites.set(siteOf(parsed, c), pass);
            applied.push({
                key: c.key,
                rule: c.finding.rule,
                name: c.finding.name,
                description: c.fix.description,
                line: originalLine(parsed, c.finding),
                pass,
                level: c.fix.level ?? 'safe',
                ...(lines.length > 0 ? { dockerignore: lines } : {}),
            });
        }
        if (next === text && ignoreLinesThisPass.length === 0) {
            stable = true;
            break;
        }
        passEdits.push(landed.batches.flatMap((b) => [...b.edits]));
        if (next !== text && seen.has(next))
            break; // fixes undo each other: stop, not stable
        seen.add(next);
        text = next;
        parsed = nextParsed;
    }
    // lines added early are checked again against the final text (a later fix may have changed a COPY)
    const finalParsed = parsed;
    const recheck = (0,dockerignore/* planDockerignore */.CY)({
        dockerfile: finalParsed,
        existing: existingIgnore,
        candidates: ignoreAdded,
        ...(options.contextFiles ? { contextFiles: options.contextFiles } : {}),
    });
    const extra = (0,dockerignore/* planDockerignore */.CY)({
        dockerfile: finalParsed,
        existing: [...(existingIgnore ?? []), ...recheck.added],
        candidates: accept(DOCKERIGNORE_KEY) ? (options.dockerignoreCandidates ?? []) : [],
        ...(options.contextFiles ? { contextFiles: options.contextFiles } : {}),
    });
    for (const r of [...recheck.rejected, ...extra.rejected]) {
        if (!ignoreRejected.some((x) => x.line === r.line))
            ignoreRejected.push(r);
    }
    const added = [...recheck.added, ...extra.added];
    if (extra.added.length > 0) {
        applied.push({
            key: DOCKERIGNORE_KEY,
            rule: 'dockerignore',
            name: 'dockerignore',
            description: CONTEXT_DESCRIPTION,
            line: 1,
            pass: passes,
            level: 'safe',
            dockerignore: extra.added,
        });
    }
    const remaining = lintWith(finalParsed);
    for (const f of remaining) {
        if (!f.fix || skipped.some((s) => s.key === fixKey(f.rule, f.fix.description)))
            continue;
        const key = fixKey(f.rule, f.fix.description);
        const aggressive = (f.fix.level ?? 'safe') === 'aggressive' && level !== 'aggressive';
        const reason = aggressive
            ? 'aggressive fix: applied only with --level aggressive'
            : !accept(key)
                ? 'not selected'
                : stable
                    ? 'overlaps another fix'
                    : 'pass limit reached or fixes undo each other';
        skipped.push({
            key,
            rule: f.rule,
            description: f.fix.description,
            line: originalLine(finalParsed, f),
            reason,
        });
    }
    const changed = text !== original || added.length > 0;
    return {
        file,
        original: input,
        optimized: text === original ? input : restoreLineEndings(input, text),
        changed,
        applied,
        skipped,
        dockerignore: { added, rejected: ignoreRejected },
        passes,
        stable,
        remaining,
    };
}
function toCandidate(finding, fix, text) {
    const edits = fix.edits.map((e) => [text.slice(e.start, e.end), e.text, e.start]);
    return {
        finding,
        fix,
        key: fixKey(finding.rule, fix.description),
        fingerprint: JSON.stringify([finding.rule, fix.description, edits, fix.dockerignore ?? []]),
    };
}
/**
 * Applies the accepted batches together when the result still parses with the same stages; otherwise one at a
 * time, dropping each batch that breaks the file.
 */
function landSafely(before, batches, drop) {
    const tryApply = (set) => {
        const text = applyEdits(before.text, set.flatMap((b) => [...b.edits]));
        return { text, problem: breakage(before, (0,parse/* parseDockerfile */.Ai)(text, before.file), set.length) };
    };
    const all = tryApply(batches);
    if (all.problem === null)
        return { text: all.text, batches };
    const kept = [];
    for (const b of batches) {
        const attempt = tryApply([...kept, b]);
        if (attempt.problem === null)
            kept.push(b);
        else
            drop(b, attempt.problem);
    }
    return {
        text: applyEdits(before.text, kept.flatMap((b) => [...b.edits])),
        batches: kept,
    };
}
/** Why the edited file is no longer the same Dockerfile in shape; null when it is fine. */
function breakage(before, after, fixes) {
    const known = new Set(before.problems.map((p) => p.message));
    const fresh = after.problems.find((p) => !known.has(p.message));
    if (after.problems.length > before.problems.length || fresh !== undefined) {
        return `would make the Dockerfile unparseable (${fresh?.message ?? 'parse error'})`;
    }
    if (after.stages.length !== before.stages.length)
        return 'would change the number of build stages';
    const names = (p) => p.stages.map((s) => s.name ?? '').join(',');
    if (names(after) !== names(before))
        return 'would rename a build stage';
    if (after.instructions.length > before.instructions.length + fixes)
        return 'would add more instructions than fixes';
    if (after.instructions.length === 0 && before.instructions.length > 0)
        return 'would remove every instruction';
    return null;
}
function restoreLineEndings(input, text) {
    const bom = input.startsWith('\uFEFF') ? '\uFEFF' : '';
    const crlf = /\r\n/.test(input);
    return bom + (crlf ? text.replace(/\n/g, '\r\n') : text);
}


/***/ }),

/***/ 5691:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ smokeTest),
/* harmony export */   Ou: () => (/* binding */ unexplainedDifferences),
/* harmony export */   g7: () => (/* binding */ describeDifferences)
/* harmony export */ });
/* unused harmony exports CONFIG_FIELDS, FIELDS_A_FIX_MAY_CHANGE, configDifferences */
const CONFIG_FIELDS = [
    'Entrypoint',
    'Cmd',
    'User',
    'WorkingDir',
    'ExposedPorts',
    'Env',
    'Volumes',
    'Labels',
];
/** Config fields a rule's fix exists to change; every other field must stay equal. */
const FIELDS_A_FIX_MAY_CHANGE = {
    // shell form → exec form: Cmd/Entrypoint lose the `/bin/sh -c` wrapper by design
    DL3025: ['Cmd', 'Entrypoint'],
    // MAINTAINER → LABEL maintainer=…
    DL4000: ['Labels'],
    // a slimmer base variant may carry other base labels
    IB107: ['Labels'],
};
/** `["/bin/sh","-c","node app.js"]` runs the same program as `["node","app.js"]` when the string is plain words. */
function normaliseCommand(value) {
    if (!Array.isArray(value) || value.length !== 3)
        return value ?? null;
    const [sh, flag, script] = value;
    if ((sh !== '/bin/sh' && sh !== 'sh') || flag !== '-c' || typeof script !== 'string')
        return value;
    if (!/^[\w@%+=:,./-]+( +[\w@%+=:,./-]+)*$/.test(script.trim()))
        return value;
    return script.trim().split(/ +/);
}
function canonical(field, value) {
    let v = value;
    if (field === 'Cmd' || field === 'Entrypoint')
        v = normaliseCommand(value);
    if (field === 'Env' && Array.isArray(value))
        v = [...value].sort();
    if (v === undefined || v === null || v === '')
        return 'null';
    if (typeof v === 'object' && !Array.isArray(v)) {
        const entries = Object.entries(v).sort(([a], [b]) => a.localeCompare(b));
        return entries.length === 0 ? 'null' : JSON.stringify(entries);
    }
    if (Array.isArray(v) && v.length === 0 && field !== 'Cmd' && field !== 'Entrypoint')
        return 'null';
    return JSON.stringify(v);
}
function configDifferences(before, after) {
    return CONFIG_FIELDS.filter((f) => canonical(f, before[f]) !== canonical(f, after[f])).map((field) => ({
        field,
        before: before[field] ?? null,
        after: after[field] ?? null,
    }));
}
/** Differences no applied rule accounts for. */
function unexplainedDifferences(before, after, appliedRules) {
    const allowed = new Set(appliedRules.flatMap((r) => FIELDS_A_FIX_MAY_CHANGE[r] ?? []));
    return configDifferences(before, after).filter((d) => !allowed.has(d.field));
}
function describeDifferences(diffs) {
    return diffs
        .map((d) => `${d.field} changed from ${JSON.stringify(d.before)} to ${JSON.stringify(d.after)}`)
        .join('; ');
}
/** Runs the user's smoke-test command in a fresh container without network. */
async function smokeTest(docker, image, command, timeoutSeconds = 120) {
    try {
        const r = await docker.runContainer(image, command, { shell: true, network: 'none', timeoutSeconds });
        return { ok: r.exitCode === 0, detail: lastLines(r.stdout + r.stderr) };
    }
    catch (error) {
        return { ok: false, detail: error instanceof Error ? lastLines(error.message) : String(error) };
    }
}
function lastLines(text, n = 5) {
    return text.trim().split('\n').slice(-n).join('\n');
}


/***/ }),

/***/ 1544:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ withAndWithout)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _dockerignore_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5717);
/* harmony import */ var _optimize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9376);
/* harmony import */ var _safety_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5691);
// Builds the image with and without the optimizer's fixes on the same builder (shared cache), measures both and
// checks that the optimized image is the same image, smaller: its final config matches (unless a fix is about
// that field) and the smoke test passes in both. With `attribute`, fixes are added one group at a time so each
// group's saving is measured; a group that fails a check is dropped with the reason and the others continue.





async function withAndWithout(deps, options) {
    const { docker, files } = deps;
    const log = deps.log ?? (() => undefined);
    const text = options.text ?? (await files.readFileOrNull(options.dockerfile));
    if (text === null)
        throw new Error(`${options.dockerfile}: cannot read the Dockerfile (does the path exist?)`);
    // an aggressive fix (a base swap) counts only when a smoke test proves the image still works
    const unproven = new Set();
    const optimizeWith = (accept) => (0,_optimize_js__WEBPACK_IMPORTED_MODULE_3__/* .optimizeDockerfile */ .Yd)(text, {
        ...options.optimize,
        file: options.dockerfile,
        accept: (k) => !unproven.has(k) && (accept ? accept(k) : true),
    });
    const unprovenDropped = [];
    if (options.smokeTest === undefined) {
        for (const a of optimizeWith().applied) {
            if (a.level !== 'aggressive')
                continue;
            unproven.add(a.key);
            const known = unprovenDropped.find((d) => d.key === a.key);
            if (known)
                known.lines.push(a.line);
            else
                unprovenDropped.push({
                    key: a.key,
                    rule: a.rule,
                    description: a.description,
                    lines: [a.line],
                    reason: 'an aggressive fix is applied only when a smoke test (--smoke-test) proves the image still works',
                });
        }
    }
    const full = optimizeWith();
    const prefix = options.tagPrefix ?? 'image-budget-optimize';
    const stamp = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    const made = [];
    let builds = 0;
    const existingIgnoreText = await files.readFileOrNull((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.context, '.dockerignore'));
    const build = async (dockerfile, context, tag) => {
        builds++;
        log(`building ${tag}`);
        const r = await docker.build({ ...options.build, dockerfile, context, tag });
        if (!r.ok) {
            const where = r.step && !r.message.includes(r.step) ? ` at ${r.step}` : '';
            return { ok: false, reason: `the build failed${where}: ${r.message}` };
        }
        made.push(tag);
        // the measurement already read the image config from `docker save`: no second `docker image inspect`
        const measurement = await deps.measure(tag);
        return {
            ok: true,
            variant: { tag, buildSeconds: r.seconds, builder: r.builder, measurement, config: measurement.config },
        };
    };
    const runSmoke = async (variant) => options.smokeTest === undefined
        ? undefined
        : (0,_safety_js__WEBPACK_IMPORTED_MODULE_4__/* .smokeTest */ .KH)(docker, variant.tag, options.smokeTest, options.smokeTimeoutSeconds);
    try {
        // ---- the original
        let original;
        // A given original is measured while the first optimized variant builds on its cache, so the two can share
        // one read of the engine; its measurement and config are awaited (`originalMeasured`) before first use.
        let originalMeasured = Promise.resolve();
        if (options.originalImage !== undefined) {
            const variant = { tag: options.originalImage, buildSeconds: null, builder: null };
            originalMeasured = deps.measure(options.originalImage).then((measurement) => {
                variant.measurement = measurement;
                variant.config = measurement.config;
            });
            originalMeasured.catch(() => undefined);
            original = variant;
        }
        else {
            const attempt = await build(options.dockerfile, options.context, `${prefix}-original:${stamp}`);
            if (!attempt.ok)
                return { ok: false, reason: `original image: ${attempt.reason}`, optimization: full, builds };
            original = attempt.variant;
        }
        const smoke = await runSmoke(original);
        if (smoke) {
            original.smoke = smoke;
            if (!smoke.ok) {
                return {
                    ok: false,
                    reason: `the smoke test fails on the original image, so it cannot vouch for the optimized one: ${smoke.detail}`,
                    optimization: full,
                    builds,
                };
            }
        }
        // ---- one optimized variant, checked
        let counter = 0;
        const tryVariant = async (result) => {
            const dir = await files.makeTempDir((0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(), 'image-budget-optimize-');
            try {
                const dockerfile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'Dockerfile');
                await files.writeFile(dockerfile, result.optimized);
                let context = options.context;
                if (result.dockerignore.added.length > 0) {
                    // the context gets the new .dockerignore in a copy: the user's tree is never touched
                    context = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'context');
                    const existing = (0,_dockerignore_js__WEBPACK_IMPORTED_MODULE_2__/* .patternLines */ .El)((existingIgnoreText ?? '').split('\n'));
                    await files.copyContext(options.context, context, [...existing, ...result.dockerignore.added]);
                    await files.writeFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(context, '.dockerignore'), (0,_dockerignore_js__WEBPACK_IMPORTED_MODULE_2__/* .renderDockerignore */ .l1)(existingIgnoreText, result.dockerignore.added));
                }
                const attempt = await build(dockerfile, context, `${prefix}-optimized:${stamp}-${++counter}`);
                if (!attempt.ok)
                    return attempt;
                const v = attempt.variant;
                await originalMeasured;
                const rules = [...new Set(result.applied.map((a) => a.rule))];
                const diffs = (0,_safety_js__WEBPACK_IMPORTED_MODULE_4__/* .unexplainedDifferences */ .Ou)(original.config, v.config, rules);
                if (diffs.length > 0)
                    return reject(v, `the final image config differs: ${(0,_safety_js__WEBPACK_IMPORTED_MODULE_4__/* .describeDifferences */ .g7)(diffs)}`);
                const s = await runSmoke(v);
                if (s) {
                    v.smoke = s;
                    if (!s.ok)
                        return reject(v, `the smoke test failed: ${s.detail}`);
                }
                return attempt;
            }
            finally {
                await files.remove(dir);
            }
        };
        const reject = async (v, reason) => {
            await dropImage(v.tag);
            return { ok: false, reason };
        };
        const dropImage = async (tag) => {
            if (options.keepImages || tag === options.originalImage)
                return;
            await docker.removeImages([tag]);
            const at = made.indexOf(tag);
            if (at >= 0)
                made.splice(at, 1);
        };
        const saving = (from, to) => ({
            savedBytes: from.measurement.sizeBytes - to.measurement.sizeBytes,
            savedCompressedBytes: from.measurement.compressedBytes - to.measurement.compressedBytes,
            layersSaved: from.measurement.layerCount - to.measurement.layerCount,
        });
        const groupsOf = (result) => {
            const out = new Map();
            for (const a of result.applied) {
                const g = out.get(a.key) ?? { key: a.key, rule: a.rule, description: a.description, lines: [] };
                if (!g.lines.includes(a.line))
                    g.lines.push(a.line);
                out.set(a.key, g);
            }
            return [...out.values()];
        };
        const done = (optimized, optimization, fixes, dropped, attributed) => ({
            ok: true,
            original,
            optimized,
            optimization,
            fixes,
            dropped,
            ...saving(original, optimized),
            attributed,
            builds,
        });
        if (!full.changed) {
            await originalMeasured;
            return done(original, full, [], unprovenDropped, false);
        }
        if (!options.attribute) {
            const attempt = await tryVariant(full);
            await originalMeasured;
            if (attempt.ok) {
                const fixes = groupsOf(full).map((g) => ({
                    ...g,
                    savedBytes: null,
                    savedCompressedBytes: null,
                    layersSaved: null,
                }));
                return done(attempt.variant, full, fixes, unprovenDropped, false);
            }
            log(`the optimized image failed a check (${attempt.reason}); adding the fixes one group at a time to find which`);
        }
        // ---- cumulative: one group at a time
        const accepted = new Set();
        const fixes = [];
        const dropped = [...unprovenDropped];
        let previous = original;
        for (const group of groupsOf(full)) {
            const trial = optimizeWith((k) => accepted.has(k) || k === group.key);
            const trialGroup = groupsOf(trial).find((g) => g.key === group.key);
            if (trialGroup === undefined) {
                dropped.push({ ...group, reason: 'it only applies after a fix that was dropped' });
                continue;
            }
            const attempt = await tryVariant(trial);
            if (!attempt.ok) {
                log(`dropping "${group.key}": ${attempt.reason}`);
                dropped.push({ ...trialGroup, reason: attempt.reason });
                continue;
            }
            accepted.add(group.key);
            fixes.push({ ...trialGroup, ...saving(previous, attempt.variant) });
            if (previous !== original)
                await dropImage(previous.tag);
            previous = attempt.variant;
        }
        const verified = optimizeWith((k) => accepted.has(k));
        await originalMeasured;
        return done(previous, verified, fixes, dropped, true);
    }
    finally {
        if (!options.keepImages) {
            // the caller keeps only numbers; images built here are scratch
            await docker.removeImages(made.filter((t) => t !== options.originalImage));
        }
    }
}


/***/ })

};
