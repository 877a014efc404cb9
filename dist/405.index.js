export const id = 405;
export const ids = [405];
export const modules = {

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
                const groups = groupsOf(full);
                // one group is the whole change: the image with all fixes is the image with that one, so its saving is
                // measured; with several, only their total is
                const fixes = groups.map((g) => ({
                    ...g,
                    ...(groups.length === 1
                        ? saving(original, attempt.variant)
                        : { savedBytes: null, savedCompressedBytes: null, layersSaved: null }),
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
