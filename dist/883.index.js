export const id = 883;
export const ids = [883];
export const modules = {

/***/ 3781:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cc: () => (/* binding */ findGrowthCommit)
});

// UNUSED EXPORTS: largestNewLayer, sizeOf

// EXTERNAL MODULE: ./.tmp/package/lib/src/compare/commit-build.js
var commit_build = __webpack_require__(4213);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/bisect/search.js
// Which commit of a range grew the image: a binary search for the largest jump in size, over a callback that
// builds and measures one commit. Pure over the callback: it decides what to measure and what the numbers say,
// the caller decides how a commit becomes a size (a build in a worktree, the layer store) and what it costs.
//
// The search keeps an interval (before, last] whose ends are measured: the growth of the range is
// size(last) − size(before). Each probe splits it in the middle and keeps the half that grew more, so a single
// big change is found in ⌈log2(n)⌉ probes. Several changes of similar size lead to the larger half each time,
// which is a good guess and not a proof; the result says which commits it narrowed down to, so a budget too
// small to reach one commit is reported as the range it is, never as a commit it is not.
async function findGrowth(request) {
    const { base, commits } = request;
    if (commits.length === 0)
        throw new Error('findGrowth: no commits after the base');
    if (!Number.isInteger(request.maxMeasurements) || request.maxMeasurements < 0)
        throw new Error(`findGrowth: maxMeasurements must be a whole number ≥ 0, not ${request.maxMeasurements}`);
    const probes = [];
    let left = request.maxMeasurements;
    const size = async (commit) => {
        const known = request.known?.get(commit);
        if (known !== undefined) {
            probes.push({ commit, sizeBytes: known, measured: false });
            return known;
        }
        if (left === 0)
            return 'over-budget';
        left -= 1;
        const measured = await request.measure(commit);
        probes.push({ commit, sizeBytes: measured, measured: true });
        return measured;
    };
    const head = commits[commits.length - 1];
    const baseSize = await size(base);
    const headSize = baseSize === null || baseSize === 'over-budget' ? baseSize : await size(head);
    if (baseSize === 'over-budget' || headSize === 'over-budget')
        return { kind: 'unknown', reason: 'the build budget does not cover the base and the head', probes };
    if (baseSize === null)
        return { kind: 'unknown', reason: `the base ${base} could not be measured`, probes };
    if (headSize === null)
        return { kind: 'unknown', reason: `the head ${head} could not be measured`, probes };
    if (headSize - baseSize <= 0)
        return { kind: 'no-growth', bytes: headSize - baseSize, probes };
    // positions: -1 is the base, i is commits[i]
    let lo = -1;
    let hi = commits.length - 1;
    let loSize = baseSize;
    let hiSize = headSize;
    let unmeasurable;
    while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        const midSize = await size(commits[mid]);
        if (midSize === 'over-budget')
            break;
        if (midSize === null) {
            unmeasurable = commits[mid];
            break;
        }
        // the half that grew more holds the largest jump (ties: the earlier half, where the growth first shows)
        if (midSize - loSize >= hiSize - midSize) {
            hi = mid;
            hiSize = midSize;
        }
        else {
            lo = mid;
            loSize = midSize;
        }
    }
    return {
        kind: 'found',
        range: commits.slice(lo + 1, hi + 1),
        before: lo === -1 ? base : commits[lo],
        bytes: hiSize - loSize,
        probes,
        narrowed: hi - lo > 1,
        ...(unmeasurable !== undefined ? { unmeasurable } : {}),
    };
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/bisect/growth.js


function sizeOf(m, metric) {
    return metric === 'compressed' ? m.compressedBytes : m.sizeBytes;
}
/** The largest layer of `after` that `before` does not have (layers are matched by content digest). */
function largestNewLayer(after, before) {
    const old = new Map();
    for (const l of before.layers)
        old.set(l.diffId, (old.get(l.diffId) ?? 0) + 1);
    let largest;
    for (const l of after.layers) {
        const n = old.get(l.diffId) ?? 0;
        if (n > 0) {
            old.set(l.diffId, n - 1);
            continue;
        }
        if (largest === undefined || l.sizeBytes > largest.sizeBytes)
            largest = l;
    }
    return largest;
}
async function findGrowthCommit(deps, request, 
/** The tags this search made are added here, for the caller to remove. */
images) {
    const measured = new Map(request.known ?? []);
    let builds = 0;
    const measure = async (sha) => {
        builds += 1;
        const tag = `${request.tagPrefix}-${sha.slice(0, 12)}`;
        try {
            const built = await deps.log.group(`bisect: build ${sha.slice(0, 12)}`, () => (0,commit_build/* buildCommit */.g)(deps, { repo: request.repo, sha, build: request.build, tag, tempDir: request.tempDir }));
            if (!built.ok) {
                deps.log.warning(`bisect: ${sha.slice(0, 12)} did not build: ${built.failure.message}`);
                return null;
            }
            images.push(built.build.tag);
            measured.set(sha, built.measurement);
            deps.log.info(`bisect: ${sha.slice(0, 12)} is ${built.measurement.sizeBytes} bytes uncompressed`);
            return sizeOf(built.measurement, request.metric);
        }
        catch (error) {
            const why = error instanceof Error ? error.message : String(error);
            deps.log.warning(`bisect: ${sha.slice(0, 12)} could not be built: ${why}`);
            return null;
        }
    };
    const known = new Map([...measured].map(([sha, m]) => [sha, sizeOf(m, request.metric)]));
    const result = await findGrowth({
        base: request.base,
        commits: request.commits.map((c) => c.sha),
        measure,
        maxMeasurements: request.maxBuilds,
        known,
    });
    if (result.kind === 'no-growth')
        return { kind: 'no-growth', bytes: result.bytes, builds };
    if (result.kind === 'unknown')
        return { kind: 'unknown', reason: result.reason, builds };
    const bySha = new Map(request.commits.map((c) => [c.sha, c]));
    const range = result.range.map((sha) => bySha.get(sha));
    const after = measured.get(result.range[result.range.length - 1]);
    const before = measured.get(result.before);
    const layer = after && before ? largestNewLayer(after, before) : undefined;
    const stoppedBecause = result.unmeasurable !== undefined
        ? `${result.unmeasurable.slice(0, 12)} did not build`
        : result.narrowed
            ? `the build budget (${request.maxBuilds}) ran out`
            : undefined;
    return {
        kind: 'found',
        ...(range.length === 1 ? { commit: range[0] } : {}),
        range,
        before: result.before,
        bytes: result.bytes,
        ...(layer
            ? {
                layer: {
                    sizeBytes: layer.sizeBytes,
                    createdBy: layer.createdBy,
                    ...(layer.line !== undefined ? { line: layer.line } : {}),
                    ...(layer.instruction !== undefined ? { instruction: layer.instruction } : {}),
                },
            }
            : {}),
        builds,
        ...(stoppedBecause !== undefined ? { stoppedBecause } : {}),
    };
}


/***/ }),

/***/ 4213:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ buildCommit),
/* harmony export */   u: () => (/* binding */ inRepo)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _dockerfile_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(646);
// One commit built and measured the way the head is: checked out in a temporary worktree, the same Dockerfile
// and context paths inside it, the same build options, measured through the run's layer store (so commits that
// share layers cost one read of each). The base of a comparison and the commits a growth search probes use it.


/** A path of the head build as a path inside the repository (what it is in every commit). */
function inRepo(repo, path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(path) ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(repo, path) || '.' : path;
}
/** Builds `sha` in a worktree and measures the image; the worktree is removed, the image tag is left. Throws
 *  when the worktree or the Dockerfile cannot be read (the caller says what that means for it). */
async function buildCommit(deps, request) {
    const dockerfile = inRepo(request.repo, request.build.dockerfile);
    const worktree = await deps.git.addWorktree(request.repo, request.sha, request.tempDir);
    try {
        const dockerfilePath = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(worktree, dockerfile);
        const context = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(worktree, inRepo(request.repo, request.build.context));
        const parsed = (0,_dockerfile_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDockerfile */ .Ai)(await deps.fs.readFile(dockerfilePath), dockerfile);
        const build = await deps.docker.build({
            ...request.build,
            dockerfile: dockerfilePath,
            context,
            tag: request.tag,
        });
        if (!build.ok)
            return { ok: false, failure: build };
        const measurement = await deps.measure(build.tag, parsed, request.build.target);
        return { ok: true, build, parsed, measurement };
    }
    finally {
        await deps.git.removeWorktree(request.repo, worktree).catch((error) => {
            const why = error instanceof Error ? error.message : String(error);
            deps.log.warning(`could not remove the worktree ${worktree}: ${why}`);
        });
    }
}


/***/ }),

/***/ 4200:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NQ: () => (/* binding */ parseBuildArgs),
/* harmony export */   TL: () => (/* binding */ parseInputs),
/* harmony export */   dz: () => (/* binding */ InputError)
/* harmony export */ });
/* unused harmony exports INPUT_NAMES, parseSize, parseIncrease, defaultCommentKey */
class InputError extends Error {
    problems;
    constructor(problems) {
        super(`Invalid action inputs (${problems.length}):\n` +
            problems.map((p) => `- ${p.input}: ${JSON.stringify(p.value)}: ${p.message}`).join('\n'));
        this.name = 'InputError';
        this.problems = problems;
    }
}
/** Input names the action declares, in action.yml order. */
const INPUT_NAMES = [
    'dockerfile',
    'context',
    'target',
    'build-args',
    'platform',
    'builder',
    'budget',
    'size-metric',
    'max-increase',
    'min-change',
    'max-layers',
    'warn-increase',
    'bisect-max-builds',
    'lint',
    'lint-fail-on',
    'config',
    'optimize',
    'smoke-test',
    'base-ref',
    'baseline',
    'comment',
    'comment-key',
    'comment-on',
    'summary',
    'sarif-file',
    'sbom-file',
    'github-token',
    'api-timeout',
    'fail-on-build-time',
    'allow-untrusted-build',
];
const SECRET_INPUTS = ['github-token'];
const DECIMAL = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12 };
const BINARY = { kib: 2 ** 10, mib: 2 ** 20, gib: 2 ** 30, tib: 2 ** 40 };
const SIZE_HINT = 'use a size like 150MB, 1.2GiB or 1500000 (bytes): decimal units kB, MB, GB, TB (1 MB = 1,000,000 B) ' +
    'or binary KiB, MiB, GiB, TiB';
/** Parses `150MB`, `1.2GiB`, `1 kB`, `1500000` into bytes (rounded to an integer). Throws a readable Error. */
function parseSize(text) {
    const match = /^(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)$/i.exec(text.trim());
    if (match === null)
        throw new Error(`not a size; ${SIZE_HINT}`);
    const unit = match[2].toLowerCase();
    const factor = unit === '' ? 1 : (DECIMAL[unit] ?? BINARY[unit]);
    if (factor === undefined)
        throw new Error(`unknown unit "${match[2]}"; ${SIZE_HINT}`);
    const bytes = Number(match[1]) * factor;
    if (!Number.isFinite(bytes) || bytes > Number.MAX_SAFE_INTEGER)
        throw new Error(`too large; ${SIZE_HINT}`);
    return Math.round(bytes);
}
const INCREASE_HINT = 'use bytes (10MB), a percentage (5%), or both separated by a comma (10MB,5%)';
/** Parses `5%`, `10MB`, `10MB,5%` (either order). */
function parseIncrease(text) {
    const parts = text.split(',').map((part) => part.trim());
    const limit = {};
    for (const part of parts) {
        if (part.endsWith('%')) {
            const number = part.slice(0, -1).trim();
            if (!/^(\d+(\.\d+)?|\.\d+)$/.test(number))
                throw new Error(`"${part}" is not a percentage; ${INCREASE_HINT}`);
            if (limit.percent !== undefined)
                throw new Error(`two percentages; ${INCREASE_HINT}`);
            limit.percent = Number(number);
        }
        else {
            if (part === '')
                throw new Error(`empty part; ${INCREASE_HINT}`);
            if (limit.bytes !== undefined)
                throw new Error(`two byte limits; ${INCREASE_HINT}`);
            try {
                limit.bytes = parseSize(part);
            }
            catch {
                throw new Error(`"${part}" is neither a size nor a percentage; ${INCREASE_HINT}`);
            }
        }
    }
    return limit;
}
const ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** One `KEY=VALUE` a line; blank lines and `#` comment lines are skipped; the value may contain `=`. */
function parseBuildArgs(text) {
    const args = {};
    const errors = [];
    text.split(/\r?\n/).forEach((rawLine, index) => {
        const line = rawLine.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const equals = line.indexOf('=');
        const key = equals < 0 ? line : line.slice(0, equals).trim();
        if (equals < 0)
            errors.push(`line ${index + 1} "${line}" has no "="`);
        else if (!ARG_NAME.test(key))
            errors.push(`line ${index + 1}: "${key}" is not a valid ARG name`);
        else if (Object.hasOwn(args, key))
            errors.push(`line ${index + 1}: ${key} is given twice`);
        else
            args[key] = line.slice(equals + 1);
    });
    if (errors.length > 0) {
        throw new Error(`${errors.join('; ')}; write one KEY=VALUE per line (KEY: letters, digits, _)`);
    }
    return args;
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
function parseBoolean(text) {
    if (TRUE.includes(text))
        return true;
    if (FALSE.includes(text))
        return false;
    throw new Error('use true or false');
}
function oneOf(allowed) {
    return (text) => {
        const value = text.toLowerCase();
        const found = allowed.find((option) => option === value);
        if (found === undefined)
            throw new Error(`use one of: ${allowed.join(', ')}`);
        return found;
    };
}
function parsePositiveInteger(text) {
    if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
        throw new Error('use a whole number of at least 1');
    }
    return Number(text);
}
function parseWholeNumber(text) {
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
        throw new Error('use a whole number (0 turns it off)');
    }
    return Number(text);
}
/** One platform, e.g. `linux/amd64` or `linux/arm64/v8`: a multi-platform image cannot be loaded and measured. */
function parsePlatform(text) {
    if (text.includes(','))
        throw new Error('give one platform (os/arch[/variant]); measure each platform in its own job');
    if (!/^[a-z0-9_.-]+\/[a-z0-9_.-]+(\/[a-z0-9_.-]+)?$/i.test(text)) {
        throw new Error('use os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8');
    }
    return text;
}
function parseOptimize(text) {
    if (text.toLowerCase() === 'aggressive')
        return 'aggressive';
    try {
        return parseBoolean(text) ? 'safe' : 'off';
    }
    catch {
        throw new Error('use true, false or aggressive');
    }
}
function parseNonEmptyLine(text) {
    if (/[\r\n]/.test(text))
        throw new Error('must be a single line');
    return text;
}
/** The default comment key: Dockerfile path, then target and platform when set. */
function defaultCommentKey(dockerfile, target, platform) {
    return [
        dockerfile,
        target === undefined ? '' : `:${target}`,
        platform === undefined ? '' : `@${platform}`,
    ].join('');
}
function parseInputs(raw) {
    const problems = [];
    const get = (name) => {
        const value = raw[name];
        if (value === undefined)
            return undefined;
        // Surrounding whitespace is dropped as core.getInput does; YAML block scalars end with a newline.
        const trimmed = value.trim();
        return trimmed === '' ? undefined : trimmed;
    };
    function read(name, parse, fallback) {
        const text = get(name);
        if (text === undefined)
            return fallback;
        try {
            return parse(text);
        }
        catch (error) {
            problems.push({
                input: name,
                // A secret never appears in an error message (logs of public repositories are public).
                value: SECRET_INPUTS.includes(name) ? '***' : text,
                message: error instanceof Error ? error.message : String(error),
            });
            return fallback;
        }
    }
    const text = (value) => parseNonEmptyLine(value);
    const dockerfile = read('dockerfile', text, 'Dockerfile');
    const target = read('target', text);
    const platform = read('platform', parsePlatform);
    const inputs = {
        dockerfile,
        context: read('context', text, '.'),
        target,
        buildArgs: read('build-args', parseBuildArgs, {}),
        platform,
        builder: read('builder', text),
        budget: read('budget', parseSize),
        sizeMetric: read('size-metric', oneOf(['uncompressed', 'compressed']), 'uncompressed'),
        maxIncrease: read('max-increase', parseIncrease),
        warnIncrease: read('warn-increase', parseIncrease),
        minChange: read('min-change', parseSize, 1000),
        maxLayers: read('max-layers', parsePositiveInteger),
        bisectMaxBuilds: read('bisect-max-builds', parseWholeNumber, 6),
        lint: read('lint', parseBoolean, true),
        lintFailOn: read('lint-fail-on', oneOf(['error', 'warning', 'info', 'style', 'none']), 'error'),
        config: read('config', text, '.image-budget.yml'),
        optimize: read('optimize', parseOptimize, 'safe'),
        smokeTest: read('smoke-test', (value) => value),
        baseRef: read('base-ref', text),
        baseline: read('baseline', oneOf(['auto', 'build', 'cache', 'none']), 'auto'),
        comment: read('comment', parseBoolean, true),
        commentKey: read('comment-key', text, defaultCommentKey(dockerfile, target, platform)),
        commentOn: read('comment-on', oneOf(['always', 'change', 'regression', 'failure']), 'always'),
        summary: read('summary', parseBoolean, true),
        sarifFile: read('sarif-file', text),
        sbomFile: read('sbom-file', text),
        githubToken: read('github-token', text),
        apiTimeout: read('api-timeout', parsePositiveInteger, 10),
        failOnBuildTime: read('fail-on-build-time', parseBoolean, false),
        allowUntrustedBuild: read('allow-untrusted-build', parseBoolean, false),
    };
    if (problems.length > 0) {
        const order = (name) => INPUT_NAMES.indexOf(name);
        throw new InputError(problems.sort((a, b) => order(a.input) - order(b.input)));
    }
    return inputs;
}


/***/ }),

/***/ 9880:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ removeRunImages)
/* harmony export */ });
/**
 * Removes containers still running or stopped from the run's images (a smoke test that timed out keeps its
 * container, and the action's process would wait for it), then the run's tags. Returns what it could not remove.
 */
async function removeRunImages(docker, tags) {
    const failed = [];
    if (tags.length === 0)
        return failed;
    const containersOf = (names) => docker
        .run(['ps', '--all', '--quiet', '--no-trunc', ...names.flatMap((n) => ['--filter', `ancestor=${n}`])])
        .then((r) => r.stdout);
    // one listing for all the tags (filters of one key are alternatives); an image already gone fails the whole
    // listing, so then each tag is asked alone (no container can use a missing image)
    const listing = await containersOf(tags).catch(async () => (await Promise.all(tags.map((tag) => containersOf([tag]).catch(() => '')))).join('\n'));
    const ids = [...new Set(listing.split('\n').map((id) => id.trim()))].filter((id) => /^[0-9a-f]+$/.test(id));
    if (ids.length > 0)
        await docker.run(['rm', '--force', '--volumes', ...ids]).catch(() => undefined);
    try {
        await docker.run(['image', 'rm', '--force', '--no-prune', ...tags]);
    }
    catch {
        // one missing tag fails the whole command: remove one at a time to find what is left
        for (const tag of tags) {
            if (!(await docker.imageExists(tag)))
                continue;
            await docker.run(['image', 'rm', '--force', '--no-prune', tag]).catch(() => failed.push(tag));
        }
    }
    return failed;
}


/***/ }),

/***/ 9837:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   g$: () => (/* binding */ printable)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
// Untrusted text (Dockerfile lines, paths, branch names, messages quoting them) on its way into Markdown that
// GitHub renders: no raw HTML, no @-mentions or issue references, nothing that closes a table cell, a code span,
// a code block or a collapsed section. Terminal escape sequences (the colours of build output) go whole: only
// dropping their ESC character would leave `[31m` in the text.

const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g;
// Control characters other than tab break rendering (and some terminals).
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
// Characters with Markdown meaning anywhere in a line (`(`/`)` only matter after `]`, `!` only before `[`).
const MARKDOWN_PUNCTUATION = /[\\`*_[\]#|~$]/g;
// What makes a block (list, quote, heading, rule) when it starts a line.
const BLOCK_START = /^(\s*)([-+=]|\d+[.)])/;
const HTML = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };
/** Cuts text longer than `max` characters, marking the cut with an ellipsis. */
function clip(text, max) {
    return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}
/** Untrusted text on one line: line breaks become spaces, other control characters but tab go. */
function oneLine(text) {
    return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.stripVTControlCharacters)(text).replace(LINE_BREAKS, ' ').replace(CONTROLS, '');
}
/** Untrusted text for a terminal: every control character (C0, DEL and C1, such as the 8-bit CSI) becomes a
 *  space, so none can move the cursor or change colours. */
function printable(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}
/** Plain text for a paragraph, list item or table cell: one line, every Markdown and HTML meaning removed. */
function escapeText(text, max = 500) {
    return clip(oneLine(text), max)
        .replace(/[<>&]/g, (char) => HTML[char])
        .replace(MARKDOWN_PUNCTUATION, (char) => `\\${char}`)
        .replace(BLOCK_START, (_all, space, mark) => /^\d/.test(mark) ? `${space}${mark.slice(0, -1)}\\${mark.slice(-1)}` : `${space}\\${mark}`)
        .replace(/@/g, '@\u200b');
}
/** Inline code for untrusted text. Inside a code span nothing is markup, so only its own delimiters, line
 *  breaks and (in a table) the cell separator need care; GitHub strips the `\` of `\|` inside table cells. */
function codeSpan(text, options = {}) {
    let body = clip(oneLine(text), options.max ?? 200);
    if (options.inTable)
        body = body.replace(/\|/g, '\\|');
    const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}
/** A fenced code block that no content can close early: the fence is longer than any backtick run inside. */
function codeBlock(text, language = '') {
    const body = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.stripVTControlCharacters)(text)
        .replace(/\r\n?/g, '\n')
        .replace(CONTROLS, '')
        .replace(/\n$/, '');
    const longestRun = Math.max(0, ...(body.match(/`{3,}/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    return `${fence}${language}\n${body}\n${fence}`;
}
/** The hidden marker that finds the sticky comment again. The key (from a file path, a target, a platform) is
 *  percent-encoded outside a safe set, so it can never end the HTML comment or hide other markup. */
function commentMarker(key) {
    const safe = key.replace(/[^A-Za-z0-9._/:@+=,-]/g, (char) => [...Buffer.from(char, 'utf8')]
        .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
        .join(''));
    return `<!-- image-budget:${safe.replace(/-(?=-)/g, '%2D')} -->`;
}


/***/ }),

/***/ 4209:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ growthSentence)
/* harmony export */ });
/* unused harmony export growthProblem */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9837);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1871);


function text(value, form, max = 200) {
    const one = value.length > max ? `${value.slice(0, max - 1)}…` : value;
    return form === 'markdown' ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(one, max) : (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(one);
}
const short = (sha, form) => text(sha.slice(0, 7), form);
function growthSentence(report, dockerfile, form) {
    const builds = (0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(report.builds, 'build');
    if (report.kind === 'no-growth')
        return `The commits of this range did not grow the image in all (${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .signedBytes */ .Sq)(report.bytes)}, ${builds}).`;
    if (report.kind === 'unknown')
        return `Which commit grew the image is unknown: ${text(report.reason, form)}.`;
    const line = report.layer?.line;
    const at = line === undefined ? '' : `${text(dockerfile, form)} line ${line}, `;
    const bytes = (0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .signedBytes */ .Sq)(report.bytes);
    if (report.commit !== undefined) {
        const c = report.commit;
        return `Most of the growth came from ${short(c.sha, form)} '${text(c.subject, form, 72)}' (${at}${bytes}).`;
    }
    const first = report.range[0];
    const last = report.range[report.range.length - 1];
    const why = text(report.stoppedBecause ?? 'the search stopped', form);
    return (`Most of the growth came from one of the ${report.range.length} commits ${short(first.sha, form)}…` +
        `${short(last.sha, form)} (${at}${bytes}); ${why} before one was left.`);
}
/** Why a report's `growth` (read back from a JSON report) cannot be rendered, or null when it can. */
function growthProblem(value) {
    const g = value;
    if (g === null || typeof g !== 'object')
        return '"growth" is not an object';
    const isText = (v) => typeof v === 'string';
    const isCount = (v) => typeof v === 'number' && Number.isSafeInteger(v);
    const isCommit = (v) => v !== null &&
        typeof v === 'object' &&
        isText(v['sha']) &&
        isText(v['subject']);
    if (!isCount(g['builds']) || !isCount(g['bytes'] ?? 0))
        return '"growth" needs whole "builds" and "bytes"';
    if (g['kind'] === 'no-growth')
        return null;
    if (g['kind'] === 'unknown')
        return isText(g['reason']) ? null : '"growth.reason" is not a text';
    if (g['kind'] !== 'found')
        return '"growth.kind" is not found, no-growth or unknown';
    const range = g['range'];
    if (!Array.isArray(range) || range.length === 0 || !range.every(isCommit))
        return '"growth.range" is not a list of commits';
    if (g['commit'] !== undefined && !isCommit(g['commit']))
        return '"growth.commit" is not a commit';
    if (g['stoppedBecause'] !== undefined && !isText(g['stoppedBecause']))
        return '"growth.stoppedBecause" is not a text';
    const layer = g['layer'];
    if (layer !== undefined && (layer === null || typeof layer !== 'object'))
        return '"growth.layer" is not an object';
    if (layer?.['line'] !== undefined && !isCount(layer['line']))
        return '"growth.layer.line" is not a line';
    return null;
}


/***/ })

};
