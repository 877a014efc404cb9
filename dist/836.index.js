export const id = 836;
export const ids = [836];
export const modules = {

/***/ 8176:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ parseBuildArgFlags)
/* harmony export */ });
// `--build-arg NAME=value` as `docker build` reads it: repeatable, the value may contain `=`, and `NAME` alone
// takes the value of the environment variable of that name (left out when the environment has none, as docker
// leaves it out). Pure: the environment comes in as a map.
const ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** The build arguments of the flag's values, in order (a later value of a name wins, as with docker). Throws an
 *  Error naming the flag and the value for a name that is no ARG name. */
function parseBuildArgFlags(values, env, flag = '--build-arg') {
    const args = {};
    for (const raw of values) {
        const eq = raw.indexOf('=');
        const name = eq < 0 ? raw : raw.slice(0, eq);
        if (!ARG_NAME.test(name)) {
            throw new Error(`${flag} ${JSON.stringify(raw)}: ${name === '' ? 'no name before "="' : `"${name}" is not a valid ARG name`}; ` +
                `write ${flag} NAME=value (NAME: letters, digits, _), or ${flag} NAME to take the value from the environment`);
        }
        if (eq >= 0)
            args[name] = raw.slice(eq + 1);
        else if (env[name] !== undefined)
            args[name] = env[name];
    }
    return args;
}


/***/ }),

/***/ 7836:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EXAMPLE_DOCKERFILE: () => (/* binding */ EXAMPLE_DOCKERFILE),
  runCheck: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(5217);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./.tmp/package/lib/src/deps.js + 4 modules
var src_deps = __webpack_require__(2967);
// EXTERNAL MODULE: ./.tmp/package/lib/src/measure/layer-store.js
var layer_store = __webpack_require__(8735);
// EXTERNAL MODULE: ./.tmp/package/lib/src/inputs.js
var src_inputs = __webpack_require__(4200);
// EXTERNAL MODULE: ./.tmp/package/lib/src/lint/config.js
var lint_config = __webpack_require__(9985);
// EXTERNAL MODULE: ./.tmp/package/lib/src/pipeline/cleanup.js
var cleanup = __webpack_require__(9880);
// EXTERNAL MODULE: ./.tmp/package/lib/src/docker/errors.js
var errors = __webpack_require__(6491);
// EXTERNAL MODULE: ./.tmp/package/lib/src/bisect/growth.js + 1 modules
var growth = __webpack_require__(3781);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/pipeline/growth.js

/** How far back a depth-1 checkout is deepened to find where the branch left its base. */
const HISTORY_DEPTH = 200;
/** A growth limit (fail or warn) was exceeded. */
function growthLimitExceeded(verdict) {
    return verdict.reasons.some((r) => (r.kind === 'max-increase' || r.kind === 'warn-increase') && r.level !== 'info');
}
function message(error) {
    return error instanceof Error ? error.message : String(error);
}
async function explainGrowth(deps, request, images) {
    const { inputs, result, repo, headSha } = request;
    if (inputs.bisectMaxBuilds === 0 || !growthLimitExceeded(result.verdict))
        return undefined;
    const baseline = result.baseline;
    if (!baseline.available || headSha === '')
        return undefined;
    try {
        let start = await deps.git.mergeBase(repo, baseline.sha, headSha);
        if (start === null) {
            // a depth-1 checkout (actions/checkout's default) has neither commit's history
            await deps.git.fetchHistory(repo, [baseline.sha, headSha], HISTORY_DEPTH);
            start = await deps.git.mergeBase(repo, baseline.sha, headSha);
        }
        if (start === null) {
            deps.log.warning(`which commit grew the image is not searched: ${baseline.sha.slice(0, 12)} and ${headSha.slice(0, 12)} ` +
                `share no commit in the last ${HISTORY_DEPTH} (fetch more history with actions/checkout's fetch-depth: 0)`);
            return undefined;
        }
        const commits = await deps.git.firstParentCommits(repo, start, headSha);
        if (commits.length < 2)
            return undefined;
        const known = new Map();
        if (start === baseline.sha)
            known.set(start, baseline.measurement);
        if (request.headIsCommit)
            known.set(headSha, result.head);
        return await deps.log.group(`which of ${commits.length} commits grew the image`, () => (0,growth/* findGrowthCommit */.Cc)(deps, {
            repo,
            base: start,
            commits,
            build: result.buildOptions,
            metric: inputs.sizeMetric,
            maxBuilds: inputs.bisectMaxBuilds,
            known,
            tagPrefix: request.tagPrefix,
            tempDir: request.tempDir,
        }, images));
    }
    catch (error) {
        deps.log.warning(`which commit grew the image is not known: ${message(error)}`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/pipeline/report-data.js
/** The limits the verdict applied, as the report shows them: every caller reports the same ones. */
function reportLimits(inputs) {
    return {
        sizeMetric: inputs.sizeMetric,
        failOnBuildTime: inputs.failOnBuildTime,
        ...(inputs.budget !== undefined ? { budget: inputs.budget } : {}),
        ...(inputs.maxIncrease ? { maxIncrease: inputs.maxIncrease } : {}),
        ...(inputs.warnIncrease ? { warnIncrease: inputs.warnIncrease } : {}),
        ...(inputs.maxLayers !== undefined ? { maxLayers: inputs.maxLayers } : {}),
    };
}
function reportData(inputs, result, origin = {}) {
    const data = {
        key: inputs.commentKey,
        dockerfile: result.dockerfile,
        head: result.head,
        base: result.baseline.available ? result.baseline.measurement : null,
        comparison: result.comparison,
        verdict: result.verdict,
        limits: reportLimits(inputs),
        findings: result.findings,
        lintEnabled: inputs.lint,
    };
    if (inputs.target !== undefined)
        data.target = inputs.target;
    if (inputs.platform !== undefined)
        data.platform = inputs.platform;
    const pr = origin.pullRequest;
    if (pr !== undefined) {
        data.pullRequest = pr.number;
        data.baseRef = pr.baseRef;
        data.headRef = pr.headRef;
        data.headSha = pr.headSha;
    }
    else {
        if (origin.baseRef !== undefined)
            data.baseRef = origin.baseRef;
        if (origin.headSha)
            data.headSha = origin.headSha;
    }
    const baseline = result.baseline;
    const baseSha = baseline.available ? baseline.sha : (baseline.sha ?? origin.requestedBase);
    if (baseSha !== undefined)
        data.baseSha = baseSha;
    if (result.findingChanges)
        data.findingChanges = result.findingChanges;
    if (result.optimizer)
        data.optimizer = result.optimizer;
    if (origin.runUrl)
        data.runUrl = origin.runUrl;
    return data;
}

// EXTERNAL MODULE: ./.tmp/package/lib/src/dockerfile/parse.js + 1 modules
var parse = __webpack_require__(646);
// EXTERNAL MODULE: ./.tmp/package/lib/src/compare/commit-build.js
var commit_build = __webpack_require__(4213);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/compare/baseline.js
// The base side of the comparison: the base commit built the same way as the head, in a temporary worktree, or
// its JSON report restored from the cache. Anything that stops us from getting it becomes "no baseline" with the
// reason, never a failure: a broken base must not wedge every pull request.


/** Cache key of a commit's report: the commit plus what was built (Dockerfile, target, platform, build args). */
function baselineCacheKey(sha, build) {
    const what = JSON.stringify([
        build.dockerfile,
        build.target ?? '',
        build.platform ?? '',
        build.buildArgs ?? {},
    ]);
    return `image-budget-v1-${sha}-${(0,external_node_crypto_.createHash)('sha256').update(what).digest('hex').slice(0, 16)}`;
}
async function resolveBase(deps, repo, ref) {
    const have = await deps.git.resolve(repo, ref);
    if (have !== null)
        return have;
    try {
        await deps.git.fetch(repo, ref);
    }
    catch (error) {
        return {
            reason: `the base commit ${ref} is not in the checkout and fetching it failed: ${baseline_message(error)}`,
        };
    }
    return ((await deps.git.resolve(repo, ref)) ?? {
        reason: `the base commit ${ref} could not be found after fetching it`,
    });
}
async function getBaseline(deps, request) {
    if (request.mode === 'none')
        return { available: false, reason: 'baseline is off (`baseline: none`)' };
    const resolved = await resolveBase(deps, request.repo, request.ref);
    if (typeof resolved !== 'string')
        return { available: false, failed: true, reason: resolved.reason };
    const sha = resolved;
    const dockerfile = (0,commit_build/* inRepo */.u)(request.repo, request.build.dockerfile);
    const key = baselineCacheKey(sha, { ...request.build, dockerfile });
    if (request.mode === 'cache' || request.mode === 'auto') {
        const cached = await restoreCached(deps, key);
        if (cached !== null)
            return { available: true, ...cached, source: 'cache' };
        if (request.mode === 'cache') {
            return {
                available: false,
                failed: true,
                sha,
                reason: `no cached report for the base commit ${sha.slice(0, 12)} (a run on the default branch stores one)`,
            };
        }
    }
    if (!(await deps.git.exists(request.repo, sha, dockerfile))) {
        return { available: false, sha, reason: `the base commit ${sha.slice(0, 12)} has no ${dockerfile}` };
    }
    return buildBase(deps, request, sha, dockerfile);
}
async function buildBase(deps, request, sha, dockerfile) {
    try {
        const built = await (0,commit_build/* buildCommit */.g)(deps, { ...request, sha });
        if (!built.ok) {
            const where = built.failure.step ? ` at ${built.failure.step}` : '';
            return {
                available: false,
                failed: true,
                sha,
                reason: `the base build failed${where}: ${built.failure.message}`,
            };
        }
        const { build: result, parsed, measurement } = built;
        const report = {
            sha,
            source: 'build',
            measurement,
            findings: await baseFindings(request, parsed, dockerfile),
            buildSeconds: result.seconds,
        };
        if (result.cachedSteps !== undefined)
            report.cachedSteps = result.cachedSteps;
        if (result.totalSteps !== undefined)
            report.totalSteps = result.totalSteps;
        return { available: true, image: result.tag, ...report };
    }
    catch (error) {
        return { available: false, failed: true, sha, reason: `the base could not be built: ${baseline_message(error)}` };
    }
}
/** The base Dockerfile's findings, linted with the run's Linter; null when lint is off. */
async function baseFindings(request, dockerfile, file) {
    return request.linter ? request.linter.lint(dockerfile, file) : null;
}
async function restoreCached(deps, key) {
    let text;
    try {
        text = await deps.cache.restore(key);
    }
    catch (error) {
        deps.log.warning(`the baseline cache could not be read (${baseline_message(error)}); building the base instead`);
        return null;
    }
    if (text === null)
        return null;
    try {
        const cached = JSON.parse(text);
        if (cached.version !== 1 ||
            cached.key !== key ||
            typeof cached.report?.measurement?.sizeBytes !== 'number')
            return null;
        return cached.report;
    }
    catch {
        return null;
    }
}
/** Stores a commit's report for later pull requests (runs on pushes to the default branch). */
async function saveBaseline(deps, report, build, repo) {
    const key = baselineCacheKey(report.sha, { ...build, dockerfile: inRepo(repo, build.dockerfile) });
    const { sha, measurement, findings, buildSeconds, cachedSteps, totalSteps } = report;
    const stored = { sha, source: 'cache', measurement, findings };
    if (buildSeconds !== undefined)
        stored.buildSeconds = buildSeconds;
    if (cachedSteps !== undefined)
        stored.cachedSteps = cachedSteps;
    if (totalSteps !== undefined)
        stored.totalSteps = totalSteps;
    const cached = { version: 1, key, report: stored };
    await deps.cache.save(key, JSON.stringify(cached));
    return key;
}
function baseline_message(error) {
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/diff/base.js
var base = __webpack_require__(3102);
;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/array.js

class ArrayDiff extends base/* default */.A {
    tokenize(value) {
        return value.slice();
    }
    join(value) {
        return value;
    }
    removeEmpty(value) {
        return value;
    }
}
const arrayDiff = new ArrayDiff();
function diffArrays(oldArr, newArr, options) {
    return arrayDiff.diff(oldArr, newArr, options);
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/compare/align-layers.js
// Pairs base layers with head layers made by the same instruction, so "this layer grew" means something even
// when the PR inserts or removes instructions.

/** The instruction a layer came from, without what changes from build to build: the classic builder's
 *  content hashes (`file:<sha>`), its build-arg prefix (`|2 A=1 B=2 /bin/sh -c`), `#(nop)` and BuildKit's tag. */
function layerKey(createdBy) {
    return createdBy
        .replace(/\b(file|dir|multi):[0-9a-f]{64}/g, '$1:*')
        .replace(/^\|\d+(\s+\S+=\S*)*\s+/, '')
        .replace(/^\/bin\/sh -c #\(nop\)\s*/, '')
        .replace(/\s+# buildkit$/, '')
        .replace(/\s+/g, ' ')
        .trim();
}
function change(base, head, minChange) {
    const baseBytes = base?.sizeBytes ?? 0;
    const headBytes = head?.sizeBytes ?? 0;
    const delta = headBytes - baseBytes;
    const shown = head ?? base;
    const kind = base === undefined
        ? 'added'
        : head === undefined
            ? 'removed'
            : delta >= minChange && delta > 0
                ? 'grown'
                : -delta >= minChange && delta < 0
                    ? 'shrunk'
                    : 'same';
    const result = {
        headIndex: head === undefined ? null : head.index,
        baseIndex: base === undefined ? null : base.index,
        createdBy: shown.createdBy,
        baseBytes,
        headBytes,
        delta,
        kind,
    };
    if (shown.line !== undefined)
        result.line = shown.line;
    return result;
}
/** Aligns the layer lists by instruction (a longest-common-subsequence diff over `layerKey`). A run of removed
 *  base layers directly followed by added head layers is paired position by position: the instruction was edited. */
function alignLayers(base, head, minChange) {
    const baseKeys = base.map((layer) => layerKey(layer.createdBy));
    const headKeys = head.map((layer) => layerKey(layer.createdBy));
    const parts = diffArrays(base.map((_, i) => i), head.map((_, i) => i), { comparator: (left, right) => baseKeys[left] === headKeys[right] });
    const changes = [];
    let baseAt = 0;
    let headAt = 0;
    let pendingRemoved = [];
    const flushRemoved = () => {
        for (const index of pendingRemoved)
            changes.push(change(base[index], undefined, minChange));
        pendingRemoved = [];
    };
    for (const part of parts) {
        if (part.removed) {
            pendingRemoved.push(...Array.from({ length: part.count }, (_, k) => baseAt + k));
            baseAt += part.count;
        }
        else if (part.added) {
            for (let k = 0; k < part.count; k++) {
                const paired = pendingRemoved.shift();
                changes.push(change(paired === undefined ? undefined : base[paired], head[headAt + k], minChange));
            }
            headAt += part.count;
            flushRemoved();
        }
        else {
            flushRemoved();
            for (let k = 0; k < part.count; k++)
                changes.push(change(base[baseAt + k], head[headAt + k], minChange));
            baseAt += part.count;
            headAt += part.count;
        }
    }
    flushRemoved();
    return changes;
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/compare/files.js
/** How many files and folders the comparison lists. */
const GROWN_FILES_SHOWN = 20;
const GROWN_FOLDERS_SHOWN = 10;
/** Folders deeper than this are not listed (their files are). */
const FOLDER_DEPTH = 4;
/** A folder is left out when one of its child folders holds this share of its growth. */
const CHILD_SHARE = 0.9;
function ancestors(path) {
    const parts = path.split('/');
    const out = [];
    for (let i = 1; i < parts.length && i <= FOLDER_DEPTH; i++)
        out.push(parts.slice(0, i).join('/'));
    return out;
}
function grown(path, baseBytes, headBytes, layer, layers) {
    const l = layers[layer];
    const g = {
        path: `/${path}`,
        kind: baseBytes === 0 ? 'added' : 'grown',
        baseBytes,
        headBytes,
        deltaBytes: headBytes - baseBytes,
        layer,
        createdBy: l?.createdBy ?? '',
    };
    if (l?.line !== undefined)
        g.line = l.line;
    return g;
}
/** The largest added or grown files and folders; undefined when either image has no final file list. */
function diffFiles(base, head, headLayers) {
    if (base === undefined || head === undefined)
        return undefined;
    const files = [];
    /** Folder → Σ growth, and the growth each head layer brought to it. */
    const folders = new Map();
    const folder = (path) => {
        let f = folders.get(path);
        if (!f)
            folders.set(path, (f = { base: 0, head: 0, byLayer: new Map() }));
        return f;
    };
    for (const [path, h] of head) {
        const b = base.get(path)?.size ?? 0;
        for (const dir of ancestors(path)) {
            const f = folder(dir);
            f.head += h.size;
            f.base += b;
            if (h.size > b)
                f.byLayer.set(h.layer, (f.byLayer.get(h.layer) ?? 0) + h.size - b);
        }
        if (h.size > b)
            files.push(grown(path, b, h.size, h.layer, headLayers));
    }
    for (const [path, b] of base)
        if (!head.has(path))
            for (const dir of ancestors(path))
                folder(dir).base += b.size;
    files.sort((x, y) => y.deltaBytes - x.deltaBytes || x.path.localeCompare(y.path));
    const grownFolders = [...folders]
        .filter(([, f]) => f.head > f.base)
        .map(([path, f]) => {
        const top = [...f.byLayer].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0];
        return grown(path, f.base, f.head, top?.[0] ?? -1, headLayers);
    });
    const biggestChild = new Map();
    for (const g of grownFolders) {
        const parent = g.path.slice(0, g.path.lastIndexOf('/'));
        if (parent !== '')
            biggestChild.set(parent, Math.max(biggestChild.get(parent) ?? 0, g.deltaBytes));
    }
    // a folder one of whose child folders holds nearly all of its growth is left out: the child says more
    const specific = grownFolders.filter((g) => (biggestChild.get(g.path) ?? 0) < CHILD_SHARE * g.deltaBytes);
    specific.sort((x, y) => y.deltaBytes - x.deltaBytes || x.path.localeCompare(y.path));
    return {
        files: files.slice(0, GROWN_FILES_SHOWN),
        folders: specific.slice(0, GROWN_FOLDERS_SHOWN),
        grownFiles: files.length,
    };
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/compare/packages.js
/** How many unowned folders the diff lists (the totals count them all). */
const UNOWNED_SHOWN = 20;
/**
 * Orders two version strings the way dpkg does (epoch, then upstream version and revision compared as alternating
 * runs of non-digits and numbers, `~` sorting before everything, even the end). Used for every ecosystem: it
 * orders semver, PEP 440 release numbers and apk's `-rN` the same way as their own tools in all ordinary cases.
 */
function compareVersions(a, b) {
    const split = (v) => {
        const colon = v.indexOf(':');
        const epoch = colon > 0 && /^\d+$/.test(v.slice(0, colon)) ? Number(v.slice(0, colon)) : 0;
        const rest = colon > 0 && /^\d+$/.test(v.slice(0, colon)) ? v.slice(colon + 1) : v;
        const dash = rest.lastIndexOf('-');
        return dash < 0 ? [epoch, rest, ''] : [epoch, rest.slice(0, dash), rest.slice(dash + 1)];
    };
    const [ea, ua, ra] = split(a);
    const [eb, ub, rb] = split(b);
    if (ea !== eb)
        return ea < eb ? -1 : 1;
    return comparePart(ua, ub) || comparePart(ra, rb);
}
function order(c) {
    if (c === undefined)
        return 0;
    if (c === '~')
        return -1;
    if (/[A-Za-z]/.test(c))
        return c.charCodeAt(0);
    return c.charCodeAt(0) + 256;
}
function comparePart(a, b) {
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        // non-digit runs, character by character
        while ((i < a.length && !/\d/.test(a[i])) || (j < b.length && !/\d/.test(b[j]))) {
            const ca = i < a.length && !/\d/.test(a[i]) ? a[i] : undefined;
            const cb = j < b.length && !/\d/.test(b[j]) ? b[j] : undefined;
            const d = order(ca) - order(cb);
            if (d !== 0)
                return d < 0 ? -1 : 1;
            if (ca !== undefined)
                i++;
            if (cb !== undefined)
                j++;
        }
        let na = '';
        let nb = '';
        while (i < a.length && /\d/.test(a[i]))
            na += a[i++];
        while (j < b.length && /\d/.test(b[j]))
            nb += b[j++];
        const x = BigInt(na === '' ? '0' : na);
        const y = BigInt(nb === '' ? '0' : nb);
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}
const keyOf = (p) => `${p.ecosystem}\n${p.name}\n${p.location ?? ''}`;
function packages_change(before, after) {
    const p = (after ?? before);
    const baseBytes = before?.bytes ?? 0;
    const headBytes = after?.bytes ?? 0;
    const kind = before === undefined
        ? 'added'
        : after === undefined
            ? 'removed'
            : compareVersions(before.version, after.version) < 0
                ? 'upgraded'
                : 'downgraded';
    const c = {
        ecosystem: p.ecosystem,
        name: p.name,
        kind,
        baseBytes,
        headBytes,
        deltaBytes: headBytes - baseBytes,
    };
    if (p.location !== undefined)
        c.location = p.location;
    if (before)
        c.baseVersion = before.version;
    if (after)
        c.headVersion = after.version;
    return c;
}
/** The package diff of two inventories; undefined when neither image has one. */
function diffPackages(base, head) {
    if (base === undefined && head === undefined)
        return undefined;
    const empty = { packages: [], fileBytes: 0, unownedBytes: 0, unowned: [], notRead: [] };
    const b = base ?? empty;
    const h = head ?? empty;
    const before = new Map(b.packages.map((p) => [keyOf(p), p]));
    const after = new Map(h.packages.map((p) => [keyOf(p), p]));
    const changes = [];
    let sameVersionDeltaBytes = 0;
    for (const [key, p] of after) {
        const old = before.get(key);
        if (old !== undefined && old.version === p.version)
            sameVersionDeltaBytes += p.bytes - old.bytes;
        else
            changes.push(packages_change(old, p));
    }
    for (const [key, p] of before)
        if (!after.has(key))
            changes.push(packages_change(p, undefined));
    changes.sort((x, y) => y.deltaBytes - x.deltaBytes ||
        x.ecosystem.localeCompare(y.ecosystem) ||
        x.name.localeCompare(y.name) ||
        (x.location ?? '').localeCompare(y.location ?? ''));
    const groups = new Map();
    for (const g of h.unowned)
        groups.set(g.path, g.bytes);
    for (const g of b.unowned)
        groups.set(g.path, (groups.get(g.path) ?? 0) - g.bytes);
    const diff = {
        changes,
        sameVersionDeltaBytes,
        fileBytes: { base: b.fileBytes, head: h.fileBytes, delta: h.fileBytes - b.fileBytes },
        unowned: {
            baseBytes: b.unownedBytes,
            headBytes: h.unownedBytes,
            deltaBytes: h.unownedBytes - b.unownedBytes,
            folders: [...groups]
                .filter(([, delta]) => delta !== 0)
                .map(([path, deltaBytes]) => ({ path, deltaBytes }))
                .sort((x, y) => y.deltaBytes - x.deltaBytes || x.path.localeCompare(y.path))
                .slice(0, UNOWNED_SHOWN),
        },
        notRead: [...new Set([...b.notRead, ...h.notRead])].sort(),
    };
    if (b.incomplete || h.incomplete)
        diff.incomplete = true;
    return diff;
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/compare/compare.js



const DEFAULT_BUILD_NOISE = 0.2;
/** Build times closer than this are never called a change, whatever the percentage. */
const MIN_BUILD_SECONDS_CHANGE = 2;
function metricDelta(base, head, noiseFloor) {
    if (base === null)
        return { base: null, head, delta: null, percent: null, changed: false };
    const delta = head - base;
    return {
        base,
        head,
        delta,
        percent: base === 0 ? null : (delta / base) * 100,
        changed: delta !== 0 && Math.abs(delta) >= noiseFloor,
    };
}
function buildTime(options, hasBaseline) {
    const seconds = options.buildSeconds;
    if (seconds?.head === undefined)
        return undefined;
    const noise = options.buildNoise ?? DEFAULT_BUILD_NOISE;
    const base = hasBaseline && seconds.base !== undefined ? seconds.base : null;
    const comparable = base !== null && seconds.sameCacheState !== false;
    const floor = base === null ? 0 : Math.max(MIN_BUILD_SECONDS_CHANGE, base * noise);
    const metric = metricDelta(base, seconds.head, floor);
    const band = `±${Math.round(noise * 100)}%`;
    const note = base === null
        ? 'no base build time to compare with'
        : !comparable
            ? 'not comparable: the base and head builds ran with different cache states'
            : metric.changed
                ? `outside the ${band} noise of shared runners`
                : `within the ${band} noise of shared runners`;
    return { ...metric, changed: comparable && metric.changed, comparable, noise, note };
}
/** Compressed bytes of head layers whose diffId the base lacks (each distinct layer once): what a node that
 *  already runs the base image downloads to run the head. */
function newBytesToPull(base, head) {
    const have = new Set(base?.layers.map((layer) => layer.diffId) ?? []);
    let bytes = 0;
    let layers = 0;
    for (const layer of head.layers) {
        if (have.has(layer.diffId))
            continue;
        have.add(layer.diffId);
        bytes += layer.compressedBytes;
        layers += 1;
    }
    return { bytes, layers };
}
function savings(head, optimized) {
    const savingsBytes = head.sizeBytes - optimized.sizeBytes;
    const packages = head.packages && optimized.packages ? diffPackages(head.packages, optimized.packages) : undefined;
    return {
        ...(packages ? { packages } : {}),
        sizeBytes: optimized.sizeBytes,
        compressedBytes: optimized.compressedBytes,
        layerCount: optimized.layerCount,
        savingsBytes,
        savingsCompressedBytes: head.compressedBytes - optimized.compressedBytes,
        savingsPercent: head.sizeBytes === 0 ? 0 : (savingsBytes / head.sizeBytes) * 100,
    };
}
function compare(base, head, options) {
    const minChange = Math.max(0, options.minChange);
    const pull = newBytesToPull(base, head);
    const layerChanges = base === null ? [] : alignLayers(base.layers, head.layers, minChange);
    const grownLayers = layerChanges
        .filter((change) => change.kind === 'grown' || (change.kind === 'added' && change.delta >= minChange))
        .sort((a, b) => b.delta - a.delta);
    const comparison = {
        baseline: base === null
            ? { available: false, reason: options.noBaselineReason ?? 'no base image was measured' }
            : { available: true },
        uncompressed: metricDelta(base?.sizeBytes ?? null, head.sizeBytes, minChange),
        compressed: metricDelta(base?.compressedBytes ?? null, head.compressedBytes, minChange),
        layers: metricDelta(base?.layerCount ?? null, head.layerCount, 1),
        pullBytes: pull.bytes,
        pullLayers: pull.layers,
        layerChanges,
        grownLayers,
        minChange,
    };
    if (head.packages) {
        // without a baseline every head package is an addition; a base measured before inventories has none to offer
        const packages = base === null || base.packages ? diffPackages(base?.packages, head.packages) : undefined;
        if (packages)
            comparison.packages = packages;
    }
    const grownFiles = base === null ? undefined : diffFiles(base.finalFiles, head.finalFiles, head.layers);
    if (grownFiles)
        comparison.grownFiles = grownFiles;
    const seconds = buildTime(options, base !== null);
    if (seconds !== undefined)
        comparison.buildSeconds = seconds;
    if (options.optimized)
        comparison.optimized = savings(head, options.optimized);
    return comparison;
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/compare/findings.js
const findings_keyOf = (finding) => `${finding.file}\u0000${finding.rule}\u0000${finding.message}`;
function compareFindings(base, head) {
    if (base === null)
        return { added: [...head], fixed: [], unchanged: [], baselineKnown: false };
    const remaining = new Map();
    for (const finding of base) {
        const list = remaining.get(findings_keyOf(finding)) ?? [];
        list.push(finding);
        remaining.set(findings_keyOf(finding), list);
    }
    const added = [];
    const unchanged = [];
    for (const finding of head) {
        const match = remaining.get(findings_keyOf(finding));
        if (match !== undefined && match.length > 0) {
            match.shift();
            unchanged.push(finding);
        }
        else {
            added.push(finding);
        }
    }
    const fixed = [...remaining.values()].flat();
    return { added, fixed, unchanged, baselineKnown: true };
}

// EXTERNAL MODULE: ./.tmp/package/lib/src/report/units.js
var units = __webpack_require__(1871);
// EXTERNAL MODULE: ./.tmp/package/lib/src/lint/format/code-label.js
var code_label = __webpack_require__(1477);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/report/fold.js
// Findings as a reader should see them: one row per problem. Some rules report the same problem on the same line
// (hadolint's DL3059 and the project's IB116 both ask to merge consecutive RUNs; DL3064 and IB110 both flag a
// secret in an ARG or ENV): human output folds them into one row naming every code. The JSON report, SARIF and
// annotations keep every finding as the rules made it.

/** Rules that report one problem: on the same file and line, their findings fold into one. */
const SAME_PROBLEM = [
    ['DL3059', 'IB116'],
    ['DL3064', 'IB110'],
];
const RANK = { error: 3, warning: 2, info: 1, style: 0 };
const GROUP = new Map();
SAME_PROBLEM.forEach((rules, index) => rules.forEach((rule) => GROUP.set(rule, index)));
function problemKey(finding) {
    const group = GROUP.get(finding.rule);
    // Identical text from two rules on one line is the same problem too (a rule and its compatibility alias).
    const what = group === undefined ? `message:${finding.message}` : `group:${group}`;
    return `${finding.file}\u0000${finding.line}\u0000${what}`;
}
function shown(a, b) {
    if (RANK[a.severity] !== RANK[b.severity])
        return RANK[a.severity] > RANK[b.severity] ? a : b;
    if (a.fixable !== b.fixable)
        return a.fixable ? a : b;
    return a;
}
/** Folds findings of rules that report the same problem on the same line; order is kept (first occurrence). */
function fold_foldFindings(findings) {
    const rows = new Map();
    for (const finding of findings) {
        const key = problemKey(finding);
        const row = rows.get(key);
        if (row === undefined) {
            rows.set(key, { finding, rules: [finding.rule], findings: [finding], also: [] });
            continue;
        }
        row.findings.push(finding);
        row.finding = shown(row.finding, finding);
        if (!row.rules.includes(finding.rule))
            row.rules.push(finding.rule);
    }
    for (const row of rows.values()) {
        for (const f of row.findings)
            for (const code of f.also ?? [])
                if (!row.rules.includes(code) && !row.also.includes(code))
                    row.also.push(code);
        const group = GROUP.get(row.finding.rule);
        const order = group === undefined ? [] : SAME_PROBLEM[group];
        row.rules.sort((a, b) => order.indexOf(a) - order.indexOf(b) || a.localeCompare(b));
    }
    return [...rows.values()];
}
/** `DL3059/IB116 line 5`, `DL3025 (also JSONArgsRecommended) line 3`. */
function foldedName(row) {
    return `${(0,code_label/* codeLabel */.c)(row.rules.join('/'), row.also)} line ${row.finding.line}`;
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/verdict/verdict.js




function sizeLabel(options) {
    return options.sizeMetric === 'compressed' ? 'compressed size' : 'uncompressed size';
}
function budgetReasons(metric, options) {
    if (options.budget === undefined || metric.head <= options.budget)
        return [];
    const [head, budget] = (0,units/* bytesApart */.Y_)(metric.head, options.budget);
    return [
        {
            level: 'fail',
            kind: 'budget',
            message: `${sizeLabel(options)} ${head} is over the ${budget} budget by ${(0,units/* humanBytes */.p6)(metric.head - options.budget)}`,
        },
    ];
}
/** Growth vs base against a limit; either the byte part or the percent part exceeded is enough. */
function increaseReasons(metric, limit, kind, options) {
    if (limit === undefined || metric.delta === null || metric.delta <= 0 || !metric.changed)
        return [];
    const level = kind === 'max-increase' ? 'fail' : 'warn';
    const percent = metric.percent === null ? '' : ` (${(0,units/* signedPercent */.wu)(metric.percent)})`;
    const [from, to] = (0,units/* bytesApart */.Y_)(metric.base, metric.head);
    const growth = (delta) => `${sizeLabel(options)} grew by ${delta}${percent}, from ${from} to ${to}`;
    const reasons = [];
    if (limit.bytes !== undefined && metric.delta > limit.bytes) {
        const [delta, allowed] = (0,units/* bytesApart */.Y_)(metric.delta, limit.bytes);
        reasons.push({ level, kind, message: `${growth(delta)}: more than the ${kind} of ${allowed}` });
    }
    if (limit.percent !== undefined && metric.percent !== null && metric.percent > limit.percent) {
        reasons.push({
            level,
            kind,
            message: `${growth((0,units/* humanBytes */.p6)(metric.delta))}: more than the ${kind} of ${limit.percent}%`,
        });
    }
    return reasons;
}
function lintReasons(findings, options) {
    if (!options.lint)
        return [];
    const failing = findings.filter((finding) => (0,lint_config/* failsLint */.VJ)(finding, options.lintFailOn));
    if (failing.length === 0)
        return [];
    const checkErrors = failing.filter((finding) => finding.checkError === true && !(0,lint_config/* reaches */.O6)(finding.severity, options.lintFailOn));
    const bySeverity = ['error', 'warning', 'info', 'style']
        .map((severity) => [severity, failing.filter((finding) => finding.severity === severity).length])
        .filter(([, count]) => count > 0)
        .map(([severity, count]) => (0,units/* plural */.LS)(count, severity))
        .join(', ');
    // Named as the report lists them: two rules reporting one problem on a line count as one name.
    const rows = fold_foldFindings(failing);
    const first = rows.slice(0, 5).map(foldedName).join(', ');
    const more = rows.length > 5 ? `, and ${rows.length - 5} more` : '';
    return [
        {
            level: 'fail',
            kind: 'lint',
            message: `${(0,units/* plural */.LS)(failing.length, 'lint finding')} ${checkErrors.length === failing.length
                ? 'of BuildKit checks under check=error=true'
                : `at or above lint-fail-on "${options.lintFailOn}"` +
                    (checkErrors.length > 0 ? ' or of BuildKit checks under check=error=true' : '')} (${bySeverity}): ${first}${more}`,
        },
    ];
}
function buildTimeReasons(comparison, options) {
    const time = comparison.buildSeconds;
    if (time === undefined || !time.changed || time.delta === null || time.delta <= 0)
        return [];
    const percent = time.percent === null ? '' : ` (${(0,units/* signedPercent */.wu)(time.percent)})`;
    return [
        {
            level: options.failOnBuildTime ? 'fail' : 'warn',
            kind: 'build-time',
            message: `build time grew from ${(0,units/* humanSeconds */.Nj)(time.base)} to ${(0,units/* humanSeconds */.Nj)(time.head)}${percent}, ${time.note}`,
        },
    ];
}
function decide(comparison, findings, options) {
    const metric = options.sizeMetric === 'compressed' ? comparison.compressed : comparison.uncompressed;
    const reasons = [];
    if (!comparison.baseline.available) {
        reasons.push({
            level: 'info',
            kind: 'no-baseline',
            message: `no baseline: ${comparison.baseline.reason}; growth limits were not checked, the budget was`,
        });
    }
    reasons.push(...budgetReasons(metric, options));
    reasons.push(...increaseReasons(metric, options.maxIncrease, 'max-increase', options));
    if (options.maxLayers !== undefined && comparison.layers.head > options.maxLayers) {
        reasons.push({
            level: 'fail',
            kind: 'max-layers',
            message: `${(0,units/* plural */.LS)(comparison.layers.head, 'layer')}, ${comparison.layers.head - options.maxLayers} more than the max-layers of ${options.maxLayers}`,
        });
    }
    reasons.push(...lintReasons(findings, options));
    // A growth that already fails max-increase need not warn as well.
    if (!reasons.some((reason) => reason.kind === 'max-increase')) {
        reasons.push(...increaseReasons(metric, options.warnIncrease, 'warn-increase', options));
    }
    reasons.push(...buildTimeReasons(comparison, options));
    const status = reasons.some((reason) => reason.level === 'fail')
        ? 'fail'
        : reasons.some((reason) => reason.level === 'warn')
            ? 'warn'
            : 'pass';
    const overBudget = reasons.some((reason) => reason.level === 'fail' && ['budget', 'max-increase', 'max-layers'].includes(reason.kind));
    const verdict = { status, reasons, overBudget };
    if (options.budget !== undefined)
        verdict.headroomBytes = options.budget - metric.head;
    return verdict;
}

// EXTERNAL MODULE: ./.tmp/package/lib/src/lint/rules/buildkit-names.js
var buildkit_names = __webpack_require__(4690);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/pipeline/build-warnings.js

/** The check a warning comes from and its text without the check's name and line: BuildKit 0.15+ writes
 *  `FromAsCasing: 'as' and 'FROM' … (line 1)`, 0.14 `Lint Rule 'FromAsCasing': … (line 1)`; else the check whose
 *  page its url is. No check: a warning of another kind (a deprecation, an unused build argument). */
function warningCheck(warning) {
    let text = warning.message;
    let check;
    const named = /^(?:Lint Rule '([A-Za-z]+)'|([A-Z][A-Za-z]+)):\s*/.exec(text);
    if (named && buildkit_names/* BUILDKIT_NAMES */.Cl.has(named[1] ?? named[2])) {
        check = named[1] ?? named[2];
        text = text.slice(named[0].length);
    }
    else if (warning.url !== undefined) {
        check = [...buildkit_names/* BUILDKIT_NAMES */.Cl].find((name) => warning.url.replace(/\/?$/, '/') === (0,buildkit_names/* buildkitUrl */.eX)(name));
    }
    if (check !== undefined)
        text = text.replace(/\s*\(line \d+\)$/, '');
    return { ...(check !== undefined ? { check } : {}), text };
}
function buildWarningFindings(build, dockerfile) {
    return (build.warnings ?? []).map((w) => {
        const { check, text } = warningCheck(w);
        const line = w.line ?? 1;
        return {
            file: dockerfile,
            line,
            column: 1,
            endLine: line,
            endColumn: 1,
            rule: check ?? 'BuildKit',
            name: check !== undefined ? (0,buildkit_names/* kebab */.i9)(check) : 'build-warning',
            severity: 'warning',
            category: 'correctness',
            message: `the ${build.builder} build warned: ${text}${w.url ? ` (${w.url})` : ''}`,
            fixable: false,
        };
    });
}
/** The build's findings the lint did not make already: a check's warning is dropped when a lint finding on its
 *  line has its code, names it in `also`, or is a hadolint rule it pairs with (`pairs`: check → hadolint codes). */
function unreportedBuildWarnings(lint, warnings, pairs) {
    return warnings.filter((w) => !lint.some((f) => w.line >= f.line &&
        w.line <= Math.max(f.line, f.endLine) &&
        (f.rule === w.rule ||
            f.also?.includes(w.rule) === true ||
            pairs.get(w.rule)?.includes(f.rule) === true)));
}

// EXTERNAL MODULE: ./.tmp/package/lib/src/lint/rules/buildkit.js + 24 modules
var buildkit = __webpack_require__(9180);
// EXTERNAL MODULE: ./.tmp/package/lib/src/lint/linter.js
var linter = __webpack_require__(977);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/pipeline/lint.js
// The lint stage as the pipeline runs it: the configuration file, the `.dockerignore` in force and the context's
// top-level entries are read here (through the fs adapter) into the run's one lint environment, with the build
// arguments of the run's builds, so the rules stay pure; the Linter built from it lints the head, the base and
// the optimizer's variants.



/** The fs adapter as the context facts are read. */
function contextReader(fs) {
    return { readText: (path) => fs.readFileOrNull(path), entries: (dir) => fs.listEntries(dir) };
}
/**
 * The run's Linter: the `config` input when that file exists, else the first of the known names in the
 * repository root. A broken file is an error naming the file and key (ConfigError).
 */
async function loadLinter(fs, sources, shellcheck, warn) {
    const { repo } = sources;
    const given = (0,external_node_path_.join)(repo, sources.configPath);
    const existing = new Set();
    for (const candidate of [given, ...lint_config/* CONFIG_FILES */.n0.map((name) => (0,external_node_path_.join)(repo, name))]) {
        if (await fs.exists(candidate))
            existing.add(candidate);
    }
    const file = existing.has(given) ? given : (0,lint_config/* findConfigFile */["if"])(repo, (p) => existing.has(p));
    const config = file === undefined ? undefined : (0,lint_config/* parseConfig */.o4)(await fs.readFile(file), file);
    const skipped = config === undefined ? undefined : (0,lint_config/* skippedKeysWarning */.N6)(config);
    if (skipped !== undefined)
        warn(skipped);
    const context = await (0,linter/* contextSettings */.P3)(contextReader(fs), sources.dockerfile, sources.context);
    return new linter/* Linter */.p$((0,linter/* lintEnvironment */.ts)(config, shellcheck, { ...context, buildArgs: sources.buildArgs ?? {} }), {
        warn,
    });
}


// EXTERNAL MODULE: ./.tmp/package/lib/src/optimize/safety.js
var safety = __webpack_require__(5691);
// EXTERNAL MODULE: ./.tmp/package/lib/src/optimize/context-options.js + 1 modules
var context_options = __webpack_require__(8563);
// EXTERNAL MODULE: ./.tmp/package/lib/src/optimize/diff.js
var diff = __webpack_require__(9238);
// EXTERNAL MODULE: ./.tmp/package/lib/src/optimize/dockerignore.js + 1 modules
var dockerignore = __webpack_require__(5717);
// EXTERNAL MODULE: ./.tmp/package/lib/src/optimize/optimize.js + 2 modules
var optimize = __webpack_require__(9376);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/optimize/fix-layers.js
// How many layers one fix removes from the built image, counted from the Dockerfile: the optimizer builds the
// image with every fix at once, so per fix only this count is known without a build per fix.


const LAYER_MAKERS = new Set(['RUN', 'COPY', 'ADD']);
/** RUN/COPY/ADD instructions of the built stage (the target, else the last) and the stages it is built FROM. */
function layerInstructions(file, target) {
    let count = 0;
    for (const stage of (0,parse/* stageLineage */.uL)(file, (0,parse/* targetStage */.Ae)(file, target)))
        for (const i of stage.instructions)
            if (LAYER_MAKERS.has(i.keyword) && !i.onbuild)
                count++;
    return count;
}
/** Layers removed by the fix with `key` applied alone (never negative: a fix that splits nothing adds none). */
function layersRemovedByFix(text, key, options, target) {
    const before = layerInstructions((0,parse/* parseDockerfile */.Ai)(text), target);
    const alone = (0,optimize/* optimizeDockerfile */.Yd)(text, { ...options, accept: (k) => k === key });
    return Math.max(0, before - layerInstructions((0,parse/* parseDockerfile */.Ai)(alone.optimized), target));
}

// EXTERNAL MODULE: ./.tmp/package/lib/src/optimize/with-without.js
var with_without = __webpack_require__(1544);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/pipeline/optimizer.js
// The optimizer stage as the pipeline runs it: the optimizer's own with-and-without run (the head image is the
// "without"; the optimized variant is built on the same builder, checked for the same final config and the
// smoke test, and measured), turned into what the report shows.






async function runOptimizer(deps, request) {
    const { inputs, buildOptions } = request;
    const facts = await (0,context_options/* readContextFacts */.l)(deps.fs, request.parsed, buildOptions.context);
    const optimize = {
        ...facts.options,
        level: inputs.optimize === 'aggressive' ? 'aggressive' : 'safe',
        linter: request.linter,
    };
    const result = await (0,with_without/* withAndWithout */.Y)({
        docker: deps.docker,
        measure: (image) => deps.measure(image, request.parsed, inputs.target),
        files: deps.fs,
        log: deps.log.debug,
    }, {
        dockerfile: buildOptions.dockerfile,
        text: request.text,
        context: buildOptions.context,
        optimize,
        build: {
            ...(buildOptions.target !== undefined ? { target: buildOptions.target } : {}),
            ...(buildOptions.buildArgs !== undefined ? { buildArgs: buildOptions.buildArgs } : {}),
            ...(buildOptions.platform !== undefined ? { platform: buildOptions.platform } : {}),
            ...(buildOptions.builder !== undefined ? { builder: buildOptions.builder } : {}),
        },
        ...(inputs.smokeTest !== undefined ? { smokeTest: inputs.smokeTest } : {}),
        originalImage: request.headImage,
        tagPrefix: request.tagPrefix,
    });
    const o = result.optimization;
    const ignoreDiff = o.dockerignore.added.length > 0
        ? (0,diff/* unifiedDiff */.W)((0,external_node_path_.join)(inputs.context, '.dockerignore'), facts.dockerignoreText, (0,dockerignore/* renderDockerignore */.l1)(facts.dockerignoreText, o.dockerignore.added))
        : '';
    if (!result.ok) {
        // The head image itself failed (its smoke test): nothing could be verified, and the image may be broken.
        deps.log.warning(`the optimizer could not check any fix: ${result.reason}`, { file: request.dockerfile });
        return {
            diff: diffOf(request.dockerfile, o.original, o.optimized) + ignoreDiff,
            fixes: [],
            error: result.reason,
        };
    }
    const verified = result.optimization;
    const report = {
        diff: diffOf(request.dockerfile, verified.original, verified.optimized) +
            (verified.dockerignore.added.length > 0 ? ignoreDiff : ''),
        fixes: result.fixes.map((f) => {
            const fix = {
                rule: f.rule,
                description: f.description,
                lines: f.rule === 'dockerignore' ? [] : f.lines,
                layersRemoved: layersRemovedByFix(request.text, f.key, { ...optimize, file: buildOptions.dockerfile }, inputs.target),
            };
            if (f.savedBytes !== null && f.savedCompressedBytes !== null && f.layersSaved !== null)
                fix.measured = {
                    savedBytes: f.savedBytes,
                    savedCompressedBytes: f.savedCompressedBytes,
                    layersSaved: f.layersSaved,
                };
            return fix;
        }),
    };
    if (result.optimized.tag !== result.original.tag)
        report.measurement = result.optimized.measurement;
    if (result.original.smoke?.ok && result.optimized.smoke?.ok)
        report.smokeTested = true;
    for (const d of result.dropped.filter((d) => d.reason.startsWith('the build failed'))) {
        deps.log.warning(`the image with the fix "${d.description}" (${d.rule}) did not build, so it was dropped: ${d.reason}`);
    }
    if (result.dropped.length > 0) {
        report.error = result.dropped
            .map((d) => `dropped "${d.description}" (${d.rule}): ${d.reason}`)
            .join('; ');
    }
    return report;
}
function diffOf(file, before, after) {
    return before === after ? '' : (0,diff/* unifiedDiff */.W)(file, before, after);
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/pipeline/paths.js
// Every path the run reads from the workspace, resolved once and confined to it. A pull request controls the
// files, and on a pull_request run the workflow too: `context: ../..` or a symbolic link to `/` would send the
// runner's other checkouts to the daemon (where `COPY . .` puts them into the image), and a Dockerfile or
// .dockerignore linked to a file outside would be quoted in the comment. Symbolic links are followed (realpath)
// before the check; a path that does not exist yet is judged by the nearest folder above it that does.


/** A path input or workspace file that points outside the workspace. */
class PathEscapeError extends Error {
    name = 'PathEscapeError';
}
function inside(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith(`..${external_node_path_.sep}`) && rel !== '..' && !(0,external_node_path_.isAbsolute)(rel));
}
/** The path with every symbolic link resolved, also when its last parts do not exist. */
async function realPathOf(fs, path) {
    const tail = [];
    for (let probe = path;; probe = (0,external_node_path_.dirname)(probe)) {
        const real = await fs.realPath(probe);
        if (real !== null)
            return (0,external_node_path_.join)(real, ...tail.reverse());
        if ((0,external_node_path_.dirname)(probe) === probe)
            return path;
        tail.push((0,external_node_path_.basename)(probe));
    }
}
/**
 * Resolves `value` (relative to `root`, or absolute) and checks that it stays inside `root`. `what` names it in
 * the error: an input (`` `context` ``) or a file. Throws PathEscapeError with the given value, where it leads and
 * the workspace.
 */
async function confinePath(fs, root, what, value) {
    const realRoot = await realPathOf(fs, (0,external_node_path_.resolve)(root));
    const given = (0,external_node_path_.resolve)(root, value);
    const real = await realPathOf(fs, given);
    if (!inside(realRoot, real)) {
        const via = real !== given ? ` (through a symbolic link, it is ${real})` : '';
        throw new PathEscapeError(`${what} ${JSON.stringify(value)} points outside the workspace ${root}${via}. ` +
            'Paths are relative to the workspace and must stay inside it; give a path inside the repository.');
    }
    const rel = (0,external_node_path_.relative)(realRoot, real);
    return { path: (0,external_node_path_.join)((0,external_node_path_.resolve)(root), rel), relative: rel === '' ? '.' : rel.split(external_node_path_.sep).join('/') };
}
const INPUT_PATH_NAMES = {
    dockerfile: 'the `dockerfile` input',
    context: 'the `context` input',
    config: 'the `config` input',
};
/**
 * The Dockerfile, context and lint configuration of a run, confined to `root`, and the files the build or the
 * report read implicitly (`.dockerignore`, `<Dockerfile>.dockerignore`, the lint configuration files) checked
 * the same way when they exist.
 */
async function workspacePaths(fs, root, inputs, names = INPUT_PATH_NAMES) {
    const dockerfile = await confinePath(fs, root, names.dockerfile, inputs.dockerfile);
    const context = await confinePath(fs, root, names.context, inputs.context);
    const config = await confinePath(fs, root, names.config, inputs.config);
    const implicit = [
        (0,external_node_path_.join)(context.relative, '.dockerignore'),
        `${dockerfile.relative}.dockerignore`,
        ...lint_config/* CONFIG_FILES */.n0,
    ];
    for (const file of implicit) {
        if (await fs.exists((0,external_node_path_.join)(root, file)))
            await confinePath(fs, root, 'the file', file);
    }
    return { dockerfile, context, config };
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/pipeline/run.js












/** The warning for a base that should have been measured and was not: growth limits went unchecked. */
function noBaselineWarning(inputs, reason) {
    const limits = [
        inputs.maxIncrease ? '`max-increase`' : '',
        inputs.warnIncrease ? '`warn-increase`' : '',
    ].filter(Boolean);
    return (`no baseline: ${reason}. The size change against the base is unknown` +
        (limits.length > 0 ? `, so ${limits.join(' and ')} were not checked.` : '.'));
}
function headSmokeWarning(detail) {
    return `the smoke test fails on the head image: ${detail}`;
}
/** A problem in what the user gave us (missing Dockerfile, bad config): reported as is, without a stack trace. */
class UsageError extends Error {
    name = 'UsageError';
}
async function runPipeline(deps, request, images) {
    const { inputs, repo } = request;
    let paths;
    try {
        paths = await workspacePaths(deps.fs, repo, inputs, request.pathNames);
    }
    catch (error) {
        // Before anything is built or read: nothing outside the workspace reaches the daemon or the report.
        if (error instanceof PathEscapeError)
            throw new UsageError(error.message);
        throw error;
    }
    // which builder the engine has (two client calls) is asked while the Dockerfile is read, parsed and linted;
    // the head build awaits the same answer, and meets its error if there is one
    deps.docker.builderKind().catch(() => undefined);
    const dockerfilePath = paths.dockerfile.path;
    const dockerfile = paths.dockerfile.relative;
    const context = paths.context.path;
    const text = await deps.fs.readFileOrNull(dockerfilePath);
    if (text === null) {
        throw new UsageError(`the \`dockerfile\` input ${JSON.stringify(inputs.dockerfile)}: no such file in the workspace ${repo}. ` +
            'Set it to the path of your Dockerfile, relative to the repository root.');
    }
    if (!(await deps.fs.exists(context))) {
        throw new UsageError(`the \`context\` input ${JSON.stringify(inputs.context)}: no such directory in the workspace ${repo}. ` +
            'Set it to the build context folder, relative to the repository root.');
    }
    // the layer store of earlier runs arrives while lint and the head build run
    const restoring = (deps.layers?.restore() ?? Promise.resolve()).catch((error) => {
        deps.log.debug(`layer store: ${error instanceof Error ? error.message : String(error)}`);
    });
    // the run's one Linter: the head, the base and the optimizer's variants are all linted with it
    const linter = await loadLinter(deps.fs, {
        repo,
        configPath: paths.config.relative,
        dockerfile: dockerfilePath,
        context,
        buildArgs: inputs.buildArgs,
    }, deps.shellcheck, (m) => deps.log.warning(m));
    // parsed once: lint, the head's measurement and the optimizer all read this model
    const parsed = (0,parse/* parseDockerfile */.Ai)(text, dockerfile);
    // lint runs while the head image builds
    const linting = inputs.lint ? linter.lint(parsed, dockerfile) : Promise.resolve([]);
    linting.catch(() => undefined);
    const buildOptions = {
        dockerfile: dockerfilePath,
        context,
        buildArgs: inputs.buildArgs,
        ...(inputs.target !== undefined ? { target: inputs.target } : {}),
        ...(inputs.platform !== undefined ? { platform: inputs.platform } : {}),
        ...(inputs.builder !== undefined ? { builder: inputs.builder } : {}),
    };
    const headBuild = await deps.log.group(`build head (${dockerfile})`, () => deps.docker.build({ ...buildOptions, tag: `${request.tagPrefix}-head` }));
    const findings = await linting;
    deps.log.info(`lint: ${findings.length} finding(s) in ${dockerfile}`);
    if (!headBuild.ok)
        return { ok: false, dockerfile, failure: headBuild, findings };
    images.push(headBuild.tag);
    // buildx's own checks (engine 27+): what the linter reported already is not reported twice
    const buildWarnings = unreportedBuildWarnings(findings, buildWarningFindings(headBuild, dockerfile), buildkit/* BUILDKIT_PAIRS */.LO);
    if (buildWarnings.length > 0)
        findings.push(...linter.withPolicy(buildWarnings, parsed));
    await restoring;
    // Head is measured while the optimized variant builds on head's cache and the base builds: the measurer lets
    // images that are ready at the same time share one `docker save`, and the layers they share are read once.
    const measuringHead = deps.measure(headBuild.tag, parsed, inputs.target).then((head) => {
        deps.log.info(`head: ${(0,units/* humanBytes */.p6)(head.sizeBytes)} uncompressed, ${(0,units/* humanBytes */.p6)(head.compressedBytes)} compressed, ${head.layerCount} layers`);
        return head;
    });
    const optimizing = inputs.optimize === 'off'
        ? Promise.resolve(undefined)
        : deps.log.group('optimize: build with and without the fixes', () => runOptimizer(deps, {
            inputs,
            text,
            parsed,
            dockerfile,
            buildOptions,
            headImage: headBuild.tag,
            tagPrefix: `${request.tagPrefix}-optimized`,
            linter,
        }).catch((error) => {
            // The optimizer is an extra: when it cannot run, the size check still stands.
            const reason = error instanceof Error ? error.message : String(error);
            deps.log.warning(`the optimizer could not run, so no savings are reported: ${reason}`);
            return { diff: '', fixes: [], error: `the optimizer could not run: ${reason}` };
        }));
    const baselining = request.baseRef === undefined
        ? Promise.resolve({
            available: false,
            reason: request.noBaseReason ?? 'no base commit to compare with',
        })
        : deps.log.group(`baseline (${request.baseRef})`, () => getBaseline(deps, {
            mode: inputs.baseline,
            repo,
            ref: request.baseRef,
            build: buildOptions,
            tag: `${request.tagPrefix}-base`,
            tempDir: request.tempDir,
            ...(inputs.lint ? { linter } : {}),
        }));
    // all three settle before anything is reported or thrown: no build is left running behind an error
    const settled = await Promise.allSettled([measuringHead, optimizing, baselining]);
    if (settled[2].status === 'fulfilled' && settled[2].value.available && settled[2].value.image !== undefined)
        images.push(settled[2].value.image);
    const failed = settled.find((r) => r.status === 'rejected');
    if (failed)
        throw failed.reason;
    const head = settled[0].value;
    const optimizer = settled[1].value;
    const baseline = settled[2].value;
    if (!baseline.available && baseline.failed)
        deps.log.warning(noBaselineWarning(inputs, baseline.reason));
    else if (!baseline.available)
        deps.log.info(`no baseline: ${baseline.reason}`);
    // Without the optimizer the smoke test still checks the head image (with it, the optimizer ran it already).
    if (optimizer === undefined && inputs.smokeTest !== undefined) {
        const smoke = await (0,safety/* smokeTest */.KH)(deps.docker, headBuild.tag, inputs.smokeTest);
        if (!smoke.ok)
            deps.log.warning(headSmokeWarning(smoke.detail), { file: dockerfile });
    }
    const base = baseline.available ? baseline.measurement : null;
    const comparison = compare(base, head, {
        minChange: inputs.minChange,
        ...(baseline.available ? {} : { noBaselineReason: baseline.reason }),
        buildSeconds: {
            head: headBuild.seconds,
            ...(baseline.available && baseline.buildSeconds !== undefined ? { base: baseline.buildSeconds } : {}),
            // Only two builds from the same commit-independent cache state compare: both fully cold or both built here.
            sameCacheState: baseline.available &&
                baseline.source === 'build' &&
                (headBuild.cachedSteps ?? 0) === (baseline.cachedSteps ?? 0),
        },
        ...(optimizer?.measurement ? { optimized: optimizer.measurement } : {}),
    });
    const findingChanges = inputs.lint && baseline.available && baseline.findings !== null
        ? compareFindings(baseline.findings, findings)
        : undefined;
    const verdict = decide(comparison, findings, inputs);
    await deps.layers?.save();
    return {
        ok: true,
        dockerfile,
        head,
        headBuild,
        baseline,
        findings,
        ...(findingChanges ? { findingChanges } : {}),
        ...(optimizer ? { optimizer } : {}),
        comparison,
        verdict,
        buildOptions,
    };
}

// EXTERNAL MODULE: ./.tmp/package/lib/src/report/sbom.js
var sbom = __webpack_require__(1355);
// EXTERNAL MODULE: ./.tmp/package/lib/src/report/escape.js
var report_escape = __webpack_require__(9837);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/report/fit.js
// Fits a Markdown document under a character limit by degrading its sections one step at a time, least
// important first. Each section renders itself whole at every level, so whatever is cut, every table, code
// fence and <details> in the result is complete.
/** Joins the sections' renders (in the given order) and, while the text is longer than `maxChars`, lowers the
 *  level of the first section in `dropOrder` that can still go lower, then restores detail where room is left.
 *  Sections not in `dropOrder` are kept whole. */
function fitSections(sections, dropOrder, maxChars) {
    const level = new Map(sections.map((section) => [section.name, 0]));
    const renderAll = () => sections
        .map((section) => section.render(level.get(section.name)))
        .filter((part) => part !== '')
        .join('\n\n');
    let text = renderAll();
    while (text.length > maxChars) {
        const next = dropOrder
            .map((name) => sections.find((section) => section.name === name))
            .find((section) => section !== undefined && level.get(section.name) < section.steps);
        if (next === undefined)
            break;
        level.set(next.name, level.get(next.name) + 1);
        text = renderAll();
    }
    // Cutting the first sections in line may have freed more room than needed once a later, larger one was cut
    // too: give detail back, most important section first, while the text still fits.
    if (text.length <= maxChars) {
        for (const name of [...dropOrder].reverse()) {
            while ((level.get(name) ?? 0) > 0) {
                level.set(name, level.get(name) - 1);
                const candidate = renderAll();
                if (candidate.length > maxChars) {
                    level.set(name, level.get(name) + 1);
                    break;
                }
                text = candidate;
            }
        }
    }
    const shortened = sections.filter((section) => level.get(section.name) > 0).map((section) => section.name);
    return { text, shortened };
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/report/hidden.js
const HIDDEN_FLOOR_BYTES = 1_000_000;
const HIDDEN_FLOOR_SHARE = 0.01;
function hiddenAboveFloor(image) {
    return (image !== null &&
        image.hiddenBytes >= HIDDEN_FLOOR_BYTES &&
        image.hiddenBytes >= HIDDEN_FLOOR_SHARE * image.sizeBytes);
}
/** The hidden bytes for the headline, or null when neither image has them above the floor (a PR that removes
 *  hidden bytes still shows the row, with the head at or near zero). */
function hiddenBytes(report) {
    if (!hiddenAboveFloor(report.head) && !hiddenAboveFloor(report.base))
        return null;
    const result = { base: report.base?.hiddenBytes ?? null, head: report.head.hiddenBytes };
    let largest;
    for (const layer of report.head.layers) {
        if (layer.hiddenBytes > 0 && (largest === undefined || layer.hiddenBytes > largest.bytes))
            largest = {
                bytes: layer.hiddenBytes,
                index: layer.index,
                ...(layer.line !== undefined ? { line: layer.line } : {}),
            };
    }
    if (largest !== undefined)
        result.largest = largest;
    return result;
}
/** "most of them (3 MB) in the layer of line 3", as a plain phrase; '' when no layer holds any. */
function hiddenWhere(hidden, bytes) {
    const largest = hidden.largest;
    if (largest === undefined)
        return '';
    const layer = largest.line === undefined ? `layer ${largest.index + 1}` : `the layer of line ${largest.line}`;
    return largest.bytes === hidden.head ? `all in ${layer}` : `${bytes(largest.bytes)} of them in ${layer}`;
}
/** The sentence under the headline that says what the row means and when it is shown. */
function hiddenNote(where) {
    return (`Hidden bytes are shipped in a layer but deleted or overwritten by a later one${where === '' ? '' : ` (${where})`}. ` +
        `Shown when at least ${HIDDEN_FLOOR_BYTES / 1e6} MB and ${HIDDEN_FLOOR_SHARE * 100}% of the image.`);
}

// EXTERNAL MODULE: ./.tmp/package/lib/src/report/growth-text.js
var growth_text = __webpack_require__(4209);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/report/verdict-text.js

/** `+10 MB or +5%`; '' without a limit. */
function increaseText(limit) {
    if (limit === undefined)
        return '';
    const parts = [];
    if (limit.bytes !== undefined)
        parts.push(`+${(0,units/* humanBytes */.p6)(limit.bytes)}`);
    if (limit.percent !== undefined)
        parts.push(`+${limit.percent}%`);
    return parts.join(' or ');
}
function growthPhrase(metric) {
    if (metric.delta === null)
        return '';
    const percent = metric.percent === null ? '' : ` (${(0,units/* signedPercent */.wu)(metric.percent)})`;
    if (!metric.changed)
        return metric.delta === 0 ? 'no growth' : 'no growth above the noise floor';
    return metric.delta > 0
        ? `grew by ${(0,units/* humanBytes */.p6)(metric.delta)}${percent}`
        : `shrank by ${(0,units/* humanBytes */.p6)(-metric.delta)}${percent}`;
}
/** What a passing report was judged against, limit by limit. */
function passSentence(report) {
    const { limits, comparison, verdict } = report;
    const metric = limits.sizeMetric === 'compressed' ? comparison.compressed : comparison.uncompressed;
    const parts = [];
    // the headroom is the verdict's (the one place it is computed); the sentence only renders it
    const headroom = verdict.headroomBytes;
    if (limits.budget !== undefined && headroom !== undefined) {
        const [left, budget] = (0,units/* bytesApart */.Y_)(headroom, limits.budget);
        parts.push(headroom === 0 ? `exactly at the ${budget} budget` : `${left} under the ${budget} budget`);
    }
    const growthLimits = [
        ['max-increase', increaseText(limits.maxIncrease)],
        ['warn-increase', increaseText(limits.warnIncrease)],
    ].filter(([, text]) => text !== '');
    if (growthLimits.length > 0) {
        const named = growthLimits.map(([kind, text]) => `the ${kind} of ${text}`).join(' and ');
        parts.push(comparison.baseline.available
            ? `${growthPhrase(metric)}, within ${named}`
            : `growth not checked (no baseline) against ${named}`);
    }
    // The budget and the growth limits apply to one size: say which when it is not the default.
    if (parts.length > 0 && limits.sizeMetric === 'compressed')
        parts[0] = `compressed size ${parts[0]}`;
    if (parts.length === 0)
        parts.push('no budget or growth limit set');
    if (limits.maxLayers !== undefined)
        parts.push(`${(0,units/* plural */.LS)(comparison.layers.head, 'layer')} of at most ${limits.maxLayers}`);
    return parts.join('; ');
}
function verdictSentence(report) {
    const reasons = report.verdict.reasons;
    const fails = reasons.filter((reason) => reason.level === 'fail');
    const warns = reasons.filter((reason) => reason.level === 'warn');
    const first = fails[0] ?? warns[0];
    if (first === undefined)
        return { text: passSentence(report), others: 0 };
    return { text: first.message, reason: first, others: fails.length + warns.length - 1 };
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/report/headline.js





const STATUS_ICON = { pass: '✅', warn: '⚠️', fail: '❌' };
const NONE = '—';
function shortSha(sha) {
    return sha === undefined ? '' : ` (${(0,report_escape/* codeSpan */.SS)(sha.slice(0, 7))})`;
}
function renderTitle(report, withMarker) {
    const what = [(0,report_escape/* codeSpan */.SS)(report.dockerfile)];
    if (report.target !== undefined)
        what.push(`target ${(0,report_escape/* codeSpan */.SS)(report.target)}`);
    if (report.platform !== undefined)
        what.push((0,report_escape/* codeSpan */.SS)(report.platform));
    const lines = withMarker ? [(0,report_escape/* commentMarker */.Ql)(report.key)] : [];
    lines.push(`### 📦 image-budget: ${what.join(', ')}`);
    const refs = [];
    if (report.baseRef !== undefined || report.baseSha !== undefined) {
        refs.push(`base ${report.baseRef === undefined ? '' : (0,report_escape/* codeSpan */.SS)(report.baseRef)}${shortSha(report.baseSha)}`.trim());
    }
    if (report.headRef !== undefined || report.headSha !== undefined) {
        refs.push(`head ${report.headRef === undefined ? '' : (0,report_escape/* codeSpan */.SS)(report.headRef)}${shortSha(report.headSha)}`.trim());
    }
    if (refs.length > 0)
        lines.push(`<sub>${refs.join(' → ')}</sub>`);
    return lines.join('\n');
}
function bytesDelta(metric) {
    if (metric.delta === null)
        return NONE;
    const percent = metric.percent === null ? '' : ` (${(0,units/* signedPercent */.wu)(metric.percent)})`;
    if (!metric.changed)
        return metric.delta === 0 ? 'no change' : `${(0,units/* signedBytes */.Sq)(metric.delta)}${percent}, below noise floor`;
    return `${metric.delta > 0 ? '🔺' : '🔻'} ${(0,units/* signedBytes */.Sq)(metric.delta)}${percent}`;
}
/** The budget column of the size metric the limits apply to; the headroom is the verdict's, only rendered. */
function sizeLimits(report) {
    const { limits } = report;
    const parts = [];
    const headroom = report.verdict.headroomBytes;
    if (limits.budget !== undefined) {
        parts.push(headroom === undefined
            ? (0,units/* humanBytes */.p6)(limits.budget)
            : `${(0,units/* humanBytes */.p6)(limits.budget)} · ${headroom >= 0 ? `${(0,units/* humanBytes */.p6)(headroom)} left` : `**over by ${(0,units/* humanBytes */.p6)(-headroom)}**`}`);
    }
    const max = increaseText(limits.maxIncrease);
    if (max !== '')
        parts.push(`growth ≤ ${max}`);
    const warn = increaseText(limits.warnIncrease);
    if (warn !== '')
        parts.push(`warns above ${warn}`);
    return parts.length === 0 ? NONE : parts.join('<br>');
}
function row(cells) {
    return `| ${cells.join(' | ')} |`;
}
function renderHeadline(report) {
    const { comparison: c, limits } = report;
    const sized = (metric, applies) => [
        metric.base === null ? NONE : (0,units/* humanBytes */.p6)(metric.base),
        (0,units/* humanBytes */.p6)(metric.head),
        bytesDelta(metric),
        applies ? sizeLimits(report) : NONE,
    ];
    const rows = [
        row(['metric', 'base', 'head', 'Δ', 'budget']),
        row(['---', '---:', '---:', '---:', '---']),
        row(['uncompressed size', ...sized(c.uncompressed, limits.sizeMetric === 'uncompressed')]),
        row(['compressed size', ...sized(c.compressed, limits.sizeMetric === 'compressed')]),
    ];
    const layers = c.layers;
    const layerLimit = limits.maxLayers === undefined
        ? NONE
        : `${limits.maxLayers} · ${layers.head <= limits.maxLayers ? `${limits.maxLayers - layers.head} left` : `**${layers.head - limits.maxLayers} over**`}`;
    rows.push(row([
        'layers',
        layers.base === null ? NONE : String(layers.base),
        String(layers.head),
        layers.delta === null
            ? NONE
            : layers.delta === 0
                ? 'no change'
                : layers.delta > 0
                    ? `+${layers.delta}`
                    : String(layers.delta),
        layerLimit,
    ]));
    const time = c.buildSeconds;
    if (time !== undefined) {
        const delta = time.delta === null
            ? NONE
            : `${(0,units/* signedSeconds */.eN)(time.delta)}${time.percent === null ? '' : ` (${(0,units/* signedPercent */.wu)(time.percent)})`}, ${time.comparable ? `±${Math.round(time.noise * 100)}% noise` : 'not comparable'}`;
        rows.push(row([
            'build time',
            time.base === null ? NONE : (0,units/* humanSeconds */.Nj)(time.base),
            (0,units/* humanSeconds */.Nj)(time.head),
            delta,
            limits.failOnBuildTime ? 'fails above noise' : 'warns only',
        ]));
    }
    const hidden = hiddenBytes(report);
    if (hidden !== null) {
        const delta = hidden.base === null ? null : hidden.head - hidden.base;
        rows.push(row([
            'hidden bytes',
            hidden.base === null ? NONE : (0,units/* humanBytes */.p6)(hidden.base),
            (0,units/* humanBytes */.p6)(hidden.head),
            bytesDelta({
                base: hidden.base,
                head: hidden.head,
                delta,
                percent: delta === null || !hidden.base ? null : (delta / hidden.base) * 100,
                changed: delta !== null && Math.abs(delta) >= c.minChange,
            }),
            NONE,
        ]));
    }
    const pullNote = c.baseline.available ? (0,units/* plural */.LS)(c.pullLayers, 'new layer') : 'no base to share layers with';
    rows.push(row(['new bytes to pull', NONE, (0,units/* humanBytes */.p6)(c.pullBytes), pullNote, NONE]));
    const table = rows.join('\n');
    if (hidden === null)
        return table;
    const where = hiddenWhere(hidden, units/* humanBytes */.p6);
    return `${table}\n\n<sub>${hiddenNote(where)}</sub>`;
}
function renderVerdictLine(report) {
    const { verdict } = report;
    const lines = [];
    if (!report.comparison.baseline.available) {
        lines.push(`> **No baseline:** ${(0,report_escape/* escapeText */.X1)(report.comparison.baseline.reason)}. The absolute budget and lint still apply.`);
    }
    const sentence = verdictSentence(report);
    const summary = `${(0,report_escape/* escapeText */.X1)(sentence.text, 2000)}${sentence.others > 0 ? ` (and ${sentence.others} more below)` : ''}`;
    lines.push(`**${STATUS_ICON[verdict.status]} ${verdict.status}:** ${summary}`);
    if (report.growth !== undefined)
        lines.push((0,growth_text/* growthSentence */.r)(report.growth, report.dockerfile, 'markdown'));
    return lines.join('\n\n');
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/report/sections/chart.js
const MAX_BARS = 30;
function label(change) {
    if (change.line !== undefined)
        return `line ${change.line}`;
    return change.headIndex !== null ? `L${change.headIndex + 1}` : `base L${(change.baseIndex ?? 0) + 1}`;
}
function bars(comparison, head) {
    const all = comparison.baseline.available
        ? comparison.layerChanges.map((change) => ({
            label: label(change),
            base: change.baseBytes,
            head: change.headBytes,
        }))
        : head.layers.map((layer) => ({
            label: label({ line: layer.line, headIndex: layer.index, baseIndex: null }),
            base: 0,
            head: layer.sizeBytes,
        }));
    const sized = all.filter((bar) => bar.base > 0 || bar.head > 0);
    // Equal labels would fold into one category: number repeats ("line 3", "line 3 (2)").
    const seen = new Map();
    for (const bar of sized) {
        const count = (seen.get(bar.label) ?? 0) + 1;
        seen.set(bar.label, count);
        if (count > 1)
            bar.label = `${bar.label} (${count})`;
    }
    if (sized.length <= MAX_BARS)
        return sized;
    // Keep the largest layers, in image order.
    const keep = new Set([...sized].sort((a, b) => Math.max(b.base, b.head) - Math.max(a.base, a.head)).slice(0, MAX_BARS));
    return sized.filter((bar) => keep.has(bar));
}
const megabytes = (bytes) => (bytes / 1e6).toFixed(2).replace(/\.?0+$/, '');
function chartSection(comparison, head) {
    const data = bars(comparison, head);
    return {
        name: 'chart',
        steps: 1,
        render(level) {
            if (level >= 1 || data.length === 0)
                return '';
            const withBase = comparison.baseline.available;
            const lines = [
                '```mermaid',
                'xychart-beta',
                `  title "Layer sizes in MB (${withBase ? 'bars: head, line: base' : 'head'})"`,
                `  x-axis [${data.map((bar) => JSON.stringify(bar.label)).join(', ')}]`,
                '  y-axis "MB"',
                `  bar [${data.map((bar) => megabytes(bar.head)).join(', ')}]`,
            ];
            if (withBase)
                lines.push(`  line [${data.map((bar) => megabytes(bar.base)).join(', ')}]`);
            lines.push('```');
            const shown = data.length < comparison.layerChanges.length
                ? `\n\n<sub>The ${data.length} largest layers.</sub>`
                : '';
            return `<details><summary>Layer sizes, base vs head</summary>\n\n${lines.join('\n')}${shown}\n\n</details>`;
        },
    };
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/report/sections/layers.js


function instruction(change) {
    // Trim the shell prefix both builders put in front of RUN commands; the rest is the Dockerfile text.
    const text = change.createdBy.replace(/^(RUN )?\/bin\/sh -c (#\(nop\) )?/, (_all, run) => run ?? '');
    return (0,report_escape/* codeSpan */.SS)(text.replace(/\s+# buildkit$/, ''), { inTable: true, max: 120 });
}
function grownLayersSection(comparison) {
    const grown = comparison.grownLayers;
    const limits = [Infinity, 10, 3];
    return {
        name: 'layers',
        steps: limits.length,
        render(level) {
            if (grown.length === 0 || level >= limits.length)
                return '';
            const shown = grown.slice(0, limits[level]);
            const rows = shown.map((change) => `| ${change.line === undefined ? '?' : change.line} | ${instruction(change)} | ${change.kind === 'added' ? 'new' : (0,units/* humanBytes */.p6)(change.baseBytes)} | ${(0,units/* humanBytes */.p6)(change.headBytes)} | ${(0,units/* signedBytes */.Sq)(change.delta)} |`);
            const lines = [
                '#### Layers that grew',
                '',
                '| line | instruction | base | head | Δ |',
                '| ---: | --- | ---: | ---: | ---: |',
                ...rows,
            ];
            if (shown.length < grown.length)
                lines.push('', `… ${grown.length - shown.length} more layers grew.`);
            return lines.join('\n');
        },
    };
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/report/sections/lint.js


const LIMITS = [Infinity, 50, 10, 0];
const ICON = { error: '❌', warning: '⚠️', info: 'ℹ️', style: '💅' };
const FOLDED_NOTE = 'A row naming two rules is one problem both report.';
function rowOf(row) {
    const f = row.finding;
    const span = (code) => (0,report_escape/* codeSpan */.SS)(code, { inTable: true, max: 40 });
    const also = row.also.length > 0 ? ` (also ${row.also.map(span).join(', ')})` : '';
    const codes = row.rules.map(span).join(' ') + also;
    return `| ${ICON[f.severity] ?? ''} | ${codes} ${(0,report_escape/* escapeText */.X1)(f.name, 80)} | ${f.line} | ${(0,report_escape/* escapeText */.X1)(f.message, 300)} |`;
}
/** A table of folded rows (from foldFindings). */
function foldedTable(rows) {
    return ['| | rule | line | message |', '| --- | --- | ---: | --- |', ...rows.map(rowOf)].join('\n');
}
function findingTable(findings) {
    return foldedTable(foldFindings(findings));
}
function block(title, findings, limit) {
    if (findings.length === 0)
        return '';
    const rows = fold_foldFindings(findings);
    if (limit === 0)
        return `${title}: ${findings.length}.`;
    const shown = rows.slice(0, limit);
    const notes = [];
    if (shown.some((row) => row.rules.length > 1))
        notes.push(FOLDED_NOTE);
    if (shown.length < rows.length)
        notes.push(`… ${rows.length - shown.length} more in the job summary.`);
    return [`${title} (${findings.length}):`, foldedTable(shown), ...notes].join('\n\n');
}
function lintSection(changes, enabled) {
    return {
        name: 'lint',
        steps: LIMITS.length,
        render(level) {
            if (!enabled || changes === undefined || level >= LIMITS.length)
                return '';
            const limit = LIMITS[level];
            const newTitle = changes.baselineKnown ? 'New findings' : 'Findings (no baseline to compare with)';
            const parts = [
                block(newTitle, changes.added, limit),
                block('Fixed findings', changes.fixed, limit),
            ].filter((part) => part !== '');
            if (parts.length === 0)
                return changes.baselineKnown ? '#### Lint\n\nNo new findings.' : '';
            return ['#### Lint', ...parts].join('\n\n');
        },
    };
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/report/optimizer-text.js

const fixes = (n) => (0,units/* plural */.LS)(n, 'fix', 'fixes');
/** The sentence over the list of fixes. */
function optimizerHeadline(optimizer, comparison) {
    const sentence = savingSentence(optimizer, comparison);
    const smoke = optimizer.smokeTested && comparison.optimized !== undefined;
    return smoke ? `${sentence} The smoke test passed in both images.` : sentence;
}
function savingSentence(optimizer, comparison) {
    const n = optimizer.fixes.length;
    if (optimizer.diff.trim() === '' && n === 0)
        return 'No automatic fix applies: the Dockerfile is already as the optimizer would write it.';
    const saved = comparison.optimized;
    const apply = n === 1 ? 'applies' : 'apply';
    if (saved === undefined)
        return `${fixes(n)} ${apply}; the optimized image was not measured.`;
    const layers = comparison.layers.head - saved.layerCount;
    const floor = Math.max(1, comparison.minChange);
    const result = `the optimized image is ${(0,units/* humanBytes */.p6)(saved.sizeBytes)} in ${(0,units/* plural */.LS)(saved.layerCount, 'layer')}`;
    const applying = `Applying ${n === 0 ? 'the changes' : fixes(n)} would save`;
    if (saved.savingsBytes >= floor) {
        const bytes = `${(0,units/* humanBytes */.p6)(saved.savingsBytes)} (${(0,units/* signedPercent */.wu)(-saved.savingsPercent)}) uncompressed` +
            `${layers > 0 ? ', ' : ' and '}${(0,units/* humanBytes */.p6)(Math.max(0, saved.savingsCompressedBytes))} compressed`;
        return `${applying} ${bytes}${layers > 0 ? ` and ${(0,units/* plural */.LS)(layers, 'layer')}` : ''}: ${result}.`;
    }
    if (layers > 0) {
        const bytes = saved.savingsBytes > 0
            ? `and only ${(0,units/* humanBytes */.p6)(saved.savingsBytes)}, below the ${(0,units/* humanBytes */.p6)(floor)} noise floor`
            : 'and no bytes';
        return `${applying} ${(0,units/* plural */.LS)(layers, 'layer')} ${bytes}: ${result}.`;
    }
    return `${fixes(n)} ${apply}, but the optimized image is not smaller: ${result}.`;
}
/** `line 3`, `lines 3, 5`; '' for a fix that belongs to no line (the .dockerignore proposal) or whose
 *  description names its lines already ("Merge the RUNs at lines 3, 5"). */
function fixPlace(fix) {
    if (/\blines? \d/.test(String(fix.description)))
        return '';
    const lines = [...(Array.isArray(fix.lines) ? fix.lines : [])].sort((a, b) => a - b);
    if (lines.length === 0)
        return '';
    return lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.join(', ')}`;
}
/** What one fix saves: its measured bytes and layers when it was built on its own, else the layers it removes. */
function fixSaving(fix, minChange) {
    const m = fix.measured;
    if (m === undefined) {
        const layers = Number.isSafeInteger(fix.layersRemoved) ? fix.layersRemoved : 0;
        return layers > 0 ? `removes ${(0,units/* plural */.LS)(layers, 'layer')}` : 'removes no layer';
    }
    const bytes = m.savedBytes >= Math.max(1, minChange);
    const layers = m.layersSaved > 0 ? (0,units/* plural */.LS)(m.layersSaved, 'layer') : '';
    if (bytes) {
        const size = `${(0,units/* humanBytes */.p6)(m.savedBytes)} (${(0,units/* humanBytes */.p6)(Math.max(0, m.savedCompressedBytes))} compressed)`;
        return `saves ${size}${layers === '' ? '' : ` and ${layers}`}`;
    }
    return layers === '' ? 'saves nothing measurable' : `saves ${layers} and no bytes`;
}
/** Said once over a list of fixes: how their savings were measured. */
function perFixNote(optimizer) {
    if (optimizer.fixes.length < 2)
        return '';
    return optimizer.fixes.every((fix) => fix.measured !== undefined)
        ? 'Each fix was built on top of the ones above it and measured.'
        : 'The bytes are measured for all fixes together; each fix shows the layers it removes.';
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/report/sections/optimizer.js


const DIFF_LINES = [Infinity, 300, 60];
function clipLines(text, max) {
    const lines = text.replace(/\n$/, '').split('\n');
    if (lines.length <= max)
        return { text: lines.join('\n'), cut: 0 };
    return { text: lines.slice(0, max).join('\n'), cut: lines.length - max };
}
function fixItem(fix, minChange) {
    const place = fixPlace(fix);
    return (`- ${(0,report_escape/* codeSpan */.SS)(String(fix.rule), { max: 40 })} ${(0,report_escape/* escapeText */.X1)(String(fix.description))}` +
        `${place === '' ? '' : ` (${place})`}: ${fixSaving(fix, minChange)}`);
}
function optimizerSection(optimizer, comparison) {
    return {
        name: 'optimizer',
        // full diff → shorter diffs → fixes without diff → one line → nothing
        steps: DIFF_LINES.length + 2,
        render(level) {
            if (optimizer === undefined || level >= DIFF_LINES.length + 2)
                return '';
            const parts = ['#### Optimizer', (0,report_escape/* escapeText */.X1)(optimizerHeadline(optimizer, comparison), 2000)];
            if (optimizer.error !== undefined)
                parts.push(`> The optimized image could not be checked: ${(0,report_escape/* escapeText */.X1)(optimizer.error, 1000)}`);
            if (level === DIFF_LINES.length + 1)
                return parts.join('\n\n');
            if (optimizer.fixes.length > 0) {
                const note = perFixNote(optimizer);
                if (note !== '')
                    parts.push(note);
                const fixes = optimizer.fixes
                    .slice(0, level === 0 ? Infinity : 20)
                    .map((fix) => fixItem(fix, comparison.minChange));
                if (fixes.length < optimizer.fixes.length)
                    fixes.push(`- … ${optimizer.fixes.length - fixes.length} more`);
                parts.push(fixes.join('\n'));
            }
            if (level < DIFF_LINES.length && optimizer.diff.trim() !== '') {
                const { text, cut } = clipLines(optimizer.diff, DIFF_LINES[level]);
                const note = cut > 0 ? `\n\n${cut} more diff lines are in the job summary.` : '';
                parts.push(`<details><summary>Diff to apply</summary>\n\n${(0,report_escape/* codeBlock */.DV)(text, 'diff')}${note}\n\n</details>`);
            }
            return parts.join('\n\n');
        },
    };
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/report/files-text.js

/** Whether there is anything to show. */
function filesGrew(growth) {
    return growth !== undefined && (growth.files.length > 0 || growth.folders.length > 0);
}
/** `added` or `grown from 1.2 MB`. */
function growthKind(g) {
    return g.kind === 'added' ? 'added' : `grown from ${(0,units/* humanBytes */.p6)(g.baseBytes)}`;
}
/** `Dockerfile line 4 (layer 3)`, or `layer 3: RUN …` when the layer maps to no line. */
function addedBy(g) {
    if (g.layer < 0)
        return '';
    if (g.line !== undefined)
        return `Dockerfile line ${g.line} (layer ${g.layer + 1})`;
    const instruction = g.createdBy.replace(/^\/bin\/sh -c (#\(nop\) )?/, '').trim();
    return `layer ${g.layer + 1}${instruction === '' ? '' : `: ${instruction.length > 60 ? `${instruction.slice(0, 59)}…` : instruction}`}`;
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/report/sections/files.js



function table(kind, rows) {
    return [
        `| ${kind} | change | size | Δ | added by |`,
        '| --- | --- | ---: | ---: | --- |',
        ...rows.map((g) => `| ${(0,report_escape/* escapeText */.X1)(g.path, 200)} | ${growthKind(g)} | ${(0,units/* humanBytes */.p6)(g.headBytes)} | ${(0,units/* signedBytes */.Sq)(g.deltaBytes)} | ${(0,report_escape/* escapeText */.X1)(addedBy(g), 200)} |`),
    ];
}
function filesSection(growth) {
    const limits = [
        [10, 5],
        [3, 3],
    ];
    return {
        name: 'files',
        steps: limits.length,
        render(level) {
            if (!filesGrew(growth) || level >= limits.length)
                return '';
            const [folderCount, fileCount] = limits[level];
            const lines = ['#### Files that grew'];
            const folders = growth.folders.slice(0, folderCount);
            const files = growth.files.slice(0, fileCount);
            if (folders.length > 0)
                lines.push('', ...table('folder', folders));
            if (files.length > 0)
                lines.push('', ...table('file', files));
            if (growth.grownFiles > files.length)
                lines.push('', `… ${growth.grownFiles - files.length} more files were added or grew.`);
            return lines.join('\n');
        },
    };
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/report/packages-text.js

/** `added 1.6-2.1`, `upgraded 1.0 → 1.1`, `removed 2.0`. */
function packageVersions(change) {
    if (change.kind === 'added')
        return `added ${change.headVersion ?? ''}`.trimEnd();
    if (change.kind === 'removed')
        return `removed ${change.baseVersion ?? ''}`.trimEnd();
    return `${change.kind} ${change.baseVersion ?? ''} → ${change.headVersion ?? ''}`;
}
/** `jq (deb)`, `left-pad (npm, app/node_modules/left-pad)`. */
function packageName(change) {
    const where = change.location === undefined ? '' : `, ${change.location}`;
    return `${change.name} (${change.ecosystem}${where})`;
}
/** Whether the diff has anything to show. */
function packagesChanged(diff) {
    return diff !== undefined && (diff.changes.length > 0 || diff.unowned.deltaBytes !== 0);
}
/** The largest additions: changes that grew, largest first (removals and shrinkage are counted in the summary). */
function largestAdditions(diff) {
    return diff.changes.filter((c) => c.deltaBytes > 0 || c.kind === 'added' || c.kind === 'upgraded');
}
/** One line on how the bytes split: packages, same-version packages, bytes in no package. */
function packageSummary(diff) {
    const counts = ['added', 'removed', 'upgraded', 'downgraded']
        .map((kind) => [kind, diff.changes.filter((c) => c.kind === kind).length])
        .filter(([, n]) => n > 0)
        .map(([kind, n]) => `${n} ${kind}`);
    const packages = diff.changes.reduce((a, c) => a + c.deltaBytes, 0);
    const parts = [
        `${counts.length === 0 ? 'no package changed' : `${(0,units/* plural */.LS)(diff.changes.length, 'package')} changed (${counts.join(', ')})`}: ${(0,units/* signedBytes */.Sq)(packages)}`,
    ];
    if (diff.sameVersionDeltaBytes !== 0)
        parts.push(`packages of unchanged versions ${(0,units/* signedBytes */.Sq)(diff.sameVersionDeltaBytes)}`);
    parts.push(`bytes in no package ${(0,units/* signedBytes */.Sq)(diff.unowned.deltaBytes)}`);
    let text = `${parts.join('; ')} (files ${(0,units/* signedBytes */.Sq)(diff.fileBytes.delta)} in all)`;
    if (diff.notRead.length > 0)
        text += `; not read: ${diff.notRead.join(', ')} database`;
    if (diff.incomplete)
        text += '; a package database was too large to read whole';
    return text;
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/report/sections/packages.js



function packagesSection(diff) {
    const limits = [20, 5];
    return {
        name: 'packages',
        steps: limits.length,
        render(level) {
            if (!packagesChanged(diff) || level >= limits.length)
                return '';
            const additions = largestAdditions(diff);
            const shown = additions.slice(0, limits[level]);
            const lines = ['#### Largest additions', '', (0,report_escape/* escapeText */.X1)(packageSummary(diff), 1000)];
            if (shown.length > 0) {
                lines.push('', '| package | change | installed | Δ |', '| --- | --- | ---: | ---: |', ...shown.map((c) => `| ${(0,report_escape/* escapeText */.X1)(packageName(c), 200)} | ${(0,report_escape/* escapeText */.X1)(packageVersions(c), 200)} | ${(0,units/* humanBytes */.p6)(c.headBytes)} | ${(0,units/* signedBytes */.Sq)(c.deltaBytes)} |`));
                if (shown.length < additions.length)
                    lines.push('', `… ${additions.length - shown.length} more packages grew.`);
            }
            const folders = diff.unowned.folders.filter((f) => f.deltaBytes > 0).slice(0, level === 0 ? 5 : 2);
            if (folders.length > 0)
                lines.push('', `Bytes in no package: ${folders.map((f) => `${(0,report_escape/* escapeText */.X1)(f.path, 200)} ${(0,units/* signedBytes */.Sq)(f.deltaBytes)}`).join(', ')}`);
            return lines.join('\n');
        },
    };
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/report/sections/regressions.js

const regressions_ICON = { fail: '❌', warn: '⚠️', info: 'ℹ️' };
function regressionsSection(verdict) {
    const reasons = verdict.reasons.filter((reason) => reason.level !== 'info');
    return {
        name: 'regressions',
        steps: 2,
        render(level) {
            if (reasons.length === 0 || level >= 2)
                return '';
            const shown = level === 0 ? reasons : reasons.slice(0, 5);
            const lines = shown.map((reason) => `- ${regressions_ICON[reason.level]} ${(0,report_escape/* escapeText */.X1)(reason.message, 2000)}`);
            if (shown.length < reasons.length)
                lines.push(`- … ${reasons.length - shown.length} more in the job summary`);
            return ['#### Regressions', ...lines].join('\n');
        },
    };
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/report/markdown.js
// The sticky comment body and the job summary share one layout: title, headline table, verdict, then detail
// sections that are shortened or dropped, least important first, until the text fits.










/** GitHub rejects comment bodies over 65,536 characters; the rest is headroom. */
const COMMENT_MAX_CHARS = 60_000;
/** Job summaries hold 1 MiB per step (and `core.summary` does not check). */
const SUMMARY_MAX_CHARS = 900_000;
/** Order in which details give way: the chart, then the optimizer diff, lint tables, files that grew, package
 *  additions, grown layers, regressions. */
const DROP_ORDER = [
    'chart',
    'optimizer',
    'lint',
    'findings',
    'files',
    'packages',
    'layers',
    'regressions',
];
const FOOTER_ROOM = 400;
function fixed(name, text) {
    return { name, steps: 0, render: () => text };
}
function footer(report, shortened) {
    if (shortened.length === 0)
        return '';
    // runUrl comes from the runner's environment (server URL, repository, run id), not from the pull request.
    const where = report.runUrl === undefined ? 'the job summary' : `the [job summary](${encodeURI(report.runUrl)})`;
    return `<sub>Shortened to fit GitHub's size limit (${shortened.join(', ')}); ${where} has the full report.</sub>`;
}
/** Renders a report under `maxChars`, extra sections (the summary's full finding list) placed last. */
function renderReport(report, options) {
    const sections = [
        fixed('title', renderTitle(report, options.marker)),
        fixed('headline', renderHeadline(report)),
        fixed('verdict', renderVerdictLine(report)),
        regressionsSection(report.verdict),
        grownLayersSection(report.comparison),
        packagesSection(report.comparison.packages),
        filesSection(report.comparison.grownFiles),
        chartSection(report.comparison, report.head),
        optimizerSection(report.optimizer, report.comparison),
        lintSection(report.findingChanges, report.lintEnabled),
        ...(options.extra ?? []),
    ];
    const fitted = fitSections(sections, DROP_ORDER, options.maxChars - FOOTER_ROOM);
    const tail = footer(report, fitted.shortened);
    const text = tail === '' ? fitted.text : `${fitted.text}\n\n${tail}`;
    if (text.length <= options.maxChars)
        return `${text}\n`;
    // Only the fixed parts are left and they are still too long (absurdly long names): a minimal body that fits.
    const marker = options.marker ? `${(0,report_escape/* commentMarker */.Ql)(report.key)}\n` : '';
    return `${marker}### 📦 image-budget\n\n**${STATUS_ICON[report.verdict.status]} ${report.verdict.status}**: the report is too long to show here; see the job summary.\n`;
}
/** The sticky PR comment: hidden marker first, at most `maxChars` (default 60,000) characters. */
function renderComment(report, options = {}) {
    return renderReport(report, { marker: true, maxChars: options.maxChars ?? COMMENT_MAX_CHARS });
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/report/summary.js




const FINDING_LIMITS = [Infinity, 1000, 100, 0];
function sorted(findings) {
    return [...findings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
function findingsSection(report) {
    const all = sorted(report.findings);
    const rows = fold_foldFindings(all);
    return {
        name: 'findings',
        steps: FINDING_LIMITS.length,
        render(level) {
            if (!report.lintEnabled || level >= FINDING_LIMITS.length)
                return '';
            const unannotated = report.unannotated ?? 0;
            const note = unannotated > 0
                ? `${unannotated} more not annotated (GitHub shows at most 10 annotations per level per step); every finding is listed here.`
                : '';
            if (all.length === 0)
                return '#### All findings\n\nNo findings.';
            const limit = FINDING_LIMITS[level];
            const shown = rows.slice(0, limit);
            const parts = [`#### All findings (${all.length})`];
            if (note !== '')
                parts.push(note);
            if (shown.some((row) => row.rules.length > 1))
                parts.push(FOLDED_NOTE);
            if (shown.length > 0) {
                parts.push(`<details${level === 0 && rows.length <= 50 ? ' open' : ''}><summary>${(0,units/* plural */.LS)(all.length, 'finding')}</summary>\n\n${foldedTable(shown)}\n\n</details>`);
            }
            if (shown.length < rows.length)
                parts.push(`… ${rows.length - shown.length} more rows: the JSON report lists every finding.`);
            return parts.join('\n\n');
        },
    };
}
function renderSummary(report, options = {}) {
    return renderReport(report, {
        marker: false,
        maxChars: options.maxChars ?? SUMMARY_MAX_CHARS,
        extra: [findingsSection(report)],
    });
}

// EXTERNAL MODULE: ./.tmp/package/lib/src/cli/build-args.js
var build_args = __webpack_require__(8176);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/cli/check-text.js









/** Findings listed by name; the rest are counted (`image-budget lint` lists them all). */
const MAX_FINDINGS = 30;
/** The change column, in the comment's words: a change within the noise is shown with the note that says so. */
function check_text_change(m, signed, withPercent, noise) {
    if (m.delta === null)
        return '';
    const percent = withPercent && m.percent !== null ? ` (${(0,units/* signedPercent */.wu)(m.percent)})` : '';
    if (noise !== undefined)
        return `${signed(m.delta)}${percent}, ${noise}`;
    if (!m.changed)
        return m.delta === 0 ? 'no change' : `${signed(m.delta)}${percent}, below noise floor`;
    return `${signed(m.delta)}${percent}`;
}
function check_text_row(label, m, unit, changeText) {
    const base = m.base === null ? '—' : unit(m.base);
    return `  ${label.padEnd(22)}${base.padStart(12)}  →  ${unit(m.head).padStart(12)}   ${changeText}`.trimEnd();
}
function lintLines(data) {
    if (!data.lintEnabled)
        return ['  lint: off'];
    const findings = [...data.findings].sort((a, b) => a.line - b.line || a.column - b.column);
    if (findings.length === 0)
        return ['  lint: no findings'];
    const bySeverity = ['error', 'warning', 'info', 'style']
        .map((s) => [s, findings.filter((f) => f.severity === s).length])
        .filter(([, n]) => n > 0)
        .map(([s, n]) => `${n} ${s}`)
        .join(', ');
    const added = new Set(data.findingChanges?.baselineKnown ? data.findingChanges.added : []);
    const rows = fold_foldFindings(findings);
    const lines = [`  lint: ${(0,units/* plural */.LS)(findings.length, 'finding')} (${bySeverity})`];
    const width = Math.min(24, Math.max(...rows.map((r) => foldedName(r).length)));
    for (const r of rows.slice(0, MAX_FINDINGS)) {
        const isNew = r.findings.some((f) => added.has(f)) ? ' (new)' : '';
        lines.push(`    ${r.finding.severity.padEnd(8)} ${foldedName(r).padEnd(width)}  ${(0,report_escape/* printable */.g$)(r.finding.message)}${isNew}`);
    }
    if (rows.length > MAX_FINDINGS)
        lines.push(`    … ${rows.length - MAX_FINDINGS} more (image-budget lint ${(0,report_escape/* printable */.g$)(data.dockerfile)} lists them all)`);
    if (rows.some((r) => r.rules.length > 1))
        lines.push('    (a line naming two rules is one problem both report)');
    return lines;
}
/** Packages listed by name in the terminal; the summary line counts them all. */
const MAX_PACKAGES = 10;
function packageLines(data) {
    const diff = data.comparison.packages;
    if (!packagesChanged(diff))
        return [];
    const lines = ['', `  largest additions: ${(0,report_escape/* printable */.g$)(packageSummary(diff))}`];
    const additions = largestAdditions(diff);
    for (const c of additions.slice(0, MAX_PACKAGES))
        lines.push(`    ${(0,units/* signedBytes */.Sq)(c.deltaBytes).padStart(10)}  ${(0,report_escape/* printable */.g$)(packageName(c))} ${(0,report_escape/* printable */.g$)(packageVersions(c))}`);
    if (additions.length > MAX_PACKAGES)
        lines.push(`    … ${additions.length - MAX_PACKAGES} more`);
    const folders = diff.unowned.folders.filter((f) => f.deltaBytes > 0).slice(0, 5);
    if (folders.length > 0)
        lines.push(`    bytes in no package: ${folders.map((f) => `${(0,report_escape/* printable */.g$)(f.path)} ${(0,units/* signedBytes */.Sq)(f.deltaBytes)}`).join(', ')}`);
    return lines;
}
/** Files and folders listed in the terminal. */
const MAX_GROWN = 5;
function fileLines(data) {
    const growth = data.comparison.grownFiles;
    if (!filesGrew(growth))
        return [];
    const lines = ['', '  files that grew:'];
    for (const g of [...growth.folders.slice(0, MAX_GROWN), ...growth.files.slice(0, MAX_GROWN)]) {
        const by = addedBy(g);
        lines.push(`    ${(0,units/* signedBytes */.Sq)(g.deltaBytes).padStart(10)}  ${(0,report_escape/* printable */.g$)(g.path)} (${growthKind(g)})${by === '' ? '' : `, ${(0,report_escape/* printable */.g$)(by)}`}`);
    }
    if (growth.grownFiles > MAX_GROWN)
        lines.push(`    … ${growth.grownFiles - MAX_GROWN} more files`);
    return lines;
}
function optimizerLines(data) {
    const optimizer = data.optimizer;
    if (optimizer === undefined)
        return [];
    const lines = ['', `  optimizer: ${(0,report_escape/* printable */.g$)(optimizerHeadline(optimizer, data.comparison))}`];
    if (optimizer.error !== undefined)
        lines.push(`    not checked: ${(0,report_escape/* printable */.g$)(optimizer.error)}`);
    const note = perFixNote(optimizer);
    if (note !== '')
        lines.push(`    ${note}`);
    for (const fix of optimizer.fixes) {
        const place = fixPlace(fix);
        lines.push(`    ${(0,report_escape/* printable */.g$)(String(fix.rule)).padEnd(8)} ${(0,report_escape/* printable */.g$)(String(fix.description))}` +
            `${place === '' ? '' : ` (${place})`}: ${fixSaving(fix, data.comparison.minChange)}`);
    }
    if (optimizer.diff.trim() !== '')
        lines.push('    see the changes: image-budget optimize --diff');
    return lines;
}
/** Every limit the verdict applied, as the comment's budget column shows them. */
function limitsLine(data) {
    const { limits } = data;
    const parts = [];
    // the verdict computed the headroom; the report only renders it
    const left = data.verdict.headroomBytes;
    if (limits.budget !== undefined) {
        const room = left === undefined
            ? ''
            : ` (${left >= 0 ? `${(0,units/* humanBytes */.p6)(left)} left` : `over by ${(0,units/* humanBytes */.p6)(-left)}`})`;
        parts.push(`budget ${(0,units/* humanBytes */.p6)(limits.budget)} ${limits.sizeMetric}${room}`);
    }
    if (limits.maxIncrease)
        parts.push(`max-increase ${increaseText(limits.maxIncrease)}`);
    if (limits.warnIncrease)
        parts.push(`warn-increase ${increaseText(limits.warnIncrease)}`);
    if (limits.maxLayers !== undefined)
        parts.push(`max-layers ${limits.maxLayers}`);
    return `  limits: ${parts.length === 0 ? 'none set' : parts.join(', ')}`;
}
function formatCheckText(data) {
    const c = data.comparison;
    const count = (n) => String(n);
    const signedCount = (n) => (n > 0 ? `+${n}` : String(n));
    const lines = [
        `${(0,report_escape/* printable */.g$)(data.dockerfile)}${data.target ? ` (target ${(0,report_escape/* printable */.g$)(data.target)})` : ''}`,
        c.baseline.available
            ? `  base ${(0,report_escape/* printable */.g$)(data.baseRef ?? '')} ${data.baseSha?.slice(0, 12) ?? ''}`.trimEnd()
            : `  no baseline: ${(0,report_escape/* printable */.g$)(c.baseline.reason)}`,
        '',
        `  ${'metric'.padEnd(22)}${'base'.padStart(12)}     ${'head'.padStart(12)}   change`,
        check_text_row('uncompressed size', c.uncompressed, units/* humanBytes */.p6, check_text_change(c.uncompressed, units/* signedBytes */.Sq, true)),
        check_text_row('compressed size', c.compressed, units/* humanBytes */.p6, check_text_change(c.compressed, units/* signedBytes */.Sq, true)),
        check_text_row('layers', c.layers, count, check_text_change(c.layers, signedCount, false)),
    ];
    if (c.buildSeconds !== undefined) {
        const t = c.buildSeconds;
        const noise = t.comparable ? `±${Math.round(t.noise * 100)}% noise` : 'not comparable';
        lines.push(check_text_row('build time', t, units/* humanSeconds */.Nj, check_text_change(t, units/* signedSeconds */.eN, true, noise)));
    }
    const hidden = hiddenBytes(data);
    if (hidden !== null) {
        const delta = hidden.base === null ? null : hidden.head - hidden.base;
        const m = {
            base: hidden.base,
            head: hidden.head,
            delta,
            percent: delta === null || !hidden.base ? null : (delta / hidden.base) * 100,
            changed: delta !== null && Math.abs(delta) >= c.minChange,
        };
        lines.push(check_text_row('hidden bytes', m, units/* humanBytes */.p6, check_text_change(m, units/* signedBytes */.Sq, true)));
    }
    lines.push(`  ${'new bytes to pull'.padEnd(22)}${''.padStart(12)}     ${(0,units/* humanBytes */.p6)(c.pullBytes).padStart(12)}   ${c.baseline.available ? (0,units/* plural */.LS)(c.pullLayers, 'new layer') : 'no base to share layers with'}`);
    if (hidden !== null)
        lines.push(`  ${hiddenNote(hiddenWhere(hidden, units/* humanBytes */.p6))}`);
    lines.push(...packageLines(data), ...fileLines(data), ...optimizerLines(data), '', ...lintLines(data));
    const sentence = verdictSentence(data);
    lines.push('', limitsLine(data), `${data.verdict.status.toUpperCase()}: ${(0,report_escape/* printable */.g$)(sentence.text)}`);
    if (data.growth !== undefined)
        lines.push(`  ${(0,growth_text/* growthSentence */.r)(data.growth, data.dockerfile, 'terminal')}`);
    for (const r of data.verdict.reasons) {
        if (r === sentence.reason)
            continue;
        lines.push(`  ${r.level === 'info' ? 'note' : r.level}: ${(0,report_escape/* printable */.g$)(r.message)}`);
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/cli/check.js
// `image-budget check`: the action's pipeline on a local repository. The working tree (uncommitted changes
// included) is the head; the base is built from `--base-ref` (default origin/main) in a temporary worktree.
// Progress goes to stderr, the report to stdout; the exit code is the verdict (0 pass/warn, 1 fail, 2 usage).



















/** The bundled example the command checks when no Dockerfile is given and the current folder has none. */
const EXAMPLE_DOCKERFILE = 'examples/static-site/Dockerfile';
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
const processIO = {
    cwd: process.cwd(),
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
};
function gitRoot(dir) {
    try {
        return (0,external_node_child_process_.execFileSync)('git', ['-C', dir, 'rev-parse', '--show-toplevel'], {
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
        }).trim();
    }
    catch {
        return null;
    }
}
/** No changes and no untracked files: the head measured is HEAD's tree. */
function workingTreeClean(repo) {
    try {
        return ((0,external_node_child_process_.execFileSync)('git', ['-C', repo, 'status', '--porcelain'], {
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
        }).trim() === '');
    }
    catch {
        return false;
    }
}
/** origin/main when the clone has it; otherwise the last commit, so the check shows what the working tree changes. */
async function defaultBaseRef(deps, repo, io) {
    if ((await deps.git.resolve(repo, 'origin/main').catch(() => null)) !== null)
        return 'origin/main';
    if ((await deps.git.resolve(repo, 'HEAD').catch(() => null)) !== null) {
        io.stderr('origin/main is not in this clone: comparing the working tree with HEAD (set --base-ref to choose)\n');
        return 'HEAD';
    }
    return 'origin/main';
}
function kind(path) {
    const stat = (0,external_node_fs_.statSync)(path, { throwIfNoEntry: false });
    return stat === undefined ? null : stat.isDirectory() ? 'directory' : 'file';
}
/** What is wrong with the Dockerfile or context path, in the terms of the command line; null when both exist. */
function missingPath(dockerfilePath, dockerfileArg, given, contextPath, contextArg) {
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
function flagProblems(problems) {
    const lines = problems.map((p) => `  --${p.input} ${JSON.stringify(p.value)}: ${p.message}`);
    return `${problems.length === 1 ? 'an option is' : `${problems.length} options are`} not valid:\n${lines.join('\n')}`;
}
async function runCheck(argv, io = processIO, deps) {
    let args;
    try {
        args = (0,external_node_util_.parseArgs)({
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
    }
    catch (error) {
        io.stderr(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
        return 2;
    }
    if (args.help) {
        io.stdout(USAGE);
        return 0;
    }
    if (!['tty', 'markdown', 'json'].includes(args.format)) {
        io.stderr(`--format: use tty, markdown or json\n`);
        return 2;
    }
    if (args.sbom === '') {
        io.stderr('--sbom: give the file to write the SBOM to\n');
        return 2;
    }
    let buildArgs;
    try {
        buildArgs = (0,build_args/* parseBuildArgFlags */.d)(args['build-arg'] ?? [], process.env);
    }
    catch (error) {
        io.stderr(`error: ${error instanceof Error ? error.message : String(error)}\n`);
        return 2;
    }
    const dockerfileArg = args.dockerfile ?? ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(io.cwd, 'Dockerfile')) ? 'Dockerfile' : EXAMPLE_DOCKERFILE);
    const dockerfilePath = (0,external_node_path_.resolve)(io.cwd, dockerfileArg);
    const contextArg = args.context ?? (0,external_node_path_.dirname)(dockerfileArg);
    const contextPath = (0,external_node_path_.resolve)(io.cwd, contextArg);
    // Checked here, before the pipeline, so the message names the path as typed and the flag to change (the
    // pipeline's own message speaks of the action's inputs).
    const pathProblem = missingPath(dockerfilePath, dockerfileArg, args.dockerfile !== undefined, contextPath, contextArg);
    if (pathProblem !== null) {
        io.stderr(`error: ${pathProblem}\n`);
        return 2;
    }
    const repo = gitRoot((0,external_node_path_.dirname)(dockerfilePath)) ?? io.cwd;
    const log = (0,src_deps/* stderrLog */.bJ)(args.verbose === true);
    const layers = args['no-cache']
        ? undefined
        : (0,src_deps/* directoryLayerCache */.hO)(args['cache-dir'] ?? (0,layer_store/* defaultStoreDir */.iB)(process.env), log);
    const realDeps = deps ??
        (0,src_deps/* createDeps */.F5)({
            env: process.env,
            apiUrl: '',
            owner: '',
            repo: '',
            log,
            cache: src_deps/* noCache */.wt,
            ...(layers ? { layers } : {}),
        });
    const baseRef = args['base-ref'] ?? (await defaultBaseRef(realDeps, repo, io));
    const images = [];
    try {
        const parsedInputs = (0,src_inputs/* parseInputs */.TL)({
            dockerfile: (0,external_node_path_.relative)(repo, dockerfilePath),
            context: (0,external_node_path_.relative)(repo, contextPath) || '.',
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
        const tagPrefix = `image-budget-check-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
        const result = await runPipeline(realDeps, {
            inputs,
            repo,
            ...(useGit
                ? { baseRef }
                : {
                    noBaseReason: baseRef === 'none' ? 'no base ref (--base-ref none)' : `${repo} is not a git repository`,
                }),
            tempDir: (0,external_node_os_.tmpdir)(),
            tagPrefix,
            pathNames: { dockerfile: '--dockerfile', context: '--context', config: 'the lint configuration' },
        }, images);
        if (!result.ok) {
            const f = result.failure;
            io.stderr(`error: ${result.dockerfile}${f.line ? `:${f.line}` : ''}: the image did not build${f.step ? ` (${f.step})` : ''}: ${f.message}\n`);
            if (f.output.length)
                io.stderr(`${f.output.join('\n')}\n`);
            return 1;
        }
        const data = reportData(inputs, result, useGit ? { baseRef } : {});
        const headSha = useGit ? await realDeps.git.resolve(repo, 'HEAD') : null;
        if (headSha !== null) {
            const growth = await explainGrowth(realDeps, {
                inputs,
                repo,
                result,
                headSha,
                headIsCommit: workingTreeClean(repo),
                tagPrefix: `${tagPrefix}-commit`,
                tempDir: (0,external_node_os_.tmpdir)(),
            }, images);
            if (growth !== undefined)
                data.growth = growth;
        }
        if (args.sbom !== undefined) {
            const sbomPath = (0,external_node_path_.resolve)(io.cwd, args.sbom);
            try {
                await realDeps.fs.writeFile(sbomPath, (0,sbom/* sbomText */.zA)(result.head, realDeps.clock.now()));
            }
            catch (error) {
                const why = error instanceof Error ? error.message : String(error);
                throw new Error(`--sbom ${args.sbom}: cannot write the SBOM (${why}); give a writable file path`);
            }
        }
        if (args.format === 'json')
            io.stdout(`${JSON.stringify(data, null, 2)}\n`);
        else if (args.format === 'markdown')
            io.stdout(`${renderSummary(data)}\n`);
        else
            io.stdout(formatCheckText(data));
        return result.verdict.status === 'fail' ? 1 : 0;
    }
    catch (error) {
        const message = error instanceof src_inputs/* InputError */.dz
            ? flagProblems(error.problems)
            : error instanceof Error
                ? error.message
                : String(error);
        const usage = error instanceof src_inputs/* InputError */.dz ||
            error instanceof lint_config/* ConfigError */.xL ||
            error instanceof UsageError ||
            error instanceof errors/* EngineMissingError */.pe;
        io.stderr(`error: ${message}\n`);
        return usage ? 2 : 1;
    }
    finally {
        await (0,cleanup/* removeRunImages */._)(realDeps.docker, images).catch(() => undefined);
    }
}


/***/ }),

/***/ 1477:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ codeLabel)
/* harmony export */ });
// How a finding's code is shown when it stands for other codes too (a BuildKit check beside the hadolint rule
// that reports the same problem): `DL3025 (also JSONArgsRecommended)`, so a reader who knows either name finds it.
function codeLabel(rule, also) {
    return also !== undefined && also.length > 0 ? `${rule} (also ${also.join(', ')})` : rule;
}


/***/ }),

/***/ 1355:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   zA: () => (/* binding */ sbomText)
/* harmony export */ });
/* unused harmony exports packageUrl, cycloneDx */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5217);
/* harmony import */ var _package_json__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3053);
// The head image's packages as a CycloneDX 1.5 JSON document (an SBOM), so vulnerability scanners can take the
// inventory from here: one component per package with its package URL (purl) per ecosystem, and the image itself
// as `metadata.component`. cycloneDx is pure: the serial number and the time come in as arguments.


/** Percent-encodes one purl segment (the spec's set: everything but letters, digits and `.-_~`). */
function enc(s) {
    return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** The purl type and namespace/name of a package per ecosystem (purl-spec's types). */
function purlParts(p, os) {
    const split = (full, sep) => {
        const at = full.lastIndexOf(sep);
        return at < 0 ? [undefined, full] : [full.slice(0, at), full.slice(at + 1)];
    };
    const types = {
        deb: 'deb',
        apk: 'apk',
        npm: 'npm',
        python: 'pypi',
        golang: 'golang',
        maven: 'maven',
    };
    const type = types[p.ecosystem];
    switch (p.ecosystem) {
        case 'deb': {
            // a name told apart by architecture (`libc6:i386`) keeps the architecture as a qualifier, not in the name
            const [name] = p.name.split(':');
            return { type, path: [os?.id ?? 'debian'], name: name };
        }
        case 'apk':
            return { type, path: [os?.id ?? 'alpine'], name: p.name };
        case 'npm': {
            const [scope, name] = p.name.startsWith('@') ? split(p.name, '/') : [undefined, p.name];
            return scope === undefined ? { type, path: [], name } : { type, path: [scope], group: scope, name };
        }
        case 'python':
            // PEP 503 normalised, as the pypi purl type asks
            return { type, path: [], name: p.name.toLowerCase().replace(/[-_.]+/g, '-') };
        case 'golang': {
            const [namespace, name] = split(p.name, '/');
            return namespace === undefined
                ? { type, path: [], name }
                : { type, path: namespace.split('/'), group: namespace, name };
        }
        case 'maven': {
            const [group, name] = split(p.name, ':');
            return group === undefined ? { type, path: [], name } : { type, path: [group], group, name };
        }
    }
}
/** The package URL of an installed package (`pkg:deb/debian/jq@1.6-2.1?arch=amd64&distro=debian-12`); deb and
 *  apk packages take their namespace and `distro` qualifier from the image's os-release when it has one. */
function packageUrl(p, os) {
    const parts = purlParts(p, os);
    const path = [...parts.path, parts.name].map(enc).join('/');
    const version = p.version === '' ? '' : `@${enc(p.version)}`;
    const qualifiers = [];
    if (p.ecosystem === 'deb' && p.name.includes(':'))
        qualifiers.push(`arch=${enc(p.name.split(':')[1])}`);
    if ((p.ecosystem === 'deb' || p.ecosystem === 'apk') && os?.versionId !== undefined)
        qualifiers.push(`distro=${enc(`${os.id}-${os.versionId}`)}`);
    return `pkg:${parts.type}/${path}${version}${qualifiers.length > 0 ? `?${qualifiers.join('&')}` : ''}`;
}
/** The CycloneDX 1.5 document of an image's packages (none listed for a measurement without an inventory). */
function cycloneDx(image, context) {
    const inventory = image.packages ?? {
        packages: [],
        fileBytes: 0,
        unownedBytes: 0,
        unowned: [],
        notRead: [],
    };
    const refs = new Map();
    const components = inventory.packages.map((p) => {
        const purl = packageUrl(p, inventory.os);
        // the same purl twice (one module in two binaries, one npm package in two folders): refs stay unique
        const seen = refs.get(purl) ?? 0;
        refs.set(purl, seen + 1);
        const parts = purlParts(p, inventory.os);
        const c = {
            type: 'library',
            'bom-ref': seen === 0 ? purl : `${purl}#${seen + 1}`,
            name: parts.name,
        };
        if (parts.group !== undefined)
            c.group = parts.group;
        if (p.version !== '')
            c.version = p.version;
        c.purl = purl;
        const properties = [{ name: 'image-budget:installed-bytes', value: String(p.bytes) }];
        if (p.location !== undefined)
            properties.unshift({ name: 'image-budget:location', value: p.location });
        c.properties = properties;
        return c;
    });
    return {
        $schema: 'http://cyclonedx.org/schema/bom-1.5.schema.json',
        bomFormat: 'CycloneDX',
        specVersion: '1.5',
        serialNumber: context.serialNumber,
        version: 1,
        metadata: {
            timestamp: context.timestamp,
            tools: {
                components: [{ type: 'application', name: 'image-budget', version: context.toolVersion }],
            },
            component: { type: 'container', 'bom-ref': `image:${image.image}`, name: image.image },
            ...(inventory.incomplete || inventory.notRead.length > 0
                ? {
                    properties: [
                        ...(inventory.incomplete ? [{ name: 'image-budget:incomplete', value: 'true' }] : []),
                        ...inventory.notRead.map((db) => ({ name: 'image-budget:not-read', value: db })),
                    ],
                }
                : {}),
        },
        components,
    };
}
/** The document as the `sbom-file` input and the `--sbom` flag write it, at `nowMs`. */
function sbomText(image, nowMs) {
    const document = cycloneDx(image, {
        serialNumber: `urn:uuid:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`,
        timestamp: new Date(nowMs).toISOString(),
        toolVersion: _package_json__WEBPACK_IMPORTED_MODULE_1__/* .version */ .rE,
    });
    return `${JSON.stringify(document, null, 2)}\n`;
}


/***/ })

};
