export const id = 967;
export const ids = [967];
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
        async fetchHistory(repo, shas, depth) {
            await runGit(repo, [
                'fetch',
                '--no-tags',
                '--no-recurse-submodules',
                `--depth=${Math.max(1, Math.floor(depth))}`,
                'origin',
                '--',
                ...shas.map(checkRef),
            ]);
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


/***/ })

};
