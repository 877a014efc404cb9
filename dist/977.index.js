export const id = 977;
export const ids = [977];
export const modules = {

/***/ 6468:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ keyValues),
/* harmony export */   Ty: () => (/* binding */ resolveWord)
/* harmony export */ });
/* unused harmony export scopeAt */
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _expand_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6302);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(646);
// The variables an instruction sees, as the builder computes them: global ARGs (before the first FROM) for FROM
// lines; for the rest, the ARGs and ENVs of the stage so far, after the ENVs of the stages it is built FROM.
// Rules that judge a word holding `${VERSION}` ask here what it resolves to, instead of keeping their own scope.
// The pairs of ARG, ENV and LABEL are read here too, once for the model and every rule.



/**
 * The pairs of an ARG, ENV or LABEL: `A=1 B=2`, or the legacy `A 1` form (ENV and LABEL only), whose value is the
 * rest of the arguments. `legacy` says which form was used.
 */
function keyValues(ins) {
    const words = ins.words;
    if (words.length === 0)
        return { pairs: [], legacy: false };
    const first = words[0];
    if (ins.keyword !== 'ARG' && !first.raw.includes('=')) {
        const rest = words.slice(1);
        const value = rest.length === 0 ? null : (0,_shell_js__WEBPACK_IMPORTED_MODULE_0__/* .valuesOf */ .sm)(rest).join(' ');
        const raw = rest.length === 0 ? null : ins.args.slice(ins.args.indexOf(first.raw) + first.raw.length).trim();
        return {
            pairs: [{ key: first.value, value, raw: { key: first.raw, value: raw }, at: first }],
            legacy: true,
        };
    }
    const pairs = words.map((w) => {
        const eq = w.value.indexOf('=');
        const rawEq = w.raw.indexOf('=');
        return {
            key: eq >= 0 ? w.value.slice(0, eq) : w.value,
            value: eq >= 0 ? w.value.slice(eq + 1) : null,
            raw: rawEq >= 0
                ? { key: w.raw.slice(0, rawEq), value: w.raw.slice(rawEq + 1) }
                : { key: w.raw, value: null },
            at: w,
        };
    });
    return { pairs, legacy: false };
}
/**
 * The variables `ins` can read, with their values: for a FROM (or an instruction before the first FROM) the
 * global ARGs above it; otherwise the ENVs of the stages it is built FROM, then the ARGs and ENVs of its own stage
 * above it (an ENV wins over an ARG of the same name). A build argument replaces an ARG's default, and `ARG NAME`
 * in a stage takes the global value. A name whose value is not known here is absent: an ARG left to
 * `--build-arg`, a value made from such a name, or whatever the base image defines.
 */
function scopeAt(file, ins, buildArgs = {}) {
    const given = (key) => Object.hasOwn(buildArgs, key) ? buildArgs[key] : undefined;
    const global = new Map();
    const stage = ins.stage >= 0 ? file.stages[ins.stage] : undefined;
    const fromLine = !stage || (stage.from === ins && !ins.onbuild);
    for (const i of file.instructions) {
        if (i.stage >= 0 || (fromLine && i.index >= ins.index))
            break;
        if (i.keyword === 'ARG')
            declareArgs(i, global, global, given, global, file.escape);
    }
    if (fromLine)
        return global;
    // ENV carries into stages built FROM this one; ARG ends with its stage (undefined: set from an unknown value)
    const env = new Map();
    let view = new Map();
    for (const s of (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .stageLineage */ .uL)(file, stage).reverse()) {
        const args = new Map();
        view = merged(args, env);
        for (const i of s.instructions) {
            if (s === stage && i.index >= ins.index)
                break;
            if (i.onbuild)
                continue;
            if (i.keyword === 'ARG')
                declareArgs(i, args, view, given, global, file.escape);
            else if (i.keyword === 'ENV')
                for (const { key, raw } of keyValues(i).pairs) {
                    const value = raw.value;
                    if (value === null)
                        continue;
                    const e = (0,_expand_js__WEBPACK_IMPORTED_MODULE_2__/* .expandWord */ .V)(value, view, file.escape);
                    env.set(key, e.unmatched.size > 0 ? undefined : e.result);
                }
            else
                continue;
            view = merged(args, env);
        }
    }
    return view;
}
function declareArgs(ins, into, view, given, global, escape) {
    for (const { key, raw } of keyValues(ins).pairs) {
        const value = raw.value;
        let v = given(key);
        if (v === undefined && value !== null) {
            const e = (0,_expand_js__WEBPACK_IMPORTED_MODULE_2__/* .expandWord */ .V)(value, view, escape);
            if (e.unmatched.size === 0)
                v = e.result;
        }
        else if (v === undefined && into !== global) {
            v = global.get(key);
        }
        if (v === undefined)
            into.delete(key);
        else
            into.set(key, v);
    }
}
function merged(args, env) {
    const view = new Map(args);
    for (const [k, v] of env) {
        if (v === undefined)
            view.delete(k);
        else
            view.set(k, v);
    }
    return view;
}
/** Resolves the variables of a word (as written: quotes and escapes read as the builder reads them) in the scope
 *  of `ins`; a variable without a known value becomes `unknownAs` when given, else nothing. A word without `$`
 *  comes back as it is, without building the scope. */
function resolveWord(file, ins, raw, buildArgs = {}, escape = file.escape, unknownAs) {
    if (!raw.includes('$'))
        return { text: (0,_expand_js__WEBPACK_IMPORTED_MODULE_2__/* .expandWord */ .V)(raw, new Map(), escape).result, unknown: false, values: [] };
    const scope = scopeAt(file, ins, buildArgs);
    const e = (0,_expand_js__WEBPACK_IMPORTED_MODULE_2__/* .expandWord */ .V)(raw, scope, escape);
    const values = [...e.matched].map((n) => scope.get(n));
    if (e.unmatched.size === 0 || unknownAs === undefined)
        return { text: e.result, unknown: e.unmatched.size > 0, values };
    for (const name of e.unmatched)
        scope.set(name, unknownAs);
    return { text: (0,_expand_js__WEBPACK_IMPORTED_MODULE_2__/* .expandWord */ .V)(raw, scope, escape).result, unknown: true, values };
}


/***/ }),

/***/ 4330:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ey: () => (/* binding */ previousComments),
/* harmony export */   MX: () => (/* binding */ mergePairedFindings),
/* harmony export */   tM: () => (/* binding */ applyCheckOptions)
/* harmony export */ });
/* unused harmony exports NO_CHECK_OPTIONS, parseCheckOptions, fileCheckOptions, instructionCheckOptions, instructionAtLine */
const NO_CHECK_OPTIONS = {
    skipAll: false,
    skip: new Set(),
    experimentalAll: false,
    experimental: new Set(),
    error: false,
};
/** The rule names of a `skip=` or `experimental=` list: `all`, or names split on commas. */
function ruleList(value) {
    const v = value.trim();
    if (v === 'all')
        return { all: true, names: [] };
    return { all: false, names: v.split(',').map((n) => n.trim()) };
}
/** Reads `skip=a,b;error=true;experimental=c` (at most three parts, as BuildKit); null when it is not valid
 *  (BuildKit then fails the build, or for an instruction's comment ignores it). */
function parseCheckOptions(text) {
    const source = text.trim();
    if (source === '')
        return NO_CHECK_OPTIONS;
    let skipAll = false;
    let experimentalAll = false;
    let error = false;
    const skip = new Set();
    const experimental = new Set();
    const parts = source.split(';');
    // BuildKit splits into three parts at most: anything after a third `;` belongs to the third part
    const limited = parts.length > 3 ? [...parts.slice(0, 2), parts.slice(2).join(';')] : parts;
    for (const part of limited) {
        const eq = part.indexOf('=');
        if (eq < 0)
            return null;
        const key = part.slice(0, eq).trim();
        const value = part.slice(eq + 1);
        if (key === 'skip') {
            const list = ruleList(value);
            if (list.all)
                skipAll = true;
            for (const n of list.names)
                skip.add(n);
        }
        else if (key === 'experimental') {
            const list = ruleList(value);
            if (list.all)
                experimentalAll = true;
            for (const n of list.names)
                experimental.add(n);
        }
        else if (key === 'error') {
            const v = value.trim().toLowerCase();
            if (['1', 't', 'true'].includes(v))
                error = true;
            else if (['0', 'f', 'false'].includes(v))
                error = false;
            else
                return null;
        }
        else
            return null;
    }
    return { skipAll, skip, experimentalAll, experimental, error };
}
function merge(base, extra) {
    return {
        skipAll: base.skipAll || extra.skipAll,
        skip: new Set([...base.skip, ...extra.skip]),
        experimentalAll: base.experimentalAll || extra.experimentalAll,
        experimental: new Set([...base.experimental, ...extra.experimental]),
        error: base.error || extra.error,
    };
}
/** The options for the whole file: the BUILDKIT_DOCKERFILE_CHECK build argument when given, else the file's
 *  `# check=` directive. */
function fileCheckOptions(parsed, buildArgs = {}) {
    const fromArg = buildArgs.BUILDKIT_DOCKERFILE_CHECK;
    const text = fromArg ?? parsed.directives.check ?? '';
    return parseCheckOptions(text) ?? NO_CHECK_OPTIONS;
}
const prevCache = new WeakMap();
/** The comments BuildKit gives an instruction: those since the end of the instruction before it, an empty `#`
 *  starting the list anew, directives at the top left out. Keyed by instruction index (ONBUILD triggers: none). */
function previousComments(parsed, ins) {
    let map = prevCache.get(parsed);
    if (map === undefined) {
        map = new Map();
        const skipTo = parsed.directiveLines ?? 0;
        const comments = parsed.comments;
        let c = 0;
        let prevEnd = 0;
        for (const i of parsed.instructions) {
            if (i.onbuild)
                continue;
            const list = [];
            while (c < comments.length && comments[c].line < i.line) {
                const comment = comments[c];
                c++;
                if (comment.line <= prevEnd || comment.line <= skipTo)
                    continue;
                if (comment.text === '')
                    list.length = 0;
                else
                    list.push(comment.text);
            }
            while (c < comments.length && comments[c].line <= i.endLine)
                c++;
            map.set(i.index, list);
            prevEnd = i.endLine;
        }
        prevCache.set(parsed, map);
    }
    return map.get(ins.index) ?? [];
}
/** The options for one instruction: the file's, plus its first `# check=` comment (the value ends at a space). */
function instructionCheckOptions(parsed, ins, base) {
    if (ins === undefined)
        return base;
    for (const comment of previousComments(parsed, ins)) {
        const m = /^\s*([A-Za-z][A-Za-z0-9]*)\s*=\s*(.+?)\s*$/.exec(comment);
        if (!m || m[1].toLowerCase() !== 'check')
            continue;
        const options = parseCheckOptions(m[2].split(' ')[0]);
        return options ? merge(base, options) : base;
    }
    return base;
}
/** The instruction (not an ONBUILD trigger) whose lines hold `line`. */
function instructionAtLine(parsed, line) {
    const list = parsed.instructions;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (list[mid].line <= line)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (let k = lo - 1; k >= 0; k--) {
        const ins = list[k];
        if (ins.onbuild)
            continue;
        return ins.endLine >= line ? ins : undefined;
    }
    return undefined;
}
/** Applies the check options to the findings of BuildKit's checks (`rules`: their codes): drops skipped ones and
 *  experimental ones not asked for, and under `error=true` makes the rest errors that fail the check (`checkError`)
 *  whatever the threshold. Other findings pass as they are. */
function applyCheckOptions(findings, parsed, rules, buildArgs = {}) {
    if (!findings.some((f) => rules.has(f.rule)))
        return findings;
    const file = fileCheckOptions(parsed, buildArgs);
    const out = [];
    for (const f of findings) {
        const info = rules.get(f.rule);
        if (info === undefined) {
            out.push(f);
            continue;
        }
        const options = instructionCheckOptions(parsed, instructionAtLine(parsed, f.line), file);
        if (info.experimental) {
            if (!options.experimentalAll && !options.experimental.has(f.rule))
                continue;
        }
        else if (options.skipAll || options.skip.has(f.rule))
            continue;
        out.push(options.error ? { ...f, severity: 'error', checkError: true } : f);
    }
    return out;
}
/** One finding where a BuildKit check and a hadolint rule it pairs with (`pairs`: BuildKit code → hadolint codes)
 *  report on the same line: the hadolint finding stays (its code is the one older configs name) and carries the
 *  BuildKit code in `also`; a check under `error=true` makes it an error that fails the check, as the build fails. */
function mergePairedFindings(findings, pairs) {
    const paired = findings.filter((f) => pairs.has(f.rule));
    if (paired.length === 0)
        return findings;
    const dropped = new Set();
    const also = new Map();
    const failing = new Set();
    for (const bk of paired) {
        const codes = pairs.get(bk.rule);
        const partner = findings.find((f) => f !== bk && f.line === bk.line && f.file === bk.file && codes.includes(f.rule) && !dropped.has(f));
        if (partner === undefined)
            continue;
        dropped.add(bk);
        const list = also.get(partner) ?? [];
        if (!list.includes(bk.rule))
            list.push(bk.rule);
        also.set(partner, list);
        if (bk.checkError)
            failing.add(partner);
    }
    const out = [];
    for (const f of findings) {
        if (dropped.has(f))
            continue;
        const extra = also.get(f);
        if (extra === undefined)
            out.push(f);
        else if (failing.has(f))
            out.push({ ...f, also: [...(f.also ?? []), ...extra], severity: 'error', checkError: true });
        else
            out.push({ ...f, also: [...(f.also ?? []), ...extra] });
    }
    return out;
}


/***/ }),

/***/ 9985:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ parseThreshold),
/* harmony export */   N6: () => (/* binding */ skippedKeysWarning),
/* harmony export */   O6: () => (/* binding */ reaches),
/* harmony export */   Rm: () => (/* binding */ THRESHOLDS),
/* harmony export */   SV: () => (/* binding */ mergeConfigs),
/* harmony export */   VJ: () => (/* binding */ failsLint),
/* harmony export */   i4: () => (/* binding */ emptyConfig),
/* harmony export */   "if": () => (/* binding */ findConfigFile),
/* harmony export */   n0: () => (/* binding */ CONFIG_FILES),
/* harmony export */   o4: () => (/* binding */ parseConfig),
/* harmony export */   rO: () => (/* binding */ withDefaults),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony exports SEVERITIES, LABEL_TYPES, configFromObject, OFF_BY_DEFAULT */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _pragmas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6178);
// Lint configuration: `.image-budget.yml` (lint keys at the top level or under `lint:`, not both) and hadolint's
// own `.hadolint.yaml`/`.hadolint.yml`, so a hadolint user can point us at the file they already have.
// Unknown keys: an error in our format (a misspelt key must not pass silently); skipped at the top level of a
// hadolint file, as hadolint itself does (its parser reads the keys it knows and ignores the rest, so a file
// written for another hadolint version still loads). Values are checked in both formats.
// Parsing is pure (text in, config out); finding the file takes an `exists` adapter.



const SEVERITIES = ['error', 'warning', 'info', 'style'];
const THRESHOLDS = ['error', 'warning', 'info', 'style', 'none'];
const LABEL_TYPES = ['text', 'url', 'spdx', 'rfc3339', 'semver', 'hash', 'email'];
const emptyConfig = { ignored: [], override: {}, settings: {} };
/** A configuration problem; the message names the file, the key and what is accepted. */
class ConfigError extends Error {
    file;
    key;
    constructor(file, key, detail) {
        super(`${file}: ${key}: ${detail}`);
        this.file = file;
        this.key = key;
        this.name = 'ConfigError';
    }
}
/** The files hadolint looks up in the current directory, plus ours first. */
const CONFIG_FILES = ['.image-budget.yml', '.image-budget.yaml', '.hadolint.yaml', '.hadolint.yml'];
/** The first config file present in `dir`, or undefined. */
function findConfigFile(dir, exists) {
    for (const name of CONFIG_FILES) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, name);
        if (exists(path))
            return path;
    }
    return undefined;
}
/** The lint keys, in hadolint's spelling (plus ours: max-layers). */
const KNOWN_KEYS = new Set([
    'ignored',
    'override',
    'trustedRegistries',
    'label-schema',
    'strict-labels',
    'failure-threshold',
    'no-fail',
    'max-layers',
    'disable-ignore-pragma',
    // hadolint keys that only change its own output; accepted so a hadolint file loads unchanged
    'format',
    'no-color',
    'verbose',
]);
const ACCEPTED_KEYS = [...KNOWN_KEYS].join(', ');
/** The warning for a hadolint file's skipped keys (a misspelt key would otherwise pass unseen), or undefined. */
function skippedKeysWarning(config) {
    const keys = config.skippedKeys;
    if (keys === undefined || keys.length === 0)
        return undefined;
    const what = keys.length === 1 ? 'not a lint key' : 'not lint keys';
    return `${config.source ?? '(config)'}: ${keys.join(', ')}: ${what}, skipped (hadolint skips them too); accepted keys: ${ACCEPTED_KEYS}`;
}
/** Parses config text. `file` is used in messages and to tell our format from hadolint's. Throws ConfigError. */
function parseConfig(text, file) {
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
    }
    catch (error) {
        const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new ConfigError(file, '(file)', `not valid YAML: ${detail}`);
    }
    if (doc === null || doc === undefined)
        return { ...emptyConfig, source: file };
    if (!isRecord(doc))
        throw new ConfigError(file, '(file)', 'expected a mapping of keys (ignored, override, …)');
    // ours by name, or by its `lint:` section (a `--config` file may have any name)
    const ours = /image-budget[^/\\]*$/.test(file) || 'lint' in doc;
    if (!ours)
        return { ...configFromObject(doc, file, '', false), source: file };
    if (!('lint' in doc))
        return { ...configFromObject(doc, file), source: file };
    // with a `lint:` section every lint key lives there: a key beside it would otherwise be dropped unseen
    for (const k of Object.keys(doc)) {
        if (k === 'lint')
            continue;
        throw new ConfigError(file, k, KNOWN_KEYS.has(k)
            ? 'a lint key outside the lint: section; lint keys go all at the top level or all under lint:, not both — move it under lint:'
            : `unknown key; beside a lint: section the only accepted top-level key is lint (lint keys, under it: ${ACCEPTED_KEYS})`);
    }
    if (doc.lint === null)
        return { ...emptyConfig, source: file };
    if (!isRecord(doc.lint))
        throw new ConfigError(file, 'lint', 'expected a mapping of lint keys');
    return { ...configFromObject(doc.lint, file, 'lint.'), source: file };
}
/**
 * Maps hadolint-style keys to a LintConfig. `strict`: unknown keys are errors (our format); not strict: they are
 * skipped, as hadolint does with its own files. Nested keys (override severities, label types) are always checked.
 */
function configFromObject(obj, file = '(config)', prefix = '', strict = true) {
    const config = { ignored: [], override: {}, settings: {} };
    const key = (k) => prefix + k;
    for (const k of Object.keys(obj)) {
        if (KNOWN_KEYS.has(k))
            continue;
        if (strict) {
            // at the top level of our file a `lint:` section is accepted too
            const accepted = prefix === '' ? `lint, ${ACCEPTED_KEYS}` : ACCEPTED_KEYS;
            throw new ConfigError(file, key(k), `unknown key; accepted keys: ${accepted}`);
        }
        (config.skippedKeys ??= []).push(k);
    }
    if (obj.ignored !== undefined && obj.ignored !== null)
        config.ignored = codeList(obj.ignored, file, key('ignored'));
    if (obj.override !== undefined && obj.override !== null) {
        if (!isRecord(obj.override)) {
            throw new ConfigError(file, key('override'), `expected a mapping with keys ${SEVERITIES.join(', ')}`);
        }
        for (const [sev, codes] of Object.entries(obj.override)) {
            if (!SEVERITIES.includes(sev)) {
                throw new ConfigError(file, key(`override.${sev}`), `unknown severity; accepted: ${SEVERITIES.join(', ')}`);
            }
            if (codes === null)
                continue;
            for (const code of codeList(codes, file, key(`override.${sev}`)))
                config.override[code] = sev;
        }
    }
    if (obj.trustedRegistries !== undefined && obj.trustedRegistries !== null) {
        config.settings.trustedRegistries = stringList(obj.trustedRegistries, file, key('trustedRegistries'), 'registry host names');
    }
    if (obj['label-schema'] !== undefined && obj['label-schema'] !== null) {
        const schema = obj['label-schema'];
        if (!isRecord(schema)) {
            throw new ConfigError(file, key('label-schema'), `expected a mapping of label name to one of ${LABEL_TYPES.join(', ')}`);
        }
        const out = {};
        for (const [label, type] of Object.entries(schema)) {
            if (typeof type !== 'string' || !LABEL_TYPES.includes(type)) {
                throw new ConfigError(file, key(`label-schema.${label}`), `unknown label type ${JSON.stringify(type)}; accepted: ${LABEL_TYPES.join(', ')}`);
            }
            out[label] = type;
        }
        config.settings.labelSchema = out;
    }
    if (obj['strict-labels'] !== undefined)
        config.settings.strictLabels = bool(obj['strict-labels'], file, key('strict-labels'));
    if (obj['no-fail'] !== undefined)
        config.noFail = bool(obj['no-fail'], file, key('no-fail'));
    if (obj['disable-ignore-pragma'] !== undefined) {
        config.disableIgnorePragma = bool(obj['disable-ignore-pragma'], file, key('disable-ignore-pragma'));
    }
    if (obj['failure-threshold'] !== undefined) {
        config.failureThreshold = parseThreshold(obj['failure-threshold'], file, key('failure-threshold'));
    }
    if (obj['max-layers'] !== undefined) {
        const n = obj['max-layers'];
        if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
            throw new ConfigError(file, key('max-layers'), 'expected a whole number of layers ≥ 1 (the engine caps near 127)');
        }
        config.settings.maxLayers = n;
    }
    return config;
}
/** Accepts our thresholds and hadolint's `ignore` spelling of `none`. */
function parseThreshold(value, file, key) {
    const v = typeof value === 'string' ? value.trim().toLowerCase() : value;
    if (v === 'ignore')
        return 'none';
    if (typeof v === 'string' && THRESHOLDS.includes(v))
        return v;
    throw new ConfigError(file, key, `unknown threshold ${JSON.stringify(value)}; accepted: ${THRESHOLDS.join(', ')}`);
}
const RANK = { error: 3, warning: 2, info: 1, style: 0 };
/** True when a finding of `severity` reaches the `threshold` (`none`: nothing does): the one threshold check,
 *  for the CLI's exit code and the action's verdict alike. */
function reaches(severity, threshold) {
    return threshold !== 'none' && RANK[severity] >= RANK[threshold];
}
/** True when a finding fails the lint: its severity reaches the threshold, or it is a BuildKit check under
 *  `error=true`, which fails whatever the threshold (as `docker build --check` fails). */
function failsLint(finding, threshold) {
    return finding.checkError === true || reaches(finding.severity, threshold);
}
/** Rules hadolint ships switched off (the pragma ban, the HEALTHCHECK demand); a severity override turns one on. */
const OFF_BY_DEFAULT = ['DL1001', 'DL3057'];
/** The config a run uses: `config` plus the off-by-default rules it does not switch on. */
function withDefaults(config) {
    const off = OFF_BY_DEFAULT.filter((code) => config.override[code] === undefined && !config.ignored.includes(code));
    return { ...config, ignored: [...config.ignored, ...off] };
}
/** Merges configs: later ones win for scalars, lists are joined. */
function mergeConfigs(...configs) {
    const out = { ignored: [], override: {}, settings: {} };
    for (const c of configs) {
        out.ignored.push(...c.ignored.filter((code) => !out.ignored.includes(code)));
        Object.assign(out.override, c.override);
        Object.assign(out.settings, c.settings);
        if (c.failureThreshold !== undefined)
            out.failureThreshold = c.failureThreshold;
        if (c.noFail !== undefined)
            out.noFail = c.noFail;
        if (c.disableIgnorePragma !== undefined)
            out.disableIgnorePragma = c.disableIgnorePragma;
        if (c.source !== undefined)
            out.source = c.source;
    }
    return out;
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function stringList(v, file, key, what) {
    if (typeof v === 'string')
        return [v];
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
        throw new ConfigError(file, key, `expected a list of ${what}`);
    }
    return v;
}
function codeList(v, file, key) {
    const codes = stringList(v, file, key, 'rule codes (DL3008, SC2086, IB101, JSONArgsRecommended)').map((c) => c.trim());
    for (const c of codes) {
        if (!(0,_pragmas_js__WEBPACK_IMPORTED_MODULE_2__/* .isRuleCode */ ._V)(c)) {
            throw new ConfigError(file, key, `${JSON.stringify(c)} is not a rule code; accepted: codes such as DL3008, SC2086, IB101 or a BuildKit check name`);
        }
    }
    return codes;
}
function bool(v, file, key) {
    if (typeof v !== 'boolean')
        throw new ConfigError(file, key, `expected true or false, got ${JSON.stringify(v)}`);
    return v;
}


/***/ }),

/***/ 7717:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VC: () => (/* binding */ applyPolicy),
/* harmony export */   xG: () => (/* binding */ runRules),
/* harmony export */   zr: () => (/* binding */ lintParsed)
/* harmony export */ });
/* unused harmony exports defaultSettings, lintText */
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3183);
/* harmony import */ var _dockerfile_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(646);
/* harmony import */ var _pragmas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6178);
/* harmony import */ var _dockerfile_shell_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7598);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(250);
/* harmony import */ var _rules_buildkit_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9180);
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4330);







const defaultSettings = {
    trustedRegistries: [],
    labelSchema: {},
    strictLabels: false,
    maxLayers: 50,
    dockerignore: null,
    contextEntries: null,
    buildArgs: {},
};
/** Lints Dockerfile text. Never throws for any input: parse problems become DL1000 findings. */
function lintText(text, file = 'Dockerfile', options = {}) {
    return lintParsed(parseDockerfile(text, file), options);
}
function lintParsed(parsed, options = {}) {
    return applyPolicy(runRules(parsed, options), parsed, options);
}
/** Raw rule output plus DL1000 parse findings, before pragmas and configuration. */
function runRules(parsed, options = {}) {
    const settings = { ...defaultSettings, ...options.config?.settings, ...options.settings };
    const rules = options.rules ?? _rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .allRules */ .V;
    // one array literal, filled by push: a mapped empty array would be another kind of array for V8
    const findings = [];
    for (const p of parsed.problems) {
        findings.push({
            file: parsed.file,
            line: p.line,
            column: p.column,
            endLine: p.line,
            endColumn: p.column,
            rule: 'DL1000',
            name: 'parse-error',
            severity: 'error',
            category: 'correctness',
            message: p.message,
            fixable: false,
        });
    }
    for (const l of parsed.limits ?? [])
        findings.push((0,_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .limitFinding */ .JO)(parsed.file, l.message, l.line, l.column));
    const { instructions, stages } = parsed;
    // the instructions of each keyword in file order, built once per file for the rules that declare `keywords`
    let byKeyword;
    const ofKeyword = (keyword) => {
        if (!byKeyword) {
            byKeyword = new Map();
            for (const ins of instructions) {
                const list = byKeyword.get(ins.keyword);
                if (list)
                    list.push(ins);
                else
                    byKeyword.set(ins.keyword, [ins]);
            }
        }
        return byKeyword.get(keyword) ?? NONE;
    };
    // a backstop: every rule is meant to be linear in the file, but one that is not must not hold the runner
    const limit = options.timeLimitMs ?? _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES_TIMEOUT_MS */ .jJ;
    const deadline = Date.now() + limit;
    for (let r = 0; r < rules.length; r++) {
        const rule = rules[r];
        const meta = rule.meta;
        if (limit <= 0 || Date.now() > deadline) {
            const skipped = rules.slice(r).map((x) => x.meta.code);
            findings.push((0,_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .limitFinding */ .JO)(parsed.file, limit <= 0
                ? 'lint not run: the time for linting is used up (earlier Dockerfiles of this run took it)'
                : `lint stopped after ${(0,_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .seconds */ .YA)(limit)}: the file is too large to check in time; not run: ${skipped.join(', ')}`));
            break;
        }
        const context = new RuleRun(parsed, settings, meta, findings);
        // one faulty rule must not take the whole lint down: it becomes a finding that says so
        try {
            const visitor = rule.create(context);
            // read once per rule and file: the visitors are 87 different object shapes, so every read of them is slow
            const visit = visitor.instruction;
            if (visit !== undefined) {
                const keywords = meta.keywords;
                const commands = meta.commands;
                // one keyword: that keyword's list; several: every instruction, filtered
                const list = keywords?.length === 1 ? ofKeyword(keywords[0]) : instructions;
                const filter = keywords !== undefined && keywords.length > 1 ? keywords : undefined;
                for (let k = 0; k < list.length; k++) {
                    const ins = list[k];
                    // the clock is read every 1,024 instructions: cheap, and often enough to stop a slow rule mid-file
                    if ((k & 1023) === 1023 && Date.now() > deadline)
                        throw new _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .LintLimitReached */ .NT(`${meta.code} stopped at line ${ins.line} after ${(0,_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .seconds */ .YA)(limit)}: the file is too large to check in time`, ins.line);
                    if (filter !== undefined && !filter.includes(ins.keyword))
                        continue;
                    if (commands !== undefined && ins.keyword === 'RUN' && !(0,_dockerfile_shell_js__WEBPACK_IMPORTED_MODULE_3__/* .runsAny */ .X)(ins.shell, commands))
                        continue;
                    visit.call(visitor, ins, ins.stage >= 0 ? stages[ins.stage] : undefined);
                }
            }
            const end = visitor.end;
            if (end !== undefined)
                end.call(visitor);
        }
        catch (error) {
            if (error instanceof _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .LintLimitReached */ .NT) {
                findings.push((0,_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .limitFinding */ .JO)(parsed.file, error.message, error.line));
                continue;
            }
            findings.push({
                file: parsed.file,
                line: 1,
                column: 1,
                endLine: 1,
                endColumn: 1,
                rule: meta.code,
                name: meta.name,
                severity: 'warning',
                category: meta.category,
                message: `internal error in rule ${meta.code} (please report it): ${error instanceof Error ? error.message : String(error)}`,
                fixable: false,
            });
        }
    }
    return findings;
}
const NONE = [];
/** The context one rule gets for one file: a class (one shape for all rules) whose `report` fills in the rule's
 *  metadata. Rules call it as `context.report(…)`. */
class RuleRun {
    file;
    settings;
    meta;
    findings;
    constructor(file, settings, meta, findings) {
        this.file = file;
        this.settings = settings;
        this.meta = meta;
        this.findings = findings;
    }
    report(r) {
        const at = r.at;
        const meta = this.meta;
        // built property by property in the order the findings always had (no spread objects per finding)
        const finding = {
            file: this.file.file,
            line: at.line,
            column: at.column,
            endLine: at.endLine,
            endColumn: at.endColumn,
            rule: meta.code,
            name: meta.name,
            severity: meta.severity,
            category: meta.category,
            message: r.message,
            fixable: r.fix !== undefined,
        };
        if (r.fix)
            finding.fix = r.fix;
        if (r.suggestion)
            finding.suggestion = r.suggestion;
        this.findings.push(finding);
    }
}
/** Drops findings silenced by pragmas or `ignored`, applies severity overrides, sorts by position. */
function applyPolicy(findings, parsed, options = {}) {
    const ignored = new Set((options.config?.ignored ?? []).map((c) => c.toUpperCase()));
    const override = options.config?.override ?? {};
    const honoured = options.pragmas !== false && options.config?.disableIgnorePragma !== true;
    const pragmas = honoured ? (0,_pragmas_js__WEBPACK_IMPORTED_MODULE_2__/* .readPragmas */ .QY)(parsed) : undefined;
    const buildArgs = { ...options.config?.settings?.buildArgs, ...options.settings?.buildArgs };
    // BuildKit's own switches first (`# check=`), then one finding per problem both rule sets report
    const checked = (0,_checks_js__WEBPACK_IMPORTED_MODULE_6__/* .mergePairedFindings */ .MX)((0,_checks_js__WEBPACK_IMPORTED_MODULE_6__/* .applyCheckOptions */ .tM)(findings, parsed, _rules_buildkit_js__WEBPACK_IMPORTED_MODULE_5__/* .BUILDKIT_CHECKS */ .DK, buildArgs), _rules_buildkit_js__WEBPACK_IMPORTED_MODULE_5__/* .BUILDKIT_PAIRS */ .LO);
    const kept = [];
    for (const f of checked) {
        if (ignored.has(f.rule.toUpperCase()))
            continue;
        if (f.also?.some((code) => ignored.has(code.toUpperCase())))
            continue;
        if (pragmas && (0,_pragmas_js__WEBPACK_IMPORTED_MODULE_2__/* .isSilenced */ .e2)(f, pragmas, parsed))
            continue;
        const severity = override[f.rule];
        kept.push(severity && severity !== f.severity ? { ...f, severity } : f);
    }
    return kept.sort((a, b) => a.line - b.line || a.column - b.column || compareCodes(a.rule, b.rule));
}
/** `a.localeCompare(b)`, answered by code units when both are digits and upper-case ASCII letters only (rule
 *  codes): there the two orders agree, and localeCompare is a costly ICU call. */
function compareCodes(a, b) {
    if (a === b)
        return 0;
    if (!isPlainCode(a) || !isPlainCode(b))
        return a.localeCompare(b);
    return a < b ? -1 : 1;
}
function isPlainCode(s) {
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90)))
            return false;
    }
    return true;
}


/***/ }),

/***/ 977:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P3: () => (/* binding */ contextSettings),
/* harmony export */   p$: () => (/* binding */ Linter),
/* harmony export */   ts: () => (/* binding */ lintEnvironment)
/* harmony export */ });
/* unused harmony export dockerignoreInForce */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _dockerfile_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(646);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9985);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7717);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3183);
/* harmony import */ var _shellcheck_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3245);
// The lint environment of one run and the one Linter built from it. The environment is everything a lint
// depends on besides the Dockerfile: the configuration (rules on and off, the off-by-default ones included,
// severities, threshold, trusted registries), the build context facts (the `.dockerignore` in force, the
// context's top-level entries) and ShellCheck. Every entry point (the CLI, the action's pipeline, the baseline,
// the optimizer) lints through the same Linter, so they give the same answers for the same file.






/** The environment for a loaded config (or none): the only place the off-by-default rules are switched off. */
function lintEnvironment(config, shellcheck, context = {}) {
    const inForce = (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .withDefaults */ .rO)(config ?? _config_js__WEBPACK_IMPORTED_MODULE_2__/* .emptyConfig */ .i4);
    return { config: inForce, settings: { ...inForce.settings, ...context }, shellcheck };
}
/** The `.dockerignore` in force for a Dockerfile and its context: BuildKit prefers `<Dockerfile>.dockerignore`
 *  beside the Dockerfile over the context's `.dockerignore`. Its lines, or null when there is none. */
async function dockerignoreInForce(reader, dockerfile, context) {
    for (const candidate of [
        (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(dockerfile), `${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(dockerfile)}.dockerignore`),
        (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(context, '.dockerignore'),
    ]) {
        const text = await reader.readText(candidate).catch(() => null);
        if (text !== null)
            return text.split(/\r?\n/);
    }
    return null;
}
/** The context facts the IB rules use: the `.dockerignore` in force and the context's top-level entries. */
async function contextSettings(reader, dockerfile, context) {
    return {
        dockerignore: await dockerignoreInForce(reader, dockerfile, context),
        contextEntries: await reader.entries(context).catch(() => null),
    };
}
class Linter {
    environment;
    options;
    shellcheck;
    spent = 0;
    constructor(environment, options) {
        this.environment = environment;
        this.options = options;
        this.shellcheck = environment.shellcheck;
    }
    /** Ignored codes, severity overrides, pragmas and the config's settings: what the optimizer re-lints with. */
    get policy() {
        return this.environment.config;
    }
    /** Rules, then pragmas and configuration; no ShellCheck (its findings carry no fixes). Synchronous, for the
     *  optimizer's passes. `settings` override the environment's (the optimizer's growing `.dockerignore`). */
    lintRules(parsed, settings = {}) {
        const options = this.lintOptions(settings);
        return (0,_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .applyPolicy */ .VC)((0,_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .runRules */ .xG)(parsed, options), parsed, options);
    }
    /** Rules plus ShellCheck on RUN scripts, then pragmas and configuration over both. Every lint draws on the
     *  one time budget, besides the bounds of one file: the Dockerfile and its variants are linted, and together
     *  they must not hold the runner either. `context`: per-file context facts (the CLI lints many folders). */
    async lint(input, file, context = {}) {
        const started = Date.now();
        const stageMs = this.options.stageMs ?? _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .LINT_STAGE_TIMEOUT_MS */ .iJ;
        const left = () => Math.max(0, stageMs - this.spent - (Date.now() - started));
        const parsed = typeof input === 'string' ? (0,_dockerfile_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDockerfile */ .Ai)(input, file) : input;
        const options = this.lintOptions(context);
        let findings = (0,_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .runRules */ .xG)(parsed, { ...options, timeLimitMs: Math.min(_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .RULES_TIMEOUT_MS */ .jJ, left()) });
        const runner = this.shellcheck;
        if (runner !== null) {
            try {
                const timeoutMs = Math.min(_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .SHELLCHECK_TIMEOUT_MS */ ._4, left());
                findings = findings.concat(await (0,_shellcheck_js__WEBPACK_IMPORTED_MODULE_5__/* .shellcheckFile */ .$t)(parsed, runner, { timeoutMs }));
            }
            catch (error) {
                // ShellCheck is an extra: a broken one is reported once and the lint goes on without it
                if (this.shellcheck !== null) {
                    this.shellcheck = null;
                    this.options.warn((0,_shellcheck_js__WEBPACK_IMPORTED_MODULE_5__/* .shellcheckSkipNote */ .Wk)(error, error instanceof Error ? error.message : String(error)));
                }
            }
        }
        this.spent += Date.now() - started;
        return (0,_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .applyPolicy */ .VC)(findings, parsed, options);
    }
    /** BuildKit's switches, pragmas and configuration over findings made elsewhere (the builder's warnings), as
     *  over the rules' own: an ignored code stays ignored when the build reports it. */
    withPolicy(findings, parsed) {
        return (0,_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .applyPolicy */ .VC)(findings, parsed, this.lintOptions({}));
    }
    lintOptions(settings) {
        return {
            config: this.environment.config,
            settings: { ...this.environment.settings, ...settings },
            ...(this.options.rules ? { rules: this.options.rules } : {}),
        };
    }
}


/***/ }),

/***/ 8949:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ commandPart),
/* harmony export */   ZH: () => (/* binding */ DL3025),
/* harmony export */   xO: () => (/* binding */ execFormFix)
/* harmony export */ });
/* harmony import */ var _dockerfile_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(646);
/* harmony import */ var _support_edits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5502);


// characters that only mean something to a shell: with any of them the command needs `sh -c`
const SHELL_SYNTAX = /[$`"'\\|&;<>(){}*?[\]~#!\n]/;
// builtins and keywords exist only inside a shell, not as programs to exec
const SHELL_ONLY = new Set([
    '.',
    ':',
    'alias',
    'bg',
    'break',
    'case',
    'cd',
    'continue',
    'eval',
    'exec',
    'exit',
    'export',
    'fg',
    'for',
    'function',
    'if',
    'jobs',
    'read',
    'readonly',
    'return',
    'select',
    'set',
    'shift',
    'source',
    'trap',
    'ulimit',
    'umask',
    'unset',
    'until',
    'wait',
    'while',
]);
/** Shell form wraps the command in `/bin/sh -c`: the process is not PID 1 and never sees SIGTERM. */
const DL3025 = {
    meta: {
        code: 'DL3025',
        name: 'exec-form-cmd',
        severity: 'warning',
        category: 'correctness',
        fixable: true,
        description: 'Use the JSON (exec) form for CMD, ENTRYPOINT and HEALTHCHECK CMD.',
        docs: 'docs/rules/DL3025.md',
        keywords: ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'],
    },
    create(context) {
        return {
            instruction(ins, stage) {
                const command = commandPart(context.file, ins);
                if (!command)
                    return;
                const fix = execFormFix(context.file, ins, stage, command);
                const keyword = ins.keyword === 'HEALTHCHECK' ? 'HEALTHCHECK CMD' : ins.keyword;
                context.report({
                    at: (0,_support_edits_js__WEBPACK_IMPORTED_MODULE_1__/* .spanAt */ .i6)(context.file, command.start, command.end),
                    message: `Use the JSON form for ${keyword} (${keyword} ["executable", "arg"]) so the process receives signals directly.`,
                    ...(fix ? { fix } : {}),
                });
            },
        };
    },
};
/** The shell-form command of CMD / ENTRYPOINT / HEALTHCHECK CMD, or null when it is in JSON form (or absent). */
function commandPart(file, ins) {
    if (ins.form !== 'shell' || !ins.argsSpan)
        return null;
    if (ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT') {
        return {
            start: ins.argsSpan.start,
            end: ins.argsSpan.end,
            words: ins.words.map((w) => w.raw),
            text: ins.args,
        };
    }
    if (ins.keyword !== 'HEALTHCHECK')
        return null;
    const words = ins.words.slice(1);
    const first = words[0];
    if (!first)
        return null;
    const text = file.text.slice(first.start, ins.argsSpan.end);
    return { start: first.start, end: ins.argsSpan.end, words: words.map((w) => w.raw), text };
}
/**
 * Rewrites to JSON only when `sh -c` adds nothing: no shell syntax, no builtin, one line, no SHELL override;
 * and when the exec form cannot change which arguments the program gets (an ENTRYPOINT with a CMD after it,
 * or a CMD with an ENTRYPOINT in the stage, would start combining).
 */
function execFormFix(file, ins, stage, command) {
    if (SHELL_SYNTAX.test(command.text) || command.words.length === 0)
        return undefined;
    const program = command.words[0];
    if (SHELL_ONLY.has(program) || /^[A-Za-z_]\w*=/.test(program))
        return undefined;
    if ((0,_support_edits_js__WEBPACK_IMPORTED_MODULE_1__/* .spanAt */ .i6)(file, command.start, command.end).line !== (0,_support_edits_js__WEBPACK_IMPORTED_MODULE_1__/* .spanAt */ .i6)(file, command.start, command.end).endLine)
        return undefined;
    if (file.instructions.some((i) => i.keyword === 'SHELL' && i.index < ins.index))
        return undefined;
    // the config is inherited: look at the stages this one builds on and the stages built on it
    const related = relatedStages(file, stage);
    const later = (kw) => related.descendants.some((i) => i.keyword === kw && i.index > ins.index && !i.onbuild);
    if (ins.keyword === 'ENTRYPOINT' && later('CMD'))
        return undefined;
    if (ins.keyword === 'CMD' && related.ancestors.some((i) => i.keyword === 'ENTRYPOINT' && !i.onbuild))
        return undefined;
    if (ins.keyword === 'CMD' && later('ENTRYPOINT'))
        return undefined;
    const json = `[${command.words.map((w) => JSON.stringify(w)).join(', ')}]`;
    return {
        description: 'Use the JSON form',
        edits: [{ start: command.start, end: command.end, text: json }],
    };
}
/** Instructions of `stage` and its FROM-ancestors; of `stage` and every stage built (transitively) on it. */
function relatedStages(file, stage) {
    if (!stage)
        return { ancestors: [], descendants: [] };
    const parentOf = (s) => (0,_dockerfile_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parentStage */ .vp)(file, s);
    const ancestors = [];
    for (let s = stage; s; s = parentOf(s))
        ancestors.push(...s.instructions);
    const family = new Set([stage]);
    for (const s of file.stages) {
        const parent = parentOf(s);
        if (parent && family.has(parent))
            family.add(s);
    }
    return { ancestors, descendants: [...family].flatMap((s) => s.instructions) };
}


/***/ }),

/***/ 9587:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ maintainerLabelFix),
/* harmony export */   X: () => (/* binding */ DL4000)
/* harmony export */ });
/** MAINTAINER is deprecated; a `maintainer` label carries the same information and is read by tools. */
const DL4000 = {
    meta: {
        code: 'DL4000',
        name: 'maintainer-deprecated',
        severity: 'error',
        category: 'style',
        fixable: true,
        description: 'MAINTAINER is deprecated: use `LABEL maintainer="…"`.',
        docs: 'docs/rules/DL4000.md',
        keywords: ['MAINTAINER'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'MAINTAINER' || ins.onbuild)
                    return;
                context.report({
                    at: ins,
                    message: 'MAINTAINER is deprecated: use `LABEL maintainer="…"` instead.',
                    fix: maintainerLabelFix(ins),
                });
            },
        };
    },
};
/** Rewrites a MAINTAINER instruction into `LABEL maintainer="…"`, escaping quotes and backslashes. */
function maintainerLabelFix(ins) {
    const value = ins.args.replace(/^(["'])(.*)\1$/s, '$2');
    const label = `LABEL maintainer="${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    return {
        description: 'Replace MAINTAINER with a maintainer label',
        edits: [{ start: ins.start, end: ins.end, text: label }],
    };
}


/***/ }),

/***/ 9180:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DK: () => (/* binding */ BUILDKIT_CHECKS),
  LO: () => (/* binding */ BUILDKIT_PAIRS),
  s1: () => (/* binding */ buildkitRules)
});

// EXTERNAL MODULE: ./.tmp/package/lib/src/lint/rules/buildkit-names.js
var buildkit_names = __webpack_require__(4690);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/support/buildkit-meta.js

function buildkitMeta(code, category, fixable, description, keywords, experimental = false) {
    return {
        code,
        name: (0,buildkit_names/* kebab */.i9)(code),
        severity: 'warning',
        category,
        fixable,
        description,
        docs: `docs/rules/${code}.md`,
        url: (0,buildkit_names/* buildkitUrl */.eX)(code),
        ...(keywords ? { keywords } : {}),
        ...(experimental ? { experimental: true } : {}),
    };
}

// EXTERNAL MODULE: ./.tmp/package/lib/src/lint/rules/support/edits.js
var support_edits = __webpack_require__(5502);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/ConsistentInstructionCasing.js


/** BuildKit's ConsistentInstructionCasing: every instruction of the stages is written in the case most of them
 *  use (upper case on a tie); one of mixed case is always reported. ARGs before the first FROM are not counted. */
const ConsistentInstructionCasing = {
    meta: buildkitMeta('ConsistentInstructionCasing', 'style', true, 'All instructions should use the same casing, either upper or lower case.'),
    create(context) {
        const file = context.file;
        return {
            end() {
                const written = [];
                let lower = 0;
                let upper = 0;
                for (const ins of file.instructions) {
                    if (ins.stage < 0)
                        continue;
                    const kw = (0,support_edits/* keywordAsWritten */.LE)(file, ins);
                    written.push({ ins, ...kw });
                    if (kw.text === kw.text.toLowerCase())
                        lower++;
                    else if (kw.text === kw.text.toUpperCase())
                        upper++;
                }
                const majorityLower = lower > upper;
                for (const { ins, text, start } of written) {
                    const want = majorityLower ? text.toLowerCase() : text.toUpperCase();
                    if (text === want)
                        continue;
                    context.report({
                        at: ins,
                        message: `Command '${text}' should match the case of the command majority (${majorityLower ? 'lowercase' : 'uppercase'})`,
                        fix: {
                            description: `Write ${text} as ${want}`,
                            edits: [{ start, end: start + text.length, text: want }],
                        },
                    });
                }
            },
        };
    },
};

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.tmp/package/lib/src/optimize/ignore-matcher.js
var ignore_matcher = __webpack_require__(3092);
// EXTERNAL MODULE: ./.tmp/package/lib/src/lint/rules/support/copy-args.js
var copy_args = __webpack_require__(1878);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/CopyIgnoredFile.js




/** BuildKit's CopyIgnoredFile: a COPY/ADD source from the context that `.dockerignore` leaves out is not there
 *  at build time. Off when the `.dockerignore` has `!` exceptions (what they let back in is not decidable from the
 *  patterns), as in BuildKit; the context root (`.`) counts only under a pattern that excludes everything. */
const CopyIgnoredFile = {
    meta: buildkitMeta('CopyIgnoredFile', 'correctness', false, 'Attempting to Copy file that is excluded by .dockerignore.', ['COPY', 'ADD']),
    create(context) {
        const lines = context.settings.dockerignore;
        const patterns = (lines ?? []).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
        const off = lines === null || patterns.length === 0 || patterns.some((p) => p.startsWith('!'));
        const matcher = off ? undefined : (0,ignore_matcher/* ignoreMatcher */.N)(patterns);
        const rootIgnored = patterns.some((p) => ['*', '**', '**/*'].includes(p.replace(/^\/+/, '')));
        return {
            instruction(ins) {
                if (!matcher || ins.onbuild || ins.flags.some((f) => f.name === 'from'))
                    return;
                const cmd = ins.keyword === 'ADD' ? 'Add' : 'Copy';
                for (const source of (0,copy_args/* copyArgs */.H)(ins).sources) {
                    const raw = source.value;
                    if (raw.includes('$') || /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) || raw.startsWith('git@'))
                        continue;
                    const clean = external_node_path_.posix.normalize(raw.replace(/\\/g, '/')).replace(/(.)\/+$/, '$1');
                    const root = clean === '.' || clean === './' || clean === '/';
                    const relative = clean.replace(/^\/+/, '').replace(/^\.\//, '');
                    const ignored = root ? rootIgnored : relative !== '' && matcher.ignores(relative);
                    if (!ignored)
                        continue;
                    context.report({
                        at: ins,
                        message: `Attempting to ${cmd} file ${JSON.stringify(root ? clean.replace(/\/$/, '') || '/' : clean)} that is excluded by .dockerignore`,
                    });
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DuplicateStageName.js

/** BuildKit's DuplicateStageName: a second stage of a name hides the first from `FROM`/`COPY --from`. */
const DuplicateStageName = {
    meta: buildkitMeta('DuplicateStageName', 'correctness', false, 'Stage names should be unique.'),
    create(context) {
        return {
            end() {
                const seen = new Set();
                for (const stage of context.file.stages) {
                    if (stage.name === undefined)
                        continue;
                    if (seen.has(stage.name))
                        context.report({
                            at: stage.from,
                            message: `Duplicate stage name ${JSON.stringify(stage.name)}, stage names should be unique`,
                        });
                    seen.add(stage.name);
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/support/expose.js
// The parts of an EXPOSE port as the builder splits them: `[ip:]hostPort:containerPort[/proto]`.
function portParts(raw) {
    const parts = raw.split(':');
    const n = parts.length;
    const last = parts[n - 1];
    const ip = n <= 2 ? '' : n === 3 ? parts[0] : parts.slice(0, n - 2).join(':');
    const hostPort = n === 1 ? '' : parts[n - 2];
    const slash = last.indexOf('/');
    const proto = slash < 0 ? '' : last.slice(slash + 1).split('/')[0];
    const containerPort = slash < 0 ? last : last.slice(0, slash);
    const protoAt = slash < 0 ? -1 : raw.length - last.length + slash + 1;
    return { ip, hostPort, containerPort, proto, protoAt };
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/ExposeInvalidFormat.js


/** BuildKit's ExposeInvalidFormat: EXPOSE declares container ports only; an IP address or a host port belongs to
 *  `docker run -p`, and the builder drops it. */
const ExposeInvalidFormat = {
    meta: buildkitMeta('ExposeInvalidFormat', 'correctness', false, 'IP address and host-port mapping should not be used in EXPOSE instruction.', ['EXPOSE']),
    create(context) {
        return {
            instruction(ins) {
                if (ins.onbuild)
                    return;
                for (const w of ins.words) {
                    if (w.raw.includes('$'))
                        continue;
                    const p = portParts(w.raw);
                    if (p.ip === '' && p.hostPort === '')
                        continue;
                    context.report({
                        at: ins,
                        message: `EXPOSE instruction should not define an IP address or host-port mapping, found '${w.raw}'`,
                    });
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/ExposeProtoCasing.js


/** BuildKit's ExposeProtoCasing: the protocol of an EXPOSE port is written lower case (`80/tcp`). */
const ExposeProtoCasing = {
    meta: buildkitMeta('ExposeProtoCasing', 'style', true, 'Protocol in EXPOSE instruction should be lowercase.', ['EXPOSE']),
    create(context) {
        return {
            instruction(ins) {
                if (ins.onbuild)
                    return;
                for (const w of ins.words) {
                    if (w.raw.includes('$'))
                        continue;
                    const p = portParts(w.raw);
                    if (p.proto === p.proto.toLowerCase())
                        continue;
                    const edit = {
                        start: w.start + p.protoAt,
                        end: w.start + p.protoAt + p.proto.length,
                        text: p.proto.toLowerCase(),
                    };
                    context.report({
                        at: ins,
                        message: `Defined protocol '${w.raw}' in EXPOSE instruction should be lowercase`,
                        fix: { description: 'Write the protocol in lower case', edits: [edit] },
                    });
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/FromAsCasing.js


/** BuildKit's FromAsCasing: `AS` is written in the case of its FROM (`FROM … AS`, `from … as`). */
const FromAsCasing = {
    meta: buildkitMeta('FromAsCasing', 'style', true, "The 'as' keyword should match the case of the 'from' keyword.", ['FROM']),
    create(context) {
        return {
            instruction(ins) {
                if (ins.onbuild || ins.words.length < 3)
                    return;
                const from = (0,support_edits/* keywordAsWritten */.LE)(context.file, ins).text;
                const as = ins.words[1];
                const lower = from === from.toLowerCase();
                const upper = from === from.toUpperCase();
                // a FROM of mixed case is ConsistentInstructionCasing's to report
                if (!lower && !upper)
                    return;
                const want = lower ? as.raw.toLowerCase() : as.raw.toUpperCase();
                if (as.raw === want)
                    return;
                context.report({
                    at: ins,
                    message: `'${as.raw}' and '${from}' keywords' casing do not match`,
                    fix: {
                        description: `Write ${want} in the case of ${from}`,
                        edits: [{ start: as.start, end: as.end, text: want }],
                    },
                });
            },
        };
    },
};

// EXTERNAL MODULE: ./.tmp/package/lib/src/dockerfile/expand.js
var expand = __webpack_require__(6302);
// EXTERNAL MODULE: ./.tmp/package/lib/src/lint/rules/support/stages.js
var stages = __webpack_require__(3860);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/FromPlatformFlagConstDisallowed.js



const OSES = new Set([
    'linux',
    'windows',
    'darwin',
    'freebsd',
    'netbsd',
    'openbsd',
    'solaris',
    'illumos',
    'aix',
]);
/** BuildKit's FromPlatformFlagConstDisallowed: a constant `FROM --platform=linux/amd64` pins the stage to one
 *  platform whatever the build asks; allowed when the stage's name mentions that OS or architecture. */
const FromPlatformFlagConstDisallowed = {
    meta: buildkitMeta('FromPlatformFlagConstDisallowed', 'reproducibility', false, 'FROM --platform flag should not use a constant value.'),
    create(context) {
        const file = context.file;
        return {
            end() {
                for (const stage of file.stages) {
                    const platform = (0,stages/* fromParts */.JQ)(stage).platform;
                    if (platform === undefined)
                        continue;
                    const e = (0,expand/* expandWord */.V)(platform, new Map(), file.escape);
                    if (e.matched.size > 0 || e.unmatched.size > 0)
                        continue;
                    const parts = e.result.toLowerCase().split('/');
                    if (parts.some((p) => !/^[a-z0-9_.-]+$/.test(p)) || parts.length > 3)
                        continue;
                    const os = OSES.has(parts[0]) ? parts[0] : 'linux';
                    const arch = OSES.has(parts[0]) ? (parts[1] ?? '') : parts[0];
                    const name = stage.name ?? '';
                    if (name.includes(os) || (arch !== '' && name.includes(arch)))
                        continue;
                    context.report({
                        at: stage.from,
                        message: `FROM --platform flag should not use constant value ${JSON.stringify(e.result)}`,
                    });
                }
            },
        };
    },
};

// EXTERNAL MODULE: ./.tmp/package/lib/src/lint/rules/support/variables.js
var variables = __webpack_require__(7690);
// EXTERNAL MODULE: ./.tmp/package/lib/src/lint/rules/support/images.js
var support_images = __webpack_require__(1709);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/InvalidDefaultArgInFrom.js





/** BuildKit's InvalidDefaultArgInFrom: with the global ARGs' defaults alone (no build arguments) the FROM image
 *  must still be a valid name, so that a build without `--build-arg` works. */
const InvalidDefaultArgInFrom = {
    meta: buildkitMeta('InvalidDefaultArgInFrom', 'correctness', false, 'Default value for global ARG results in an empty or invalid base image name.'),
    create(context) {
        const file = context.file;
        return {
            end() {
                let scope;
                for (const stage of file.stages) {
                    const image = (0,stages/* fromParts */.JQ)(stage).image;
                    if (!image.includes('$'))
                        continue;
                    scope ??= (0,variables/* globalScope */.gm)(file, {});
                    if ((0,support_images/* isImageReference */.hb)((0,expand/* expandWord */.V)(image, scope.env, file.escape).result))
                        continue;
                    context.report({
                        at: stage.from,
                        message: `Default value for ARG ${image} results in empty or invalid base image name`,
                    });
                }
            },
        };
    },
};

// EXTERNAL MODULE: ./.tmp/package/lib/src/lint/checks.js
var checks = __webpack_require__(4330);
// EXTERNAL MODULE: ./.tmp/package/lib/src/dockerfile/scope.js
var scope = __webpack_require__(6468);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/InvalidDefinitionDescription.js



/** BuildKit's InvalidDefinitionDescription (experimental): a comment right above an ARG or a named FROM is read
 *  as its description (`docker build --call=outline`) only when it starts with the name it describes. */
const InvalidDefinitionDescription = {
    meta: buildkitMeta('InvalidDefinitionDescription', 'style', false, 'Comment for build stages or arguments should follow the format: `# <arg/stage name> <description>`. If this is not intended to be a description comment, add an empty line or comment between the instruction and the comment.', ['ARG', 'FROM'], true),
    create(context) {
        return {
            instruction(ins, stage) {
                if (ins.onbuild)
                    return;
                let keys;
                if (ins.keyword === 'FROM') {
                    if (stage?.name === undefined || stage.from !== ins)
                        return;
                    keys = [stage.name];
                }
                else
                    keys = (0,scope/* keyValues */.K7)(ins).pairs.map((p) => p.raw.key);
                const comments = (0,checks/* previousComments */.Ey)(context.file, ins);
                if (comments.length === 0 || keys.length === 0)
                    return;
                const first = comments[comments.length - 1].split(' ')[0];
                if (keys.includes(first))
                    return;
                context.report({
                    at: ins,
                    message: `Comment for ${ins.keyword} should follow the format: \`# ${keys.length > 1 ? '<arg_key>' : keys[0]} <description>\``,
                });
            },
        };
    },
};

// EXTERNAL MODULE: ./.tmp/package/lib/src/dockerfile/parse.js + 1 modules
var parse = __webpack_require__(646);
// EXTERNAL MODULE: ./.tmp/package/lib/src/lint/rules/DL3025.js
var DL3025 = __webpack_require__(8949);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/JSONArgsRecommended.js




/** BuildKit's JSONArgsRecommended: CMD and ENTRYPOINT in shell form run under `/bin/sh -c`, which does not pass
 *  signals on. Not reported once a SHELL instruction (in the stage or one it builds on) set another shell. */
const JSONArgsRecommended = {
    meta: buildkitMeta('JSONArgsRecommended', 'correctness', true, 'JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals.', ['CMD', 'ENTRYPOINT']),
    create(context) {
        const file = context.file;
        return {
            instruction(ins, stage) {
                if (ins.onbuild || ins.form !== 'shell' || !stage)
                    return;
                for (let s = stage; s; s = (0,parse/* parentStage */.vp)(file, s)) {
                    if (s.instructions.some((i) => i.keyword === 'SHELL' && !i.onbuild && i.index < ins.index))
                        return;
                }
                const command = (0,DL3025/* commandPart */.FN)(file, ins);
                const fix = command ? (0,DL3025/* execFormFix */.xO)(file, ins, stage, command) : undefined;
                const name = (0,support_edits/* keywordAsWritten */.LE)(file, ins).text;
                context.report({
                    at: ins,
                    message: `JSON arguments recommended for ${name} to prevent unintended behavior related to OS signals`,
                    ...(fix ? { fix } : {}),
                });
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/LegacyKeyValueFormat.js



/** BuildKit's LegacyKeyValueFormat: `ENV key value` / `LABEL key value` is the old form, whose value runs to the
 *  end of the line; `key=value` says where it ends. */
const LegacyKeyValueFormat = {
    meta: buildkitMeta('LegacyKeyValueFormat', 'style', true, 'Legacy key/value format with whitespace separator should not be used: write `key=value`.', ['ENV', 'LABEL']),
    create(context) {
        return {
            instruction(ins) {
                if (ins.onbuild)
                    return;
                const { pairs, legacy } = (0,scope/* keyValues */.K7)(ins);
                if (!legacy || pairs.length === 0)
                    return;
                const name = (0,support_edits/* keywordAsWritten */.LE)(context.file, ins).text;
                const fix = keyValueFix(ins, pairs[0].raw.key, pairs[0].raw.value ?? '');
                context.report({
                    at: ins,
                    message: `"${name} key=value" should be used instead of legacy "${name} key value" format`,
                    ...(fix ? { fix } : {}),
                });
            },
        };
    },
};
/** `key value words` → `key="value words"`; only for one-line values without quotes or backslashes, whose
 *  meaning the double quotes keep (variables expand in both forms). */
function keyValueFix(ins, key, value) {
    const span = ins.argsSpan;
    if (!span || span.line !== span.endLine || value === '' || /["'\\`]/.test(value))
        return undefined;
    const text = /\s/.test(value) ? `${key}="${value}"` : `${key}=${value}`;
    return { description: 'Write key=value', edits: [{ start: span.start, end: span.end, text }] };
}

// EXTERNAL MODULE: ./.tmp/package/lib/src/lint/rules/DL4000.js
var DL4000 = __webpack_require__(9587);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/MaintainerDeprecated.js


/** BuildKit's MaintainerDeprecated: MAINTAINER is deprecated; a label says the same and tools read it. */
const MaintainerDeprecated = {
    meta: buildkitMeta('MaintainerDeprecated', 'style', true, 'The MAINTAINER instruction is deprecated, use a label instead to define an image author.', ['MAINTAINER']),
    create(context) {
        return {
            instruction(ins) {
                if (ins.onbuild)
                    return;
                context.report({
                    at: ins,
                    message: 'Maintainer instruction is deprecated in favor of using label',
                    fix: (0,DL4000/* maintainerLabelFix */.W)(ins),
                });
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/MultipleInstructionsDisallowed.js


const ONCE = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'];
/** BuildKit's MultipleInstructionsDisallowed: of several CMD, ENTRYPOINT or HEALTHCHECK in one stage only the last
 *  counts; the earlier one is reported, as it is the one without effect. */
const MultipleInstructionsDisallowed = {
    meta: buildkitMeta('MultipleInstructionsDisallowed', 'correctness', false, 'Multiple instructions of the same type (CMD, ENTRYPOINT, HEALTHCHECK) should not be used in the same stage.', ONCE),
    create(context) {
        let stageIndex = -1;
        let last = new Map();
        return {
            instruction(ins) {
                if (ins.onbuild || ins.stage < 0)
                    return;
                if (ins.stage !== stageIndex) {
                    stageIndex = ins.stage;
                    last = new Map();
                }
                const before = last.get(ins.keyword);
                if (before)
                    context.report({
                        at: before,
                        message: `Multiple ${(0,support_edits/* keywordAsWritten */.LE)(context.file, ins).text} instructions should not be used in the same stage because only the last one will be used`,
                    });
                last.set(ins.keyword, ins);
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/NoEmptyContinuation.js


/** BuildKit's NoEmptyContinuation: an empty line inside a continued instruction is accepted today but will be an
 *  error; reported on the instruction's last line, as BuildKit does. */
const NoEmptyContinuation = {
    meta: buildkitMeta('NoEmptyContinuation', 'correctness', true, 'Empty continuation lines will become errors in a future release.'),
    create(context) {
        const file = context.file;
        const lines = file.text.split('\n');
        return {
            instruction(ins) {
                if (ins.onbuild)
                    return;
                // the continued part: up to the end of the arguments (heredoc bodies come after it)
                const last = ins.argsSpan ? ins.argsSpan.endLine : ins.line;
                const edits = [];
                for (let l = ins.line + 1; l < last; l++) {
                    if (lines[l - 1].trim() !== '')
                        continue;
                    const start = file.lineStarts[l - 1];
                    edits.push({ start, end: start + lines[l - 1].length + 1, text: '' });
                }
                if (edits.length === 0)
                    return;
                const lineStart = file.lineStarts[last - 1];
                context.report({
                    at: (0,support_edits/* spanAt */.i6)(file, lineStart, lineStart + lines[last - 1].length),
                    message: 'Empty continuation line',
                    fix: { description: 'Remove the empty continuation lines', edits },
                });
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/RedundantTargetPlatform.js




/** BuildKit's RedundantTargetPlatform: `FROM --platform=$TARGETPLATFORM` asks for what FROM does anyway. */
const RedundantTargetPlatform = {
    meta: buildkitMeta('RedundantTargetPlatform', 'style', true, 'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior.', ['FROM']),
    create(context) {
        const file = context.file;
        return {
            end() {
                let scope;
                for (const stage of file.stages) {
                    const platform = (0,stages/* fromParts */.JQ)(stage).platform;
                    if (platform === undefined || !platform.includes('TARGETPLATFORM'))
                        continue;
                    scope ??= (0,variables/* globalScope */.gm)(file, context.settings.buildArgs ?? {});
                    const e = (0,expand/* expandWord */.V)(platform, scope.env, file.escape);
                    if (e.matched.size !== 1 || !e.matched.has('TARGETPLATFORM') || e.unmatched.size > 0)
                        continue;
                    if (e.result !== scope.env.get('TARGETPLATFORM'))
                        continue;
                    const flag = stage.from.flags.find((f) => f.name === 'platform');
                    // the flag and the space after it go
                    const after = /^\s*/.exec(file.text.slice(flag.end))[0].length;
                    context.report({
                        at: stage.from,
                        message: `Setting platform to predefined ${platform} in FROM is redundant as this is the default behavior`,
                        fix: {
                            description: 'Remove the --platform flag',
                            edits: [{ start: flag.start, end: flag.end + after, text: '' }],
                        },
                    });
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/ReservedStageName.js

const RESERVED = new Set(['context', 'scratch']);
/** BuildKit's ReservedStageName: `scratch` and `context` already mean something to FROM and COPY --from. */
const ReservedStageName = {
    meta: buildkitMeta('ReservedStageName', 'correctness', false, 'Reserved words (scratch, context) should not be used as stage names.'),
    create(context) {
        return {
            end() {
                for (const stage of context.file.stages) {
                    if (stage.name === undefined || !RESERVED.has(stage.name))
                        continue;
                    context.report({
                        at: stage.from,
                        message: `Stage name should not use the same name as reserved stage ${JSON.stringify(stage.name)}`,
                    });
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/SecretsUsedInArgOrEnv.js


// a secret word as the whole name, or its first or last `_`-separated part; a public, file or version part clears it
const SECRET = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const ALLOWED = /(?:_|^)(?:public|file|version)(?:_|$)/i;
/** BuildKit's SecretsUsedInArgOrEnv: ARG and ENV values end up in the image's history and config; secrets belong
 *  in `RUN --mount=type=secret`. ARGs before the first FROM are not checked (they are no stage's). */
const SecretsUsedInArgOrEnv = {
    meta: buildkitMeta('SecretsUsedInArgOrEnv', 'security', false, 'Sensitive data should not be used in the ARG or ENV commands.', ['ARG', 'ENV']),
    create(context) {
        return {
            instruction(ins) {
                if (ins.onbuild || ins.stage < 0)
                    return;
                for (const { raw: { key }, } of (0,scope/* keyValues */.K7)(ins).pairs) {
                    if (!SECRET.test(key) || ALLOWED.test(key))
                        continue;
                    context.report({
                        at: ins,
                        message: `Do not use ARG or ENV instructions for sensitive data (${ins.keyword} ${JSON.stringify(key)})`,
                    });
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/StageNameCasing.js

/** BuildKit's StageNameCasing: stage names are read lower-case, so one written otherwise misleads. */
const StageNameCasing = {
    meta: buildkitMeta('StageNameCasing', 'style', true, 'Stage names should be lowercase.', ['FROM']),
    create(context) {
        return {
            instruction(ins) {
                if (ins.onbuild || ins.words.length !== 3)
                    return;
                const word = ins.words[2];
                const lower = word.raw.toLowerCase();
                if (word.raw === lower)
                    return;
                context.report({
                    at: ins,
                    message: `Stage name '${word.raw}' should be lowercase`,
                    fix: {
                        description: 'Write the stage name in lower case',
                        edits: [{ start: word.start, end: word.end, text: lower }],
                    },
                });
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/support/messages.js
// Wording of findings: excerpts of the file and did-you-mean suggestions.
/** Text of a finding-sized span: first line only, trimmed, shortened. */
function excerpt(text, max = 60) {
    const first = text.split('\n')[0].trim();
    return first.length > max ? first.slice(0, max - 1) + '…' : first;
}
/** The closest option by edit distance under 3, as BuildKit suggests names; '' when none or an exact match. */
function suggest(value, options, caseSensitive = true, budget = { left: Infinity }) {
    const v = caseSensitive ? value : value.toLowerCase();
    let best = '';
    let min = 3;
    for (const option of options) {
        if (budget.left-- <= 0)
            return '';
        // the distance is at least the difference in length
        if (Math.abs(option.length - v.length) >= min)
            continue;
        const o = caseSensitive ? option : option.toLowerCase();
        if (o === v)
            return '';
        const d = distance(v, o);
        if (d < min) {
            min = d;
            best = option;
        }
    }
    return best;
}
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, k) => k);
    for (let x = 1; x <= a.length; x++) {
        let prev = row[0];
        row[0] = x;
        for (let y = 1; y <= b.length; y++) {
            const keep = row[y];
            row[y] = Math.min(row[y] + 1, row[y - 1] + 1, prev + (a[x - 1] === b[y - 1] ? 0 : 1));
            prev = keep;
        }
    }
    return row[b.length];
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/UndefinedArgInFrom.js





/** BuildKit's UndefinedArgInFrom: a variable in FROM (image or --platform) that no ARG before the first FROM
 *  declares, nor the builder predefines (BUILDPLATFORM, TARGETPLATFORM…), expands to nothing. */
const UndefinedArgInFrom = {
    meta: buildkitMeta('UndefinedArgInFrom', 'correctness', false, 'FROM command must use declared ARGs.'),
    create(context) {
        const file = context.file;
        return {
            end() {
                if (file.stages.length === 0)
                    return;
                const scope = (0,variables/* globalScope */.gm)(file, context.settings.buildArgs ?? {});
                const known = new Set([...scope.declared, ...scope.env.keys()]);
                for (const stage of file.stages) {
                    const parts = (0,stages/* fromParts */.JQ)(stage);
                    const words = parts.platform !== undefined ? [parts.image, parts.platform] : [parts.image];
                    for (const word of words) {
                        for (const name of (0,expand/* expandWord */.V)(word, scope.env, file.escape).unmatched) {
                            if (known.has(name))
                                continue;
                            const hint = suggest(name, known);
                            context.report({
                                at: stage.from,
                                message: `FROM argument '${name}' is not declared${hint ? ` (did you mean ${hint}?)` : ''}`,
                            });
                        }
                    }
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/UndefinedVar.js






/** The instructions whose words the builder expands itself (RUN, CMD, ENTRYPOINT are left to the shell). */
const EXPANDED = new Set(['ADD', 'COPY', 'EXPOSE', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR']);
/** Build arguments the builder reads itself and never puts in the environment. */
const NON_ENV = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);
/** The PATH the builder sets on Linux when the base image has none: a linter reads no image, so PATH is set. */
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/** Option comparisons the hints of one file may make (see SuggestBudget). */
const SUGGEST_BUDGET = 200_000;
/** BuildKit's UndefinedVar: a variable the builder expands (in COPY, ENV, LABEL, WORKDIR… and ARG defaults)
 *  that no ARG or ENV before it sets. Base images are taken to set only PATH. */
const UndefinedVar = {
    meta: buildkitMeta('UndefinedVar', 'correctness', false, 'Variables should be defined before their use.'),
    create(context) {
        const file = context.file;
        const escape = file.escape;
        return {
            end() {
                const buildArgs = context.settings.buildArgs ?? {};
                const global = (0,variables/* globalScope */.gm)(file, buildArgs);
                const finalEnv = new Map();
                const budget = { left: SUGGEST_BUDGET };
                for (const stage of file.stages) {
                    const parent = (0,parse/* parentStage */.vp)(file, stage);
                    const inherited = parent ? finalEnv.get(parent.index) : undefined;
                    const env = new Map(inherited ?? [['PATH', DEFAULT_PATH]]);
                    const declared = new Set();
                    const report = (ins, unmatched) => {
                        for (const name of new Set(unmatched)) {
                            if (declared.has(name) || NON_ENV.has(name))
                                continue;
                            const hint = suggest(name, env.keys(), true, budget);
                            context.report({
                                at: ins,
                                message: `Usage of undefined variable '$${name}'${hint ? ` (did you mean $${hint}?)` : ''}`,
                            });
                        }
                    };
                    for (const ins of stage.instructions) {
                        if (ins.onbuild || ins.keyword === 'FROM')
                            continue;
                        if (ins.keyword === 'ARG') {
                            for (const { raw } of (0,scope/* keyValues */.K7)(ins).pairs) {
                                const { key, value } = raw;
                                let v;
                                if (Object.hasOwn(buildArgs, key))
                                    v = buildArgs[key];
                                else if (value !== null) {
                                    const e = (0,expand/* expandWord */.V)(value, env, escape);
                                    report(ins, e.unmatched);
                                    v = e.result;
                                }
                                else
                                    v = global.env.get(key);
                                declared.add(key);
                                if (v !== undefined && !NON_ENV.has(key))
                                    env.set(key, v);
                            }
                        }
                        else if (ins.keyword === 'ENV') {
                            const unmatched = [];
                            const set = [];
                            for (const { raw } of (0,scope/* keyValues */.K7)(ins).pairs) {
                                const { key, value } = raw;
                                const k = (0,expand/* expandWord */.V)(key, env, escape);
                                const v = (0,expand/* expandWord */.V)(value ?? '', env, escape);
                                unmatched.push(...k.unmatched, ...v.unmatched);
                                set.push([k.result, v.result]);
                            }
                            report(ins, unmatched);
                            for (const [k, v] of set)
                                env.set(k, v);
                        }
                        else if (EXPANDED.has(ins.keyword)) {
                            const unmatched = [];
                            for (const w of ins.words) {
                                if (!w.raw.includes('$') || w.raw.startsWith('<<'))
                                    continue;
                                unmatched.push(...(0,expand/* expandWord */.V)(w.raw, env, escape).unmatched);
                            }
                            report(ins, unmatched);
                        }
                    }
                    finalEnv.set(stage.index, env);
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/WorkdirRelativePath.js


/** BuildKit's WorkdirRelativePath: a relative WORKDIR before any absolute one in the build (the stage or those it
 *  builds on) depends on the base image's working directory. Paths with variables are left alone. */
const WorkdirRelativePath = {
    meta: buildkitMeta('WorkdirRelativePath', 'correctness', false, 'Relative workdir without an absolute workdir declared within the build can have unexpected results if the base image changes.'),
    create(context) {
        const file = context.file;
        return {
            end() {
                const set = new Map();
                for (const stage of file.stages) {
                    const parent = (0,parse/* parentStage */.vp)(file, stage);
                    let workdirSet = parent ? (set.get(parent.index) ?? false) : false;
                    for (const ins of stage.instructions) {
                        if (ins.keyword !== 'WORKDIR' || ins.onbuild)
                            continue;
                        const path = ins.args.replace(/^(["'])(.*)\1$/s, '$2');
                        if (!workdirSet && !path.startsWith('/') && !path.includes('$'))
                            context.report({
                                at: ins,
                                message: `Relative workdir ${JSON.stringify(path)} can have unexpected results if the base image changes`,
                            });
                        workdirSet = true;
                    }
                    set.set(stage.index, workdirSet);
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/buildkit.js





















const buildkitRules = [
    StageNameCasing,
    FromAsCasing,
    NoEmptyContinuation,
    ConsistentInstructionCasing,
    DuplicateStageName,
    ReservedStageName,
    JSONArgsRecommended,
    MaintainerDeprecated,
    UndefinedArgInFrom,
    WorkdirRelativePath,
    UndefinedVar,
    MultipleInstructionsDisallowed,
    LegacyKeyValueFormat,
    RedundantTargetPlatform,
    SecretsUsedInArgOrEnv,
    InvalidDefaultArgInFrom,
    FromPlatformFlagConstDisallowed,
    CopyIgnoredFile,
    InvalidDefinitionDescription,
    ExposeProtoCasing,
    ExposeInvalidFormat,
];
/** The checks whose findings `# check=` options govern, and whether each is experimental. */
const BUILDKIT_CHECKS = new Map(buildkitRules.map((r) => [r.meta.code, { experimental: r.meta.experimental === true }]));
/** BuildKit checks and the hadolint rules that report the same problem: on the same line one finding stands for
 *  both. */
const BUILDKIT_PAIRS = new Map([
    ['JSONArgsRecommended', ['DL3025']],
    ['MaintainerDeprecated', ['DL4000']],
    ['DuplicateStageName', ['DL3024']],
    ['WorkdirRelativePath', ['DL3000']],
    ['FromPlatformFlagConstDisallowed', ['DL3029']],
    ['MultipleInstructionsDisallowed', ['DL4003', 'DL4004', 'DL3012']],
]);


/***/ }),

/***/ 250:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ allRules)
});

// EXTERNAL MODULE: ./.tmp/package/lib/src/lint/rules/buildkit.js + 24 modules
var buildkit = __webpack_require__(9180);
// EXTERNAL MODULE: ./.tmp/package/lib/src/lint/rules/support/edits.js
var support_edits = __webpack_require__(5502);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL1001.js

// Only the per-instruction form: `global` and `stage` pragmas state a policy, an inline one hides a single spot.
const INLINE_IGNORE = /^(hadolint|image-budget)\s+ignore\s*=/i;
/** Inline ignore pragmas hide findings one at a time; teams that want every exception in config turn this on. */
const DL1001 = {
    meta: {
        code: 'DL1001',
        name: 'no-inline-ignore-pragma',
        severity: 'style',
        category: 'style',
        fixable: false,
        description: 'Refrain from inline ignore pragmas (`# hadolint ignore=…`).',
        docs: 'docs/rules/DL1001.md',
    },
    create(context) {
        return {
            end() {
                const { file } = context;
                for (const comment of file.comments) {
                    if (!INLINE_IGNORE.test(comment.text))
                        continue;
                    const lineStart = file.lineStarts[comment.line - 1] ?? 0;
                    const lineEnd = file.lineStarts[comment.line] !== undefined
                        ? file.lineStarts[comment.line] - 1
                        : file.text.length;
                    const hash = file.text.indexOf('#', lineStart);
                    context.report({
                        at: (0,support_edits/* spanAt */.i6)(file, hash, lineEnd),
                        message: 'Avoid inline ignore pragmas: fix the finding, or ignore the rule in the configuration file.',
                    });
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3000.js
/** WORKDIR must be absolute: a relative one depends on the previous WORKDIR and surprises readers. */
const DL3000 = {
    meta: {
        code: 'DL3000',
        name: 'workdir-absolute',
        severity: 'error',
        category: 'correctness',
        fixable: false,
        description: 'Use absolute WORKDIR paths.',
        docs: 'docs/rules/DL3000.md',
        keywords: ['WORKDIR'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'WORKDIR')
                    return;
                const dir = ins.words[0]?.value ?? '';
                // absolute, a variable (cannot know), or a Windows drive path
                if (dir.startsWith('/') || dir.startsWith('$') || /^[A-Za-z]:[\\/]/.test(dir) || dir === '')
                    return;
                context.report({
                    at: ins.words[0] ?? ins,
                    message: `Use an absolute WORKDIR path instead of "${dir}".`,
                });
            },
        };
    },
};

// EXTERNAL MODULE: ./.tmp/package/lib/src/dockerfile/shell.js
var shell = __webpack_require__(7598);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3001.js


// Interactive or host-administration tools: in a build they hang, do nothing useful, or only bloat the layer.
const POINTLESS = new Set([
    'free',
    'ifconfig',
    'kill',
    'mount',
    'ps',
    'service',
    'shutdown',
    'ssh',
    'top',
    'vim',
]);
/** Commands that make no sense while building an image. */
const DL3001 = {
    meta: {
        code: 'DL3001',
        name: 'no-interactive-commands',
        severity: 'info',
        category: 'correctness',
        fixable: false,
        description: 'Avoid commands that make no sense in a container build, such as ssh, vim, shutdown, service, ps, top, kill or ifconfig.',
        docs: 'docs/rules/DL3001.md',
        keywords: ['RUN'],
        commands: [...POINTLESS],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'RUN' || !ins.shell)
                    return;
                for (const cmd of ins.shell.commands) {
                    const name = (0,shell/* commandName */.p6)(cmd);
                    if (POINTLESS.has(name))
                        context.report({ at: (0,support_edits/* commandSpan */["in"])(context.file, cmd), message: message(name) });
                }
            },
        };
    },
};
function message(name) {
    return `\`${name}\` makes no sense while building an image: the build is not an interactive machine.`;
}

// EXTERNAL MODULE: ./.tmp/package/lib/src/dockerfile/parse.js + 1 modules
var parse = __webpack_require__(646);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3002.js

/** A stage whose last USER is root runs its container (or its children stages) as root. */
const DL3002 = {
    meta: {
        code: 'DL3002',
        name: 'last-user-not-root',
        severity: 'warning',
        category: 'security',
        fixable: false,
        description: 'The last USER of a stage should not be root.',
        docs: 'docs/rules/DL3002.md',
        keywords: ['USER'],
    },
    create(context) {
        // per stage: its last USER (ONBUILD triggers set the user of other images, not this one)
        const lastUser = new Map();
        return {
            instruction(ins) {
                if (ins.keyword !== 'USER' || ins.onbuild || ins.stage < 0)
                    return;
                lastUser.set(ins.stage, ins);
            },
            end() {
                const { file } = context;
                const builtOn = new Set();
                for (const s of file.stages) {
                    const parent = (0,parse/* parentStage */.vp)(file, s);
                    if (parent)
                        builtOn.add(parent.index);
                }
                // a stage no other stage builds on ends an image: the USER in force there is its own last one, else
                // the one it inherits through FROM <stage>. A `USER root` that every stage built on it undoes is not.
                const rooted = new Set();
                for (const end of file.stages) {
                    if (builtOn.has(end.index))
                        continue;
                    let user;
                    for (const s of (0,parse/* stageLineage */.uL)(file, end))
                        if ((user = lastUser.get(s.index)))
                            break;
                    if (user && isRoot(user.words[0]?.value ?? ''))
                        rooted.add(user);
                }
                for (const ins of [...rooted].sort((a, b) => a.index - b.index)) {
                    context.report({
                        at: ins.words[0] ?? ins,
                        message: 'The last USER of this stage is root: switch to an unprivileged user before the stage ends.',
                    });
                }
            },
        };
    },
};
function isRoot(user) {
    const name = user.split(':')[0];
    return name === 'root' || name === '0';
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3003.js


/** `cd` in RUN changes the directory for that one command only; WORKDIR states it for every later instruction. */
const DL3003 = {
    meta: {
        code: 'DL3003',
        name: 'use-workdir',
        severity: 'warning',
        category: 'style',
        fixable: false,
        description: 'Use WORKDIR to switch to a directory instead of `cd` in RUN.',
        docs: 'docs/rules/DL3003.md',
        keywords: ['RUN'],
        commands: ['cd'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'RUN')
                    return;
                for (const cmd of (0,shell/* findCommands */.uU)(ins.shell, 'cd')) {
                    context.report({
                        at: (0,support_edits/* commandSpan */["in"])(context.file, cmd),
                        message: 'Use WORKDIR to switch to a directory instead of `cd`.',
                    });
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3004.js


/** Builds already run as the stage's USER; sudo adds a setuid binary and a tty dependency for nothing. */
const DL3004 = {
    meta: {
        code: 'DL3004',
        name: 'no-sudo',
        severity: 'error',
        category: 'security',
        fixable: false,
        description: 'Do not use sudo: switch users with USER, or use gosu/su-exec at runtime.',
        docs: 'docs/rules/DL3004.md',
        keywords: ['RUN'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'RUN' || !ins.shell)
                    return;
                for (const cmd of ins.shell.commands) {
                    const first = cmd.words[0];
                    if (first && (0,shell/* basename */.P8)(first.value) === 'sudo') {
                        context.report({
                            at: (0,support_edits/* wordSpan */.BW)(context.file, first),
                            message: 'Do not use sudo in a build: it runs as the stage USER already; use USER to switch.',
                        });
                    }
                }
            },
        };
    },
};

// EXTERNAL MODULE: ./.tmp/package/lib/src/lint/rules/support/images.js
var support_images = __webpack_require__(1709);
// EXTERNAL MODULE: ./.tmp/package/lib/src/dockerfile/scope.js
var scope = __webpack_require__(6468);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/support/pins.js
// Which package words of an install leave the version open, for the pinning rules (DL3008, DL3013, DL3016,
// DL3018, DL3028, DL3062): the shared reading of words that hold variables.


/**
 * The words of `words` that `pinned` does not accept. A word that is only expansions (`$PKGS`) is a computed
 * list and never loose. A word with variables (`foo=${FOO_VERSION}`) is judged with the values the ARG/ENV
 * scope of `ins` gives them: loose when one resolves to nothing or `latest`, else as `pinned` reads the resolved
 * text, where a variable without a known value here (a build argument or the base image sets it) reads as some
 * version: `curl=$V` is pinned, `lib${X}-dev` is not.
 */
/** What a variable without a known value reads as: a plain version-like word. */
const UNKNOWN_VALUE = '0';
function looseWords(context, ins, words, pinned) {
    const out = [];
    for (const w of words) {
        if (!w.raw.includes('$') && !w.raw.includes('`')) {
            if (!pinned(w.value))
                out.push(w);
            continue;
        }
        if ((0,shell/* isExpansion */.MO)(w.raw))
            continue;
        // the shell expands RUN words: its escape is the backslash whatever the Dockerfile's is. A variable without a
        // known value stands for the value a build argument or the base image gives it.
        const r = (0,scope/* resolveWord */.Ty)(context.file, ins, w.raw, context.settings.buildArgs, '\\', UNKNOWN_VALUE);
        if (r.values.some((v) => v === '' || v.toLowerCase() === 'latest') || !pinned(r.text))
            out.push(w);
    }
    return out;
}
/** The base image of a stage with its variables resolved in the global ARG scope (build arguments included);
 *  undefined when one of them has no known value, so the tag is decided at build time. */
function resolvedBaseImage(context, stage) {
    const word = stage.from.words[0];
    if (!word)
        return stage.image;
    if (!word.raw.includes('$'))
        return stage.image;
    const r = (0,scope/* resolveWord */.Ty)(context.file, stage.from, word.raw, context.settings.buildArgs);
    return r.unknown ? undefined : r.text;
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3006.js


/** An untagged FROM means `latest`: whatever the registry holds on the day of the build. */
const DL3006 = {
    meta: {
        code: 'DL3006',
        name: 'image-tag-required',
        severity: 'warning',
        category: 'reproducibility',
        fixable: false,
        description: 'Always tag the version of a base image explicitly.',
        docs: 'docs/rules/DL3006.md',
        keywords: ['FROM'],
    },
    create(context) {
        return {
            instruction(ins, stage) {
                if (ins.keyword !== 'FROM' || ins.onbuild || !stage || stage.from !== ins)
                    return;
                // variables resolve in the global ARG scope; one left to a build argument is decided at build time
                const image = resolvedBaseImage(context, stage);
                // a stage name and scratch carry no tag
                if (image === undefined || image === '' || stage.fromStage || image.toLowerCase() === 'scratch')
                    return;
                const ref = (0,support_images/* parseImageRef */.Q)(image);
                // `FROM node:${TAG}` with an empty TAG is as untagged as `FROM node`
                if ((ref.tag !== undefined && ref.tag !== '') || ref.digest !== undefined)
                    return;
                context.report({
                    at: ins.words[0] ?? ins,
                    message: `Tag the base image "${stage.image}"${image === stage.image ? '' : ` (${image})`} with a version (for example "${image.replace(/:$/, '')}:<version>"); untagged means latest.`,
                });
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3007.js


/** `:latest` moves under you: two builds of the same commit can get different bases. */
const DL3007 = {
    meta: {
        code: 'DL3007',
        name: 'no-latest-tag',
        severity: 'warning',
        category: 'reproducibility',
        fixable: false,
        description: 'Do not use the latest tag for a base image; pin a version.',
        docs: 'docs/rules/DL3007.md',
        keywords: ['FROM'],
    },
    create(context) {
        return {
            instruction(ins, stage) {
                if (ins.keyword !== 'FROM' || ins.onbuild || !stage || stage.from !== ins)
                    return;
                // `FROM node:${TAG}` with `ARG TAG=latest` is latest too; a tag left to a build argument is not known
                const image = resolvedBaseImage(context, stage);
                if (image === undefined)
                    return;
                const ref = (0,support_images/* parseImageRef */.Q)(image);
                // a digest pins the content whatever the tag says
                if (ref.tag !== 'latest' || ref.digest !== undefined)
                    return;
                context.report({
                    at: ins.words[0] ?? ins,
                    message: `Pin the base image "${stage.image}"${image === stage.image ? '' : ` (${image})`} to a version instead of latest.`,
                });
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/support/apt.js
// `apt-get` invocations: which subcommand, which packages. Shared by the apt rules (DL3008, DL3009, DL3014, DL3015).

/** apt-get/apt options that take a separate value (`-o Foo=bar`, `-t bookworm-backports`). */
const APT_VALUE_FLAGS = [
    '-o',
    '-c',
    '-t',
    '--option',
    '--config-file',
    '--target-release',
    '--default-release',
    '-a',
    '--host-architecture',
];
/** Every `tool … <subcommand>` call in the script, for `tools` among apt-get/apt/aptitude. */
function aptCalls(script, tools, subcommands) {
    const out = [];
    for (const cmd of (0,shell/* findCommands */.uU)(script, ...tools)) {
        const pos = (0,shell/* positionalArgs */.EK)(cmd, APT_VALUE_FLAGS);
        const sub = pos[0];
        if (sub && subcommands.includes(sub.value))
            out.push({ cmd, sub, operands: pos.slice(1) });
    }
    return out;
}
/** True when `cmd` sets the apt option `name` (case-insensitive) to one of `values` with `-o`. */
function setsAptOption(cmd, name, values) {
    const args = (0,shell/* valuesOf */.sm)((0,shell/* argsOf */.PL)(cmd));
    const wanted = (s) => {
        const eq = s.indexOf('=');
        return (eq > 0 &&
            s.slice(0, eq).toLowerCase() === name.toLowerCase() &&
            values.includes(s.slice(eq + 1).toLowerCase()));
    };
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if ((a === '-o' || a === '--option') && wanted(args[i + 1] ?? ''))
            return true;
        if (a.startsWith('-o') && a.length > 2 && wanted(a.slice(2)))
            return true;
        if (a.startsWith('--option=') && wanted(a.slice(9)))
            return true;
    }
    return false;
}
function isAptTool(cmd) {
    const n = commandName(cmd);
    return n === 'apt-get' || n === 'apt' || n === 'aptitude';
}
/** `-s`, `--simulate`, `--dry-run` …: apt-get only prints what it would do, installs nothing and never prompts. */
function isSimulation(cmd) {
    return (0,shell/* hasFlag */.Lt)(cmd, '-s', '--simulate', '--dry-run', '--just-print', '--recon', '--no-act');
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3008.js




/** Unpinned apt packages install whatever the mirror has that day: rebuilds drift and caches lie. */
const DL3008 = {
    meta: {
        code: 'DL3008',
        name: 'apt-pin-versions',
        severity: 'warning',
        category: 'reproducibility',
        fixable: false,
        description: 'Pin versions in apt-get install (`package=version`).',
        docs: 'docs/rules/DL3008.md',
        keywords: ['RUN'],
        commands: ['apt-get'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'RUN')
                    return;
                for (const call of aptCalls(ins.shell, ['apt-get'], ['install']).filter((c) => !isSimulation(c.cmd))) {
                    // `pkg=1.2*` pins a version, `pkg/bookworm-backports` a release, `./x.deb` is a file; `$PKGS` is a
                    // list computed at build time, not a package to pin
                    const loose = looseWords(context, ins, call.operands, (v) => v.includes('=') || v.includes('/') || v.endsWith('.deb'));
                    if (loose.length === 0)
                        continue;
                    const names = (0,shell/* valuesOf */.sm)(loose);
                    context.report({
                        at: (0,support_edits/* wordsSpan */.wC)(context.file, loose),
                        message: `Pin versions in apt-get install: ${names.join(', ')} (for example \`${names[0]}=<version>\`).`,
                    });
                }
            },
        };
    },
};

// EXTERNAL MODULE: ./.tmp/package/lib/src/dockerfile/mounts.js
var mounts = __webpack_require__(9204);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3009.js





const APT_TOOLS = ['apt-get', 'apt', 'aptitude'];
const LISTS = '/var/lib/apt/lists';
const CLEANUP = `rm -rf ${LISTS}/*`;
/** `apt-get update` downloads 20–50 MB of package lists; left in the layer they ship with every pull. */
const DL3009 = {
    meta: {
        code: 'DL3009',
        name: 'apt-lists-cleanup',
        severity: 'info',
        category: 'size',
        fixable: true,
        description: 'Delete the apt lists (/var/lib/apt/lists) in the RUN that downloaded them.',
        docs: 'docs/rules/DL3009.md',
        keywords: ['RUN'],
        commands: APT_TOOLS,
    },
    create(context) {
        const { file } = context;
        const pending = [];
        // the index of the last RUN that reads the lists without updating them, found once per file: asked of every
        // later RUN for every finding, it made a file of many RUNs quadratic
        let lastReader;
        const readLater = (ins) => {
            if (lastReader === undefined) {
                lastReader = -1;
                for (const i of file.instructions)
                    if (i.keyword === 'RUN' && usesListsWithoutUpdate(i.shell))
                        lastReader = i.index;
            }
            return lastReader > ins.index;
        };
        const report = (ins) => {
            const update = aptCalls(ins.shell, APT_TOOLS, ['update'])[0];
            const fix = cleanupFix(file, ins, readLater);
            context.report({
                at: (0,support_edits/* commandSpan */["in"])(file, update.cmd),
                message: `Delete the apt lists in the same RUN after installing: append \`&& ${CLEANUP}\`.`,
                ...(fix ? { fix } : {}),
            });
        };
        return {
            instruction(ins) {
                if (ins.keyword !== 'RUN' || !leavesLists(ins))
                    return;
                // an ONBUILD trigger runs in whatever image builds on this one: always worth a finding
                if (ins.onbuild)
                    report(ins);
                else
                    pending.push(ins);
            },
            end() {
                const last = file.stages.length - 1;
                // asked once per stage, not once per RUN
                const based = new Map();
                const isBase = (stage) => {
                    let answer = based.get(stage);
                    if (answer === undefined)
                        based.set(stage, (answer = isBaseOfLaterStage(file, stage)));
                    return answer;
                };
                for (const ins of pending)
                    if (ins.stage === last || ins.stage < 0 || isBase(ins.stage))
                        report(ins);
            },
        };
    },
};
function leavesLists(ins) {
    if (aptCalls(ins.shell, APT_TOOLS, ['update']).length === 0)
        return false;
    if (cleansLists(ins.shell) || distCleansAfterUpdate(ins.shell))
        return false;
    // a cache or tmpfs mount keeps the lists out of the layer
    const targets = (0,mounts/* scratchMountTargets */.QD)(ins);
    return !(targets.includes(LISTS) ||
        (targets.includes('/var/lib/apt') && targets.includes('/var/cache/apt')));
}
function cleansLists(script) {
    return (0,shell/* findCommands */.uU)(script, 'rm').some((cmd) => {
        const args = (0,shell/* valuesOf */.sm)((0,shell/* argsOf */.PL)(cmd));
        const recursive = args.some((a) => /^-[a-zA-Z]*[rR]/.test(a) || a === '--recursive');
        return recursive && args.some((a) => /^\/var\/lib\/apt(\/lists)?\/?(\*\/?)?$/.test(a));
    });
}
/** `apt-get dist-clean` (apt 2.7+; `apt dist-clean` too) deletes the lists as well as the package cache; it
 *  clears them only when it runs after the last `update` (hadolint knows only `rm`). */
function distCleansAfterUpdate(script) {
    const updates = aptCalls(script, APT_TOOLS, ['update']);
    const lastUpdate = updates[updates.length - 1]?.cmd.index ?? -1;
    return aptCalls(script, ['apt-get', 'apt'], ['dist-clean']).some((c) => c.cmd.index > lastUpdate);
}
function isBaseOfLaterStage(file, index) {
    return file.stages.some((s) => s.index > index && (0,parse/* parentStage */.vp)(file, s)?.index === index);
}
/**
 * Appends the cleanup at the end of the RUN, only when that cannot break the build: the RUN installs what it
 * updated (so nothing later needs these lists), no later RUN installs without updating first, and the script
 * ends in a plain command (no trailing `;`, `&`, comment or heredoc) so ` && rm …` extends the chain.
 */
function cleanupFix(file, ins, readLater) {
    if (ins.heredocs.length > 0 || ins.form !== 'shell' || !ins.argsSpan || !ins.shell)
        return undefined;
    if (aptCalls(ins.shell, APT_TOOLS, ['install']).length === 0)
        return undefined;
    if (readLater(ins))
        return undefined;
    const lastCmd = ins.shell.commands[ins.shell.commands.length - 1];
    if (!lastCmd)
        return undefined;
    const tail = file.text.slice(lastCmd.end, ins.argsSpan.end);
    // only closing keywords may follow the last command (`…; fi`), and nothing may dangle at the end
    if (!/^(?:\s|\\\n|;|\bfi\b|\bdone\b|\besac\b|\}|\))*$/.test(tail) || /[;&|]\s*$/.test(tail))
        return undefined;
    const at = ins.argsSpan.end;
    return {
        description: 'Delete the apt lists in the same RUN',
        edits: [{ start: at, end: at, text: ` && ${CLEANUP}` }],
    };
}
/** True when the script runs an apt operation that reads the lists before (or without) refreshing them. */
function usesListsWithoutUpdate(script) {
    if (!script)
        return false;
    for (const cmd of script.commands) {
        if (!APT_TOOLS.includes((0,shell/* commandName */.p6)(cmd)))
            continue;
        const calls = aptCalls({ text: script.text, commands: [cmd] }, APT_TOOLS, ['update']);
        if (calls.length > 0)
            return false;
        return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/support/archives.js
// What ADD unpacks by itself, and what it downloads.
/** Local tar archives (plain or compressed) that ADD extracts into the destination. */
const ARCHIVE_SUFFIXES = [
    '.tar',
    '.tar.gz',
    '.tgz',
    '.tar.bz2',
    '.tbz',
    '.tbz2',
    '.tb2',
    '.tar.xz',
    '.txz',
    '.tar.lz',
    '.tlz',
    '.tar.lzma',
    '.tar.z',
    '.taz',
    '.tz',
    '.tpz',
    '.gz',
    '.bz2',
    '.xz',
    '.lz',
    '.lzma',
    '.z',
    '.tar.zst',
    '.tzst',
    '.zst',
];
function isArchive(path) {
    const lower = path.toLowerCase();
    return ARCHIVE_SUFFIXES.some((s) => lower.endsWith(s));
}
/** A remote source: `https://…`, `git@host:repo`. */
function isUrl(path) {
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(path) || /^git@/.test(path);
}
/** The last part of a path, splitting on `/` and on Windows `\`. */
function pathBase(path) {
    const parts = path.split(/[\\/]/);
    return parts[parts.length - 1] ?? path;
}

// EXTERNAL MODULE: ./.tmp/package/lib/src/lint/rules/support/copy-args.js
var copy_args = __webpack_require__(1878);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3010.js




/** COPY of a tarball then `tar -x` ships the archive and its contents: the archive layer alone is pure waste. */
const DL3010 = {
    meta: {
        code: 'DL3010',
        name: 'add-to-extract-archives',
        severity: 'info',
        category: 'size',
        fixable: false,
        description: 'Use ADD to extract a local tar archive instead of COPY followed by tar -x.',
        docs: 'docs/rules/DL3010.md',
        keywords: ['COPY', 'RUN'],
    },
    create(context) {
        // per stage: paths under which a copied archive may be named in a later RUN → the COPY source
        let copied = new Map();
        let stage = -2;
        return {
            instruction(ins) {
                if (ins.onbuild)
                    return;
                if (ins.stage !== stage) {
                    stage = ins.stage;
                    copied = new Map();
                }
                if (ins.keyword === 'COPY' && !ins.flags.some((f) => f.name === 'from')) {
                    const { sources, dest } = (0,copy_args/* copyArgs */.H)(ins);
                    if (!dest)
                        return;
                    const dir = dest.value.replace(/[\\/]+$/, '');
                    for (const src of sources.filter((s) => isArchive(s.value))) {
                        const base = pathBase(src.value);
                        for (const name of [dest.value, `${dir}/${base}`, `${dir}\\${base}`, base, pathBase(dest.value)])
                            copied.set(name, src.value);
                    }
                    return;
                }
                if (ins.keyword !== 'RUN' || copied.size === 0)
                    return;
                for (const cmd of (0,shell/* findCommands */.uU)(ins.shell, 'tar')) {
                    if (!extracts(cmd))
                        continue;
                    const archive = archiveOf(cmd, copied);
                    if (archive === undefined)
                        continue;
                    context.report({
                        at: (0,support_edits/* commandSpan */["in"])(context.file, cmd),
                        message: `Use ADD to extract "${copied.get(archive)}" instead of COPY and tar: the copied archive stays in its layer.`,
                        suggestion: `ADD ${copied.get(archive)} <directory>/`,
                    });
                }
            },
        };
    },
};
function extracts(cmd) {
    const args = (0,shell/* valuesOf */.sm)((0,shell/* argsOf */.PL)(cmd));
    if (args.some((a) => a === '--extract' || a === '--get' || /^-[A-Za-z]*x/.test(a)))
        return true;
    // old-style bundled options: `tar xzf file.tgz`
    return args[0] !== undefined && !args[0].startsWith('-') && /^[A-Za-z]*x[A-Za-z]*$/.test(args[0]);
}
/** The first argument of `cmd` (`--file=` left out) that names a copied archive. */
function archiveOf(cmd, copied) {
    for (const w of (0,shell/* argsOf */.PL)(cmd)) {
        const value = w.value.replace(/^--file=/, '');
        if (copied.has(value))
            return value;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3011.js
/** A port above 65535 does not exist: the build accepts it and the container never listens there. */
const DL3011 = {
    meta: {
        code: 'DL3011',
        name: 'valid-port-range',
        severity: 'error',
        category: 'correctness',
        fixable: false,
        description: 'EXPOSE ports must be in the range 0 to 65535.',
        docs: 'docs/rules/DL3011.md',
        keywords: ['EXPOSE'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'EXPOSE')
                    return;
                for (const word of ins.words) {
                    const ports = word.value.replace(/\/\w+$/, '').split('-');
                    // a variable is only known at build time
                    const bad = ports.find((p) => /^\d+$/.test(p) && Number(p) > 65535);
                    if (bad !== undefined)
                        context.report({ at: word, message: `Port ${bad} is out of range: valid ports are 0 to 65535.` });
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3012.js
/** Only the last HEALTHCHECK of a stage takes effect; the earlier ones mislead readers. */
const DL3012 = {
    meta: {
        code: 'DL3012',
        name: 'single-healthcheck',
        severity: 'error',
        category: 'correctness',
        fixable: false,
        description: 'A stage should contain at most one HEALTHCHECK instruction.',
        docs: 'docs/rules/DL3012.md',
        keywords: ['HEALTHCHECK'],
    },
    create(context) {
        const firstInStage = new Map();
        return {
            instruction(ins) {
                if (ins.keyword !== 'HEALTHCHECK' || ins.onbuild)
                    return;
                const first = firstInStage.get(ins.stage);
                if (first === undefined) {
                    firstInStage.set(ins.stage, ins.line);
                    return;
                }
                context.report({
                    at: ins,
                    message: `Only one HEALTHCHECK per stage takes effect; this one overrides the one on line ${first}.`,
                });
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/support/pip.js
// pip in RUN scripts (`pip`, `pip3`, `python -m pip`): its arguments and the `pip install` calls.

/** `pip`, `pip3`, `pip3.11`, or `python -m pip` / `python3 -m pip`: the words after `pip`, else null. */
function pipArgs(cmd) {
    const name = (0,shell/* commandName */.p6)(cmd);
    // both names start with p: no argument list and no regex for the other commands
    if (!name.startsWith('p'))
        return null;
    const args = (0,shell/* argsOf */.PL)(cmd);
    if (/^pip(\d+(\.\d+)?)?$/.test(name))
        return args;
    if (/^python(\d+(\.\d+)?)?$/.test(name)) {
        const m = args.findIndex((w) => w.value === '-m');
        if (m >= 0 && /^pip(\d+(\.\d+)?)?$/.test((0,shell/* basename */.P8)(args[m + 1]?.value ?? '')))
            return args.slice(m + 2);
    }
    return null;
}
/** pip/pipx install options that take a separate value: the value is not a package. */
const VALUE_FLAGS = new Set([
    '-c',
    '--constraint',
    '-r',
    '--requirement',
    '-e',
    '--editable',
    '-i',
    '--index-url',
    '--extra-index-url',
    '-f',
    '--find-links',
    '-t',
    '--target',
    '--prefix',
    '--root',
    '--build',
    '-b',
    '--src',
    '--trusted-host',
    '--upgrade-strategy',
    '--progress-bar',
    '--root-user-action',
    '--python',
    '--global-option',
    '--install-option',
    '-C',
    '--config-settings',
    '--platform',
    '--python-version',
    '--implementation',
    '--abi',
    '--no-binary',
    '--only-binary',
    '--log',
    '--proxy',
    '--retries',
    '--timeout',
    '--exists-action',
    '--cert',
    '--client-cert',
    '--cache-dir',
    '--report',
    '--pip-args',
    '--suffix',
    '--spec',
    '--index',
    '--group',
    '--format',
]);
function pipInstalls(script) {
    if (!script)
        return [];
    const out = [];
    for (const cmd of script.commands) {
        const words = pipLikeArgs(cmd);
        if (!words)
            continue;
        // options may come before the subcommand (`pip --no-cache-dir install x`)
        const [sub, ...packages] = (0,shell/* positionalWords */.Kw)(words, VALUE_FLAGS);
        if (!sub || sub.value !== 'install')
            continue;
        const args = words.slice(words.indexOf(sub) + 1);
        out.push({ cmd, sub, args, packages });
    }
    return out;
}
/** The words after `pip` (or after `python -m pip`), or null when `cmd` is not pip. */
function pipLikeArgs(cmd) {
    const name = (0,shell/* commandName */.p6)(cmd);
    // both names start with p: no argument list and no regex for the other commands
    if (!name.startsWith('p'))
        return null;
    const args = (0,shell/* argsOf */.PL)(cmd);
    if (/^pip[x]?(\d+(\.\d+)*)?$/.test(name))
        return args;
    if (/^python(\d+(\.\d+)*)?$/.test(name)) {
        const m = args.findIndex((w) => w.value === '-m' || w.value === '-mpip');
        if (m < 0)
            return null;
        if (args[m].value === '-mpip')
            return args.slice(m + 1);
        if (args[m + 1]?.value === 'pip')
            return args.slice(m + 2);
    }
    return null;
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3013.js




const VERSION_OPERATORS = ['==', '>=', '<=', '>', '<', '!=', '~=', '==='];
/** Unpinned pip packages resolve to the newest release at build time: rebuilds differ, caches lie. */
const DL3013 = {
    meta: {
        code: 'DL3013',
        name: 'pip-pin-versions',
        severity: 'warning',
        category: 'reproducibility',
        fixable: false,
        description: 'Pin versions in pip install (`package==version`).',
        docs: 'docs/rules/DL3013.md',
        keywords: ['RUN'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'RUN')
                    return;
                for (const call of pipInstalls(ins.shell)) {
                    // a constraints file pins what the command line leaves open
                    if (call.args.some((w) => /^(-c|--constraint)(=|$)/.test(w.value) || /^-c./.test(w.value)))
                        continue;
                    const loose = looseWords(context, ins, call.packages, isPinned);
                    if (loose.length === 0)
                        continue;
                    const names = (0,shell/* valuesOf */.sm)(loose);
                    context.report({
                        at: (0,support_edits/* wordsSpan */.wC)(context.file, loose),
                        message: `Pin versions in pip install: ${names.join(', ')} (for example \`${names[0]}==<version>\`).`,
                    });
                }
            },
        };
    },
};
function isPinned(spec) {
    // VCS URLs pin with `@ref` after the repository path
    const vcs = /^(git|hg|svn|bzr)\+[a-z]+:\/\/[^/]*\/(.*)$/i.exec(spec);
    if (vcs)
        return vcs[2].includes('@');
    if (VERSION_OPERATORS.some((op) => spec.includes(op)))
        return true;
    // archives, URLs, local directories and files carry their own version
    if (spec.includes('://') || spec.includes('/') || spec.startsWith('.'))
        return true;
    return /\.(whl|tar\.gz|tgz|zip|tar\.bz2|tar)$/i.test(spec);
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3014.js



/** Without `-y` apt-get asks for confirmation; with no terminal the build aborts. */
const DL3014 = {
    meta: {
        code: 'DL3014',
        name: 'apt-get-assume-yes',
        severity: 'warning',
        category: 'correctness',
        fixable: true,
        description: 'Use the -y switch with apt-get install so it never waits for confirmation.',
        docs: 'docs/rules/DL3014.md',
        keywords: ['RUN'],
        commands: ['apt-get'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'RUN')
                    return;
                for (const call of aptCalls(ins.shell, ['apt-get'], ['install']).filter((c) => !isSimulation(c.cmd))) {
                    if (assumesYes(call.cmd))
                        continue;
                    context.report({
                        at: (0,support_edits/* commandUpTo */._N)(context.file, call.cmd, call.sub),
                        message: 'Use `apt-get install -y`: without it apt-get waits for an answer the build cannot give.',
                        fix: { description: 'Add -y', edits: [(0,support_edits/* insertAfter */.WH)(call.sub, '-y')] },
                    });
                }
            },
        };
    },
};
/** `-y`, `--yes`, `--assume-yes`, the option form, or quiet level 2 (`-qq`, `-q=2`), which implies yes. */
function assumesYes(cmd) {
    let quiet = 0;
    for (const { value: a } of (0,shell/* argsOf */.PL)(cmd)) {
        if (a === '--yes' || a === '--assume-yes' || /^--(yes|assume-yes)=(1|true|yes)$/i.test(a))
            return true;
        if (/^-[A-Za-z]+$/.test(a) && a.includes('y'))
            return true;
        if (/^-[A-Za-z]+$/.test(a))
            quiet += a.split('q').length - 1;
        const level = /^(?:-q|--quiet)=(\d+)$/.exec(a);
        if (level)
            quiet += Number(level[1]);
        if (a === '--quiet')
            quiet += 1;
    }
    return quiet >= 2 || setsAptOption(cmd, 'APT::Get::Assume-Yes', ['true', '1', 'yes']);
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3015.js



// Packages that only *recommend* ca-certificates (directly or through libcurl4, measured on Debian bookworm):
// without recommends they install fine but every HTTPS request fails, so the fix keeps the certificates.
const NEEDS_CERTIFICATES = new Set(['curl', 'wget', 'git', 'libcurl4', 'nodejs']);
/** Recommended packages are optional extras that commonly add a quarter or more to an install. */
const DL3015 = {
    meta: {
        code: 'DL3015',
        name: 'apt-no-install-recommends',
        severity: 'info',
        category: 'size',
        fixable: true,
        description: 'Avoid additional packages by specifying --no-install-recommends.',
        docs: 'docs/rules/DL3015.md',
        keywords: ['RUN'],
        commands: ['apt-get'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'RUN')
                    return;
                for (const call of aptCalls(ins.shell, ['apt-get'], ['install'])) {
                    if (isSimulation(call.cmd) || keepsRecommendsOut(call))
                        continue;
                    const edits = [(0,support_edits/* insertAfter */.WH)(call.sub, '--no-install-recommends')];
                    const last = call.operands[call.operands.length - 1];
                    if (last && needsCertificates(call))
                        edits.push((0,support_edits/* insertAfter */.WH)(last, 'ca-certificates'));
                    context.report({
                        at: (0,support_edits/* commandUpTo */._N)(context.file, call.cmd, call.sub),
                        message: 'Add `--no-install-recommends`: recommended packages are optional and often a large part of the install.',
                        fix: { description: 'Add --no-install-recommends', edits },
                    });
                }
            },
        };
    },
};
function keepsRecommendsOut(call) {
    return ((0,shell/* hasFlag */.Lt)(call.cmd, '--no-install-recommends') ||
        setsAptOption(call.cmd, 'APT::Install-Recommends', ['false', '0', 'no']));
}
function needsCertificates(call) {
    let needs = false;
    for (const w of call.operands) {
        const name = w.value.split(/[=/]/)[0];
        if (name === 'ca-certificates')
            return false;
        if (NEEDS_CERTIFICATES.has(name))
            needs = true;
    }
    return needs;
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3016.js



// npm options that take a separate value: the value is not a package
const DL3016_VALUE_FLAGS = new Set([
    '--loglevel',
    '--registry',
    '--prefix',
    '--cache',
    '--userconfig',
    '--globalconfig',
    '--tag',
    '--omit',
    '--include',
    '--workspace',
    '-w',
    '--only',
    '--install-strategy',
    '--scope',
    '--before',
    '--otp',
    '-C',
]);
const INSTALL = new Set([
    'install',
    'i',
    'add',
    'in',
    'ins',
    'inst',
    'insta',
    'instal',
    'isnt',
    'isnta',
    'isntal',
    'isntall',
]);
/** Unpinned npm packages install the newest release at build time: rebuilds differ, caches lie. */
const DL3016 = {
    meta: {
        code: 'DL3016',
        name: 'npm-pin-versions',
        severity: 'warning',
        category: 'reproducibility',
        fixable: false,
        description: 'Pin versions in npm install (`package@version`).',
        docs: 'docs/rules/DL3016.md',
        keywords: ['RUN'],
        commands: ['npm'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'RUN')
                    return;
                for (const cmd of (0,shell/* findCommands */.uU)(ins.shell, 'npm')) {
                    const loose = looseWords(context, ins, DL3016_packages(cmd), DL3016_isPinned);
                    if (loose.length === 0)
                        continue;
                    const names = (0,shell/* valuesOf */.sm)(loose);
                    context.report({
                        at: (0,support_edits/* wordsSpan */.wC)(context.file, loose),
                        message: `Pin versions in npm install: ${names.join(', ')} (for example \`${names[0]}@<version>\`).`,
                    });
                }
            },
        };
    },
};
/** Package arguments of `npm install …`; empty for other subcommands (`npm run --x install` is not an install). */
function DL3016_packages(cmd) {
    const positional = [];
    const args = (0,shell/* argsOf */.PL)(cmd);
    for (let i = 0; i < args.length; i++) {
        const v = args[i].value;
        if (v.startsWith('-')) {
            if (DL3016_VALUE_FLAGS.has(v))
                i++;
            continue;
        }
        positional.push(args[i]);
    }
    if (!positional[0] || !INSTALL.has(positional[0].value))
        return [];
    return positional.slice(1);
}
function DL3016_isPinned(spec) {
    if (/^git(\+(ssh|https?|file))?:\/\//.test(spec) || /^(github|gitlab|bitbucket):/.test(spec))
        return spec.includes('#');
    if (/\.(tar|tar\.gz|tgz)$/.test(spec))
        return true;
    if (/^(\/|\.\/|\.\.\/|~\/|\.$|file:)/.test(spec) || /^https?:\/\//.test(spec))
        return true;
    // a scope's leading @ is not a version
    const name = spec.startsWith('@') ? spec.slice(spec.indexOf('/') + 1) : spec;
    return name.includes('@');
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/support/apk.js
// `apk add` calls and their package arguments.

/** apk options that take a separate value. */
const apk_VALUE_FLAGS = new Set([
    '-t',
    '--virtual',
    '-X',
    '--repository',
    '-p',
    '--root',
    '--arch',
    '--keys-dir',
    '--cache-dir',
    '--repositories-file',
    '--cache-max-age',
    '--timeout',
]);
function apkAdds(script) {
    const out = [];
    for (const cmd of (0,shell/* findCommands */.uU)(script, 'apk')) {
        const positional = (0,shell/* positionalArgs */.EK)(cmd, apk_VALUE_FLAGS);
        const sub = positional[0];
        if (sub?.value === 'add')
            out.push({ cmd, sub, packages: positional.slice(1) });
    }
    return out;
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3018.js




/** Unpinned apk packages install whatever the mirror has that day: rebuilds drift and caches lie. */
const DL3018 = {
    meta: {
        code: 'DL3018',
        name: 'apk-pin-versions',
        severity: 'warning',
        category: 'reproducibility',
        fixable: false,
        description: 'Pin versions in apk add (`package=version`).',
        docs: 'docs/rules/DL3018.md',
        keywords: ['RUN'],
        commands: ['apk'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'RUN')
                    return;
                for (const call of apkAdds(ins.shell)) {
                    // `=`, `~`, `<`, `>` constrain the version; an .apk file carries its own; `$runDeps` is a
                    // list computed at build time
                    const loose = looseWords(context, ins, call.packages, (v) => /[=~<>]/.test(v) || v.endsWith('.apk'));
                    if (loose.length === 0)
                        continue;
                    const names = (0,shell/* valuesOf */.sm)(loose);
                    context.report({
                        at: (0,support_edits/* wordsSpan */.wC)(context.file, loose),
                        message: `Pin versions in apk add: ${names.join(', ')} (for example \`${names[0]}=<version>\`).`,
                    });
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3019.js




const APK_CACHE = '/var/cache/apk';
/** Without --no-cache, apk keeps its index (a few MB) in /var/cache/apk inside the layer. */
const DL3019 = {
    meta: {
        code: 'DL3019',
        name: 'apk-no-cache',
        severity: 'info',
        category: 'size',
        fixable: true,
        description: 'Use apk add --no-cache so the package index does not stay in the layer.',
        docs: 'docs/rules/DL3019.md',
        keywords: ['RUN'],
        commands: ['apk'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'RUN')
                    return;
                // a cache or tmpfs mount keeps the index out of the layer
                const targets = (0,mounts/* scratchMountTargets */.QD)(ins);
                if (targets.some((t) => t === APK_CACHE || t === '/var/cache'))
                    return;
                for (const call of apkAdds(ins.shell)) {
                    // `--no-network` installs from what is already there: no index is fetched
                    if ((0,shell/* hasFlag */.Lt)(call.cmd, '--no-cache', '--no-network'))
                        continue;
                    context.report({
                        at: (0,support_edits/* commandUpTo */._N)(context.file, call.cmd, call.sub),
                        message: 'Use `apk add --no-cache`: it fetches a fresh index and keeps nothing in /var/cache/apk.',
                        fix: { description: 'Add --no-cache', edits: [(0,support_edits/* insertAfter */.WH)(call.sub, '--no-cache')] },
                    });
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3020.js



// flags only ADD understands: with them the instruction cannot become COPY
const ADD_ONLY_FLAGS = new Set(['checksum', 'keep-git-dir', 'unpack']);
/** ADD also downloads URLs and unpacks archives; for plain files COPY says what happens and nothing more. */
const DL3020 = {
    meta: {
        code: 'DL3020',
        name: 'copy-not-add',
        severity: 'error',
        category: 'correctness',
        fixable: true,
        description: 'Use COPY instead of ADD for files and folders.',
        docs: 'docs/rules/DL3020.md',
        keywords: ['ADD'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'ADD')
                    return;
                const { sources } = (0,copy_args/* copyArgs */.H)(ins);
                const plain = sources.filter((s) => !isUrl(s.value) && !isArchive(s.value));
                if (plain.length === 0)
                    return;
                const fix = toCopy(context.file, ins, sources.length === plain.length);
                context.report({
                    at: (0,support_edits/* keywordSpan */.EP)(context.file, ins),
                    message: `Use COPY instead of ADD for ${plain.map((s) => `"${s.value}"`).join(', ')}: ADD is for URLs and archives to unpack.`,
                    ...(fix ? { fix } : {}),
                });
            },
        };
    },
};
/** ADD → COPY changes nothing when no source is a URL, an archive, or a variable that could be either. */
function toCopy(file, ins, allPlain) {
    if (!allPlain || ins.flags.some((f) => ADD_ONLY_FLAGS.has(f.name)))
        return undefined;
    if ((0,copy_args/* copyArgs */.H)(ins).sources.some((s) => s.value.includes('$')))
        return undefined;
    const at = (0,support_edits/* keywordSpan */.EP)(file, ins);
    return { description: 'Replace ADD with COPY', edits: [{ start: at.start, end: at.end, text: 'COPY' }] };
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3021.js

/** With several sources the destination must be a directory, spelled with a trailing slash, or the build fails. */
const DL3021 = {
    meta: {
        code: 'DL3021',
        name: 'copy-multiple-sources-to-dir',
        severity: 'error',
        category: 'correctness',
        fixable: true,
        description: 'COPY with more than one source requires the destination to end with /.',
        docs: 'docs/rules/DL3021.md',
        keywords: ['COPY'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'COPY')
                    return;
                const { sources, dest } = (0,copy_args/* copyArgs */.H)(ins);
                if (sources.length < 2 || !dest || /[/\\]$/.test(dest.value) || dest.value.includes('$'))
                    return;
                // several literal sources can only go into a directory: the slash states what the build requires
                const literal = sources.every((s) => !/[*?[]/.test(s.value)) && ins.args[0] !== '[';
                const raw = context.file.text.slice(dest.span.start, dest.span.end);
                // inside the closing quote of `"dir"`
                const at = /["']$/.test(raw) ? dest.span.end - 1 : dest.span.end;
                const fix = literal
                    ? { description: 'End the destination with /', edits: [{ start: at, end: at, text: '/' }] }
                    : undefined;
                context.report({
                    at: dest.span,
                    message: `COPY with ${sources.length} sources needs a directory destination ending in "/": use "${dest.value}/".`,
                    ...(fix ? { fix } : {}),
                });
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3022.js

/** `COPY --from=name` with no earlier stage of that name pulls an image called `name` instead: a typo ships. */
const DL3022 = {
    meta: {
        code: 'DL3022',
        name: 'copy-from-known-stage',
        severity: 'warning',
        category: 'correctness',
        fixable: false,
        description: 'COPY --from should reference a previously defined FROM alias or stage number.',
        docs: 'docs/rules/DL3022.md',
        keywords: ['COPY'],
    },
    create(context) {
        // the first stage of each name, found once per file (a scan of the earlier stages per COPY was quadratic)
        let firstOfName;
        const definedBefore = (name, stage) => {
            if (firstOfName === undefined) {
                firstOfName = new Map();
                for (const s of context.file.stages)
                    if (s.name !== undefined && !firstOfName.has(s.name))
                        firstOfName.set(s.name, s.index);
            }
            const first = firstOfName.get(name);
            return first !== undefined && first < stage;
        };
        return {
            instruction(ins) {
                if (ins.keyword !== 'COPY' || ins.onbuild)
                    return;
                const flag = ins.flags.find((f) => f.name === 'from');
                const ref = flag?.value;
                if (!flag || !ref || ref.includes('$') || (0,support_images/* looksLikeImage */.Ng)(ref))
                    return;
                const earlier = Math.max(ins.stage, 0);
                if (/^\d+$/.test(ref) ? Number(ref) < earlier : definedBefore(ref.toLowerCase(), earlier))
                    return;
                // the stage's own name is DL3023's business
                if (context.file.stages[ins.stage]?.name === ref.toLowerCase() || Number(ref) === ins.stage)
                    return;
                context.report({
                    at: flag,
                    message: `COPY --from=${ref} names no earlier stage: define \`FROM … AS ${ref}\` before it, or give a full image reference.`,
                });
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3023.js
/** A stage cannot copy from itself: the build fails with a dependency cycle. */
const DL3023 = {
    meta: {
        code: 'DL3023',
        name: 'copy-from-self',
        severity: 'error',
        category: 'correctness',
        fixable: false,
        description: 'COPY --from cannot reference its own FROM alias.',
        docs: 'docs/rules/DL3023.md',
        keywords: ['COPY'],
    },
    create(context) {
        return {
            instruction(ins, stage) {
                if (ins.keyword !== 'COPY' || ins.onbuild || !stage)
                    return;
                const flag = ins.flags.find((f) => f.name === 'from');
                const ref = flag?.value?.toLowerCase();
                if (!flag || !ref)
                    return;
                if (ref !== stage.name && ref !== String(stage.index))
                    return;
                context.report({
                    at: flag,
                    message: `COPY --from=${flag.value} references the stage it is in: copy from an earlier stage.`,
                });
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3024.js
/** Two stages with one name: `--from` and `--target` silently pick one of them. */
const DL3024 = {
    meta: {
        code: 'DL3024',
        name: 'unique-stage-names',
        severity: 'error',
        category: 'correctness',
        fixable: false,
        description: 'FROM aliases (stage names) must be unique.',
        docs: 'docs/rules/DL3024.md',
        keywords: ['FROM'],
    },
    create(context) {
        const seen = new Map();
        return {
            instruction(ins, stage) {
                if (ins.keyword !== 'FROM' || ins.onbuild || !stage?.name || stage.from !== ins)
                    return;
                const first = seen.get(stage.name);
                if (first === undefined) {
                    seen.set(stage.name, ins.line);
                    return;
                }
                const word = ins.words.findLast((w) => w.value.toLowerCase() === stage.name) ?? ins;
                context.report({
                    at: word,
                    message: `Stage name "${stage.name}" is already used on line ${first}: give each stage its own name.`,
                });
            },
        };
    },
};

// EXTERNAL MODULE: ./.tmp/package/lib/src/lint/rules/DL3025.js
var DL3025 = __webpack_require__(8949);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3026.js


/** Images from registries outside the allowed list bypass whatever review those registries get. */
const DL3026 = {
    meta: {
        code: 'DL3026',
        name: 'trusted-registry',
        severity: 'error',
        category: 'security',
        fixable: false,
        description: 'Use only images from the trusted registries (setting `trustedRegistries`).',
        docs: 'docs/rules/DL3026.md',
        keywords: ['FROM', 'COPY', 'RUN'],
    },
    create(context) {
        const trusted = context.settings.trustedRegistries;
        const stageNames = new Set();
        const check = (image, at) => {
            if (image === '' ||
                image.includes('$') ||
                image.toLowerCase() === 'scratch' ||
                stageNames.has(image.toLowerCase()))
                return;
            const { registry } = (0,support_images/* parseImageRef */.Q)(image);
            if (trusted.some((pattern) => registryMatches(pattern, registry)))
                return;
            context.report({
                at,
                message: `Image "${image}" comes from registry "${registry}", which is not in trustedRegistries (${trusted.join(', ')}).`,
            });
        };
        return {
            instruction(ins, stage) {
                if (trusted.length === 0 || ins.onbuild)
                    return;
                if (ins.keyword === 'FROM' && stage?.from === ins) {
                    if (!stage.fromStage)
                        check(stage.resolvedImage, ins.words[0] ?? ins);
                    if (stage.name)
                        stageNames.add(stage.name);
                    return;
                }
                // `--from` names a stage, a stage number, or an image
                const fromImage = (ref, at) => {
                    if (ref && !/^\d+$/.test(ref) && ((0,support_images/* looksLikeImage */.Ng)(ref) || !stageNames.has(ref.toLowerCase())))
                        check(ref, at);
                };
                if (ins.keyword === 'COPY') {
                    const flag = ins.flags.find((f) => f.name === 'from');
                    if (flag)
                        fromImage(flag.value, flag);
                }
                if (ins.keyword === 'RUN') {
                    for (const mount of (0,mounts/* mountsOf */.cS)(ins))
                        fromImage(mount.from, mount.flag);
                }
            },
        };
    },
};
/** `docker.io` also covers the Docker Hub aliases; `*.example.com` covers subdomains; `*` covers all. */
function registryMatches(pattern, registry) {
    const p = pattern.toLowerCase();
    if (p === '*' || p === registry)
        return true;
    if (p.startsWith('*.'))
        return registry.endsWith(p.slice(1));
    const hub = ['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com'];
    return hub.includes(p) && hub.includes(registry);
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3027.js




// subcommands apt-get has with the same meaning; others (`list`, `search`, `full-upgrade`, `upgrade`) differ
const SAME_IN_APT_GET = new Set([
    'install',
    'update',
    'remove',
    'purge',
    'autoremove',
    'clean',
    'autoclean',
    'source',
    'build-dep',
    'download',
    'satisfy',
    'dist-upgrade',
    'check',
    'changelog',
]);
/** `apt` is for people at a terminal: its output and options may change between releases, apt-get's do not. */
const DL3027 = {
    meta: {
        code: 'DL3027',
        name: 'use-apt-get',
        severity: 'warning',
        category: 'correctness',
        fixable: true,
        description: 'Do not use apt in scripts; use apt-get or apt-cache.',
        docs: 'docs/rules/DL3027.md',
        keywords: ['RUN'],
        commands: ['apt'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'RUN')
                    return;
                for (const cmd of (0,shell/* findCommands */.uU)(ins.shell, 'apt')) {
                    const word = cmd.words.find((w) => w.value === 'apt' || w.value.endsWith('/apt'));
                    if (!word)
                        continue;
                    const sub = (0,shell/* positionalArgs */.EK)(cmd, APT_VALUE_FLAGS)[0]?.value;
                    const fixable = sub !== undefined && SAME_IN_APT_GET.has(sub) && word.raw === word.value;
                    context.report({
                        at: (0,support_edits/* wordSpan */.BW)(context.file, word),
                        message: 'Use apt-get (or apt-cache) instead of apt: apt has no stable command-line interface for scripts.',
                        ...(fixable
                            ? {
                                fix: {
                                    description: 'Use apt-get',
                                    edits: [{ start: word.start, end: word.end, text: `${word.value}-get` }],
                                },
                            }
                            : {}),
                    });
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3028.js



// gem install options that take a separate value
const DL3028_VALUE_FLAGS = new Set([
    '-v',
    '--version',
    '-i',
    '--install-dir',
    '-n',
    '--bindir',
    '--platform',
    '-s',
    '--source',
    '-p',
    '--http-proxy',
    '--build-root',
    '--document',
    '-P',
    '--trust-policy',
    '-g',
    '--file',
    '--target-rbconfig',
]);
// bare gem install options; an unknown `--option` is taken to consume the next word (native build flags)
const BARE_FLAGS = new Set([
    '-N',
    '--no-document',
    '--no-ri',
    '--no-rdoc',
    '--user-install',
    '--no-user-install',
    '--conservative',
    '--minimal-deps',
    '-f',
    '--force',
    '--no-force',
    '--prerelease',
    '--pre',
    '--no-prerelease',
    '-E',
    '--env-shebang',
    '--ignore-dependencies',
    '--development',
    '--development-all',
    '-q',
    '--quiet',
    '-V',
    '--verbose',
    '--clear-sources',
    '--lock',
    '--no-lock',
    '--suggestions',
    '--no-suggestions',
    '-l',
    '--local',
    '-r',
    '--remote',
    '-b',
    '--both',
    '--default',
    '--post-install-message',
    '--no-post-install-message',
    '-w',
    '--wrappers',
    '--no-wrappers',
    '--vendor',
    '--backtrace',
    '--debug',
    '--norc',
    '--format-executable',
    '--no-format-executable',
    '-u',
    '--update-sources',
]);
/** Unpinned gems install the newest release at build time: rebuilds differ, caches lie. */
const DL3028 = {
    meta: {
        code: 'DL3028',
        name: 'gem-pin-versions',
        severity: 'warning',
        category: 'reproducibility',
        fixable: false,
        description: 'Pin versions in gem install (`gem:version` or `-v version`).',
        docs: 'docs/rules/DL3028.md',
        keywords: ['RUN'],
        commands: ['gem'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'RUN')
                    return;
                for (const cmd of (0,shell/* findCommands */.uU)(ins.shell, 'gem')) {
                    // `name:version` pins; a local `.gem` file (or path) carries its own version
                    const loose = looseWords(context, ins, gems(cmd), (v) => v.includes(':') || v.endsWith('.gem') || v.includes('/'));
                    if (loose.length === 0)
                        continue;
                    const names = (0,shell/* valuesOf */.sm)(loose);
                    context.report({
                        at: (0,support_edits/* wordsSpan */.wC)(context.file, loose),
                        message: `Pin versions in gem install: ${names.join(', ')} (for example \`${names[0]}:<version>\`).`,
                    });
                }
            },
        };
    },
};
/** Gem names of `gem install|i …`; empty when a `-v/--version` pins them all or for other subcommands. */
function gems(cmd) {
    const args = (0,shell/* argsOf */.PL)(cmd);
    const sub = args.findIndex((w) => !w.value.startsWith('-'));
    if (sub < 0 || (args[sub].value !== 'install' && args[sub].value !== 'i'))
        return [];
    const out = [];
    for (let i = sub + 1; i < args.length; i++) {
        const v = args[i].value;
        if (v === '--')
            break; // build options for native extensions follow
        if (v === '-v' || v === '--version' || v.startsWith('--version=') || /^-v\S/.test(v))
            return [];
        if (v.startsWith('-')) {
            if (DL3028_VALUE_FLAGS.has(v) ||
                (!BARE_FLAGS.has(v) && v.startsWith('--') && !v.includes('=') && !/^-[A-Za-z]$/.test(v)))
                i++;
            continue;
        }
        out.push(args[i]);
    }
    return out;
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3029.js
// the platform variables BuildKit sets per build: using them keeps the file multi-platform
const PLATFORM_VARIABLES = /\$\{?(BUILD|TARGET)(PLATFORM|OS|ARCH|VARIANT)\b/;
/** A fixed `--platform` forces emulation on other machines and defeats multi-platform builds. */
const DL3029 = {
    meta: {
        code: 'DL3029',
        name: 'no-fixed-platform',
        severity: 'warning',
        category: 'reproducibility',
        fixable: false,
        description: 'Do not use a fixed --platform with FROM; use $BUILDPLATFORM / $TARGETPLATFORM or none.',
        docs: 'docs/rules/DL3029.md',
        keywords: ['FROM'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'FROM' || ins.onbuild)
                    return;
                const flag = ins.flags.find((f) => f.name === 'platform');
                if (!flag || PLATFORM_VARIABLES.test(flag.value ?? ''))
                    return;
                context.report({
                    at: flag,
                    message: `Do not pin FROM to --platform=${flag.value ?? ''}: pass the platform at build time, or use $BUILDPLATFORM / $TARGETPLATFORM.`,
                });
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3030.js


const INSTALLS = new Set([
    'install',
    'groupinstall',
    'localinstall',
    'reinstall',
    'update',
    'upgrade',
    'groupupdate',
]);
const DL3030_VALUE_FLAGS = [
    '-c',
    '--config',
    '--installroot',
    '--enablerepo',
    '--disablerepo',
    '-x',
    '--exclude',
    '--releasever',
    '-d',
    '-e',
];
/** Without `-y` yum asks for confirmation; with no terminal the build aborts. */
const DL3030 = {
    meta: {
        code: 'DL3030',
        name: 'yum-assume-yes',
        severity: 'warning',
        category: 'correctness',
        fixable: true,
        description: 'Use the -y switch with yum install so it never waits for confirmation.',
        docs: 'docs/rules/DL3030.md',
        keywords: ['RUN'],
        commands: ['yum'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'RUN')
                    return;
                for (const cmd of (0,shell/* findCommands */.uU)(ins.shell, 'yum')) {
                    const sub = (0,shell/* positionalArgs */.EK)(cmd, DL3030_VALUE_FLAGS)[0];
                    if (!sub || !INSTALLS.has(sub.value) || (0,shell/* hasFlag */.Lt)(cmd, '-y', '--assumeyes'))
                        continue;
                    context.report({
                        at: (0,support_edits/* commandUpTo */._N)(context.file, cmd, sub),
                        message: `Use \`yum ${sub.value} -y\`: without it yum waits for an answer the build cannot give.`,
                        fix: { description: 'Add -y', edits: [(0,support_edits/* insertAfter */.WH)(sub, '-y')] },
                    });
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/support/cleanup.js
// Package caches and their cleanup: `rm` of cache folders, installs that nothing cleans after, the rule builder.



/** The `rm` arguments of a command (paths it deletes), or [] when it is not `rm`. */
function removedPaths(cmd) {
    if ((0,shell/* commandName */.p6)(cmd) !== 'rm')
        return [];
    return (0,shell/* valuesOf */.sm)((0,shell/* argsOf */.PL)(cmd)).filter((v) => !v.startsWith('-'));
}
/** True when `cmd` is `rm` of one of `dirs` or of something inside them. */
function removesUnder(cmd, dirs) {
    return removedPaths(cmd).some((p) => dirs.some((d) => p === d || p.startsWith(d + '/') || p === d + '*'));
}
/** The last command matching `isInstall` that no command matching `isClean` follows, or undefined. */
function uncleanedInstall(commands, isInstall, isClean) {
    const installs = commands.filter(isInstall);
    const last = installs[installs.length - 1];
    if (!last)
        return undefined;
    return commands.some((c) => c.index > last.index && isClean(c)) ? undefined : last;
}
/**
 * A rule that reports the last package install of a RUN when no cache cleaning follows it in that RUN, and
 * offers to append the cleaning command after it.
 */
function cacheCleanRule(meta, spec) {
    return {
        // without an install there is nothing to clean: only the RUNs of the program
        meta: { ...meta, keywords: ['RUN'], commands: [spec.program] },
        create(context) {
            return {
                instruction(ins) {
                    if (ins.keyword !== 'RUN' || !ins.shell || (0,mounts/* hasCacheMountOver */.qD)(ins, spec.caches))
                        return;
                    const last = uncleanedInstall(ins.shell.commands, spec.isInstall, spec.isClean);
                    if (!last)
                        return;
                    const edit = (0,support_edits/* appendCommand */.mv)(last, spec.append);
                    context.report({
                        at: (0,support_edits/* commandSpan */["in"])(context.file, last),
                        message: `Run \`${spec.clean}\` after \`${spec.install}\` in the same RUN so the package cache does not ship in the layer.`,
                        ...(edit ? { fix: { description: `Append \`&& ${spec.append}\``, edits: [edit] } } : {}),
                    });
                },
            };
        },
    };
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3032.js



const YUM_CACHE = ['/var/cache/yum'];
const DL3032_INSTALLS = new Set(['install', 'groupinstall', 'localinstall', 'reinstall']);
function isYumInstall(cmd) {
    if (!(0,shell/* commandIs */.Cb)(cmd, 'yum'))
        return false;
    const [sub, next] = (0,shell/* valuesOf */.sm)((0,shell/* positionalArgs */.EK)(cmd));
    return DL3032_INSTALLS.has(sub ?? '') || (sub === 'module' && next === 'install');
}
function isYumClean(cmd) {
    if (removesUnder(cmd, YUM_CACHE))
        return true;
    if (!(0,shell/* commandIs */.Cb)(cmd, 'yum'))
        return false;
    const [sub, what] = (0,shell/* valuesOf */.sm)((0,shell/* positionalArgs */.EK)(cmd));
    return sub === 'clean' && what === 'all';
}
/** `yum install` leaves its package cache (tens of MB) in the layer unless `yum clean all` runs afterwards. */
const DL3032 = cacheCleanRule({
    code: 'DL3032',
    name: 'yum-clean-all',
    severity: 'warning',
    category: 'size',
    fixable: true,
    description: '`yum clean all` missing after `yum install` in the same RUN.',
    docs: 'docs/rules/DL3032.md',
}, {
    program: 'yum',
    caches: YUM_CACHE,
    isInstall: isYumInstall,
    isClean: isYumClean,
    install: 'yum install',
    clean: 'yum clean all',
    append: 'yum clean all',
});

// EXTERNAL MODULE: ./.tmp/package/lib/src/lint/rules/support/variables.js
var variables = __webpack_require__(7690);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/support/rpm.js
// yum, dnf and microdnf: value flags, subcommands, version-pinned specs and the pinning rule builder.



/** Flags of yum/dnf/microdnf that take the next word as their value. */
const RPM_VALUE_FLAGS = [
    '-x',
    '--exclude',
    '--enablerepo',
    '--disablerepo',
    '--repo',
    '--repoid',
    '--releasever',
    '--installroot',
    '-c',
    '--config',
    '--setopt',
    '--forcearch',
    '-d',
    '--debuglevel',
    '-e',
    '--errorlevel',
];
/** `name-1.2.3`, `name-1:1.1.1k`, `gcc-c++-1.1.1`, a `.rpm` file: an rpm package spec that names a version. */
function rpmVersionPinned(spec) {
    if (spec.endsWith('.rpm'))
        return true;
    const parts = spec.split('-');
    if (parts.length <= 1)
        return false;
    const version = parts.slice(1);
    return version.every((p) => /^[A-Za-z0-9.~^_:+]+$/.test(p)) && version.some((p) => /^\d/.test(p));
}
/** dnf/microdnf subcommands that download and install packages (aliases included). */
const DNF_INSTALLS = new Set([
    'install',
    'in',
    'reinstall',
    'rei',
    'upgrade',
    'up',
    'update',
    'upgrade-minimal',
    'up-min',
    'update-minimal',
    'groupinstall',
    'localinstall',
    'distro-sync',
    'dsync',
    'downgrade',
    'dg',
]);
/** The dnf subcommand (`group install` counts as `install`); undefined when there is none. */
function dnfSubcommand(cmd) {
    const pos = (0,shell/* valuesOf */.sm)((0,shell/* positionalArgs */.EK)(cmd, RPM_VALUE_FLAGS));
    if ((pos[0] === 'group' || pos[0] === 'module') && pos[1] !== undefined)
        return pos[1];
    return pos[0];
}
/**
 * A rule that reports each package of an rpm installer's `install` (and `module install`) without a version
 * (`name-version`) or module stream (`name:stream`): yum (DL3033), dnf and microdnf (DL3041). `shown` is the
 * program name the messages use.
 */
function rpmPinRule(meta, programs, shown) {
    return {
        // a RUN without these programs changes nothing here
        meta: { ...meta, keywords: ['RUN'], commands: programs },
        create(context) {
            const vars = (0,variables/* variableTracker */.j0)(context.file);
            return {
                instruction(ins) {
                    vars.visit(ins);
                    if (ins.keyword !== 'RUN')
                        return;
                    for (const cmd of (0,shell/* findCommands */.uU)(ins.shell, ...programs)) {
                        const pos = (0,shell/* positionalArgs */.EK)(cmd, RPM_VALUE_FLAGS);
                        const isModule = pos[0]?.value === 'module';
                        const at = isModule ? 1 : 0;
                        if (pos[at]?.value !== 'install')
                            continue;
                        for (const word of pos.slice(at + 1)) {
                            // a computed package list (`$PKGS`) is not a package to pin
                            if ((0,shell/* isExpansion */.MO)(word.raw))
                                continue;
                            const spec = (0,variables/* expand */.fT)(word.value, (n) => vars.get(n));
                            if (spec === '' || spec.startsWith('@') || spec.includes('/'))
                                continue;
                            const pinned = isModule ? spec.includes(':') : rpmVersionPinned(spec);
                            if (pinned)
                                continue;
                            context.report({
                                at: (0,support_edits/* wordSpan */.BW)(context.file, word),
                                message: isModule
                                    ? `Pin the module stream: \`${shown} module install ${word.value}:<stream>\`.`
                                    : `Pin the version of "${word.value}": \`${shown} install ${word.value}-<version>\`.`,
                            });
                        }
                    }
                },
            };
        },
    };
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3033.js

/** Unpinned `yum install` makes the image depend on the day it was built. */
const DL3033 = rpmPinRule({
    code: 'DL3033',
    name: 'yum-pin-versions',
    severity: 'warning',
    category: 'reproducibility',
    fixable: false,
    description: 'Pin package versions in `yum install` (`name-version`) and modules (`name:stream`).',
    docs: 'docs/rules/DL3033.md',
}, ['yum'], 'yum');

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3034.js


const PROMPTING = new Set([
    'install',
    'in',
    'remove',
    'rm',
    'source-install',
    'si',
    'patch',
    'update',
    'up',
    'dist-upgrade',
    'dup',
]);
/** zypper asks for confirmation; in a build nobody answers, so the build hangs or aborts. */
const DL3034 = {
    meta: {
        code: 'DL3034',
        name: 'zypper-non-interactive',
        severity: 'warning',
        category: 'correctness',
        fixable: true,
        description: 'Use `zypper --non-interactive` (or `-n`, `-y`, `--no-confirm`) for commands that prompt.',
        docs: 'docs/rules/DL3034.md',
        keywords: ['RUN'],
        commands: ['zypper'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'RUN')
                    return;
                for (const cmd of (0,shell/* findCommands */.uU)(ins.shell, 'zypper')) {
                    if (!PROMPTING.has((0,shell/* subcommand */._d)(cmd) ?? ''))
                        continue;
                    if ((0,shell/* hasFlag */.Lt)(cmd, '-n', '--non-interactive', '-y', '--no-confirm'))
                        continue;
                    // --non-interactive is a global option: it belongs right after the program name
                    const program = cmd.words.find((w) => w.value.endsWith('zypper'));
                    context.report({
                        at: (0,support_edits/* commandSpan */["in"])(context.file, cmd),
                        message: 'Add `--non-interactive` to zypper so the build never waits for an answer.',
                        fix: { description: 'Add --non-interactive', edits: [(0,support_edits/* insertAfter */.WH)(program, '--non-interactive')] },
                    });
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3035.js


/** A distribution upgrade inside a build replaces the base image's packages with whatever is newest today. */
const DL3035 = {
    meta: {
        code: 'DL3035',
        name: 'zypper-no-dist-upgrade',
        severity: 'warning',
        category: 'reproducibility',
        fixable: false,
        description: 'Do not use `zypper dist-upgrade` in a Dockerfile.',
        docs: 'docs/rules/DL3035.md',
        keywords: ['RUN'],
        commands: ['zypper'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'RUN')
                    return;
                for (const cmd of (0,shell/* findCommands */.uU)(ins.shell, 'zypper')) {
                    const sub = (0,shell/* subcommand */._d)(cmd);
                    if (sub !== 'dist-upgrade' && sub !== 'dup')
                        continue;
                    context.report({
                        at: (0,support_edits/* commandSpan */["in"])(context.file, cmd),
                        message: 'Do not run `zypper dist-upgrade` in a build: use a newer base image tag instead.',
                    });
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3036.js



const ZYPP_CACHE = ['/var/cache/zypp'];
const DL3036_INSTALLS = new Set(['install', 'in', 'source-install', 'si']);
function isZypperInstall(cmd) {
    return (0,shell/* commandIs */.Cb)(cmd, 'zypper') && DL3036_INSTALLS.has((0,shell/* positionalArgs */.EK)(cmd)[0]?.value ?? '');
}
function isZypperClean(cmd) {
    if (removesUnder(cmd, ZYPP_CACHE))
        return true;
    if (!(0,shell/* commandIs */.Cb)(cmd, 'zypper'))
        return false;
    const sub = (0,shell/* positionalArgs */.EK)(cmd)[0]?.value;
    return sub === 'clean' || sub === 'cc';
}
/** zypper keeps downloaded packages and repository metadata under /var/cache/zypp; cleaning in the same RUN drops them. */
const DL3036 = cacheCleanRule({
    code: 'DL3036',
    name: 'zypper-clean',
    severity: 'warning',
    category: 'size',
    fixable: true,
    description: '`zypper clean` missing after `zypper install` in the same RUN.',
    docs: 'docs/rules/DL3036.md',
}, {
    program: 'zypper',
    caches: ZYPP_CACHE,
    isInstall: isZypperInstall,
    isClean: isZypperClean,
    install: 'zypper install',
    clean: 'zypper clean',
    append: 'zypper clean --all',
});

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3037.js



const DL3037_VALUE_FLAGS = ['-t', '--type', '-r', '--repo', '--from', '-C', '--capability'];
/** `name=1.2`, `name>=1.2`, `name<1.2`, or an rpm file: a zypper package spec with a version. */
function zypperPinned(spec) {
    return /[=<>]/.test(spec) || spec.endsWith('.rpm');
}
/** Unpinned `zypper install` makes the image depend on the day it was built. */
const DL3037 = {
    meta: {
        code: 'DL3037',
        name: 'zypper-pin-versions',
        severity: 'warning',
        category: 'reproducibility',
        fixable: false,
        description: 'Pin package versions in `zypper install` (`name=version`).',
        docs: 'docs/rules/DL3037.md',
        keywords: ['RUN'],
        commands: ['zypper'],
    },
    create(context) {
        const vars = (0,variables/* variableTracker */.j0)(context.file);
        return {
            instruction(ins) {
                vars.visit(ins);
                if (ins.keyword !== 'RUN')
                    return;
                for (const cmd of (0,shell/* findCommands */.uU)(ins.shell, 'zypper')) {
                    const pos = (0,shell/* positionalArgs */.EK)(cmd, DL3037_VALUE_FLAGS);
                    if (pos[0]?.value !== 'install' && pos[0]?.value !== 'in')
                        continue;
                    for (const word of pos.slice(1)) {
                        if ((0,shell/* isExpansion */.MO)(word.raw))
                            continue;
                        const spec = (0,variables/* expand */.fT)(word.value, (n) => vars.get(n));
                        if (spec === '' || zypperPinned(spec))
                            continue;
                        context.report({
                            at: (0,support_edits/* wordSpan */.BW)(context.file, word),
                            message: `Pin the version of "${word.value}": \`zypper install ${word.value}=<version>\`.`,
                        });
                    }
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3038.js



/** dnf asks "Is this ok [y/N]" and, with nobody to answer, the build fails. */
const DL3038 = {
    meta: {
        code: 'DL3038',
        name: 'dnf-assume-yes',
        severity: 'warning',
        category: 'correctness',
        fixable: true,
        description: 'Use `dnf install -y` (or `--assumeyes`) so the build does not wait for confirmation.',
        docs: 'docs/rules/DL3038.md',
        keywords: ['RUN'],
        commands: ['dnf', 'microdnf'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'RUN')
                    return;
                for (const cmd of (0,shell/* findCommands */.uU)(ins.shell, 'dnf', 'microdnf')) {
                    if (!DNF_INSTALLS.has(dnfSubcommand(cmd) ?? '') || (0,shell/* hasFlag */.Lt)(cmd, '-y', '--assumeyes'))
                        continue;
                    const sub = (0,shell/* positionalArgs */.EK)(cmd, RPM_VALUE_FLAGS).find((w) => DNF_INSTALLS.has(w.value));
                    context.report({
                        at: (0,support_edits/* commandSpan */["in"])(context.file, cmd),
                        message: `Add \`-y\` to \`${cmd.words[0].value} ${sub.value}\` so the build never waits for confirmation.`,
                        fix: { description: 'Add -y', edits: [(0,support_edits/* insertAfter */.WH)(sub, '-y')] },
                    });
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3040.js






const DNF_CACHES = ['/var/cache/dnf', '/var/cache/yum', '/var/cache/libdnf5'];
function isDnfInstall(cmd) {
    return (0,shell/* commandIs */.Cb)(cmd, 'dnf', 'microdnf') && DNF_INSTALLS.has(dnfSubcommand(cmd) ?? '');
}
/** `rm` of the caches, or `clean all` by the same program that installed (dnf and microdnf keep separate state). */
function cleans(program) {
    return (cmd) => {
        if (removesUnder(cmd, DNF_CACHES))
            return true;
        if (!(0,shell/* commandIs */.Cb)(cmd, program))
            return false;
        const [sub, what] = (0,shell/* valuesOf */.sm)((0,shell/* positionalArgs */.EK)(cmd));
        return sub === 'clean' && what === 'all';
    };
}
/** dnf keeps repository metadata and downloaded packages (often 100+ MB) under /var/cache unless cleaned. */
const DL3040 = {
    meta: {
        code: 'DL3040',
        name: 'dnf-clean-all',
        severity: 'warning',
        category: 'size',
        fixable: true,
        description: '`dnf clean all` missing after `dnf install` in the same RUN.',
        docs: 'docs/rules/DL3040.md',
        keywords: ['RUN'],
        commands: ['dnf', 'microdnf'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'RUN' || !ins.shell || (0,mounts/* hasCacheMountOver */.qD)(ins, DNF_CACHES))
                    return;
                const installs = ins.shell.commands.filter(isDnfInstall);
                const program = installs.length > 0 ? (0,shell/* commandName */.p6)(installs[installs.length - 1]) : '';
                const last = uncleanedInstall(ins.shell.commands, isDnfInstall, cleans(program));
                if (!last)
                    return;
                const clean = `${(0,shell/* commandName */.p6)(last)} clean all`;
                const edit = (0,support_edits/* appendCommand */.mv)(last, clean);
                context.report({
                    at: (0,support_edits/* commandSpan */["in"])(context.file, last),
                    message: `Run \`${clean}\` after \`${(0,shell/* commandName */.p6)(last)} ${dnfSubcommand(last)}\` in the same RUN so the package cache does not ship in the layer.`,
                    ...(edit ? { fix: { description: `Append \`&& ${clean}\``, edits: [edit] } } : {}),
                });
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3041.js

/** Unpinned `dnf install` makes the image depend on the day it was built. */
const DL3041 = rpmPinRule({
    code: 'DL3041',
    name: 'dnf-pin-versions',
    severity: 'warning',
    category: 'reproducibility',
    fixable: false,
    description: 'Pin package versions in `dnf install` (`name-version`) and modules (`name:stream`).',
    docs: 'docs/rules/DL3041.md',
}, ['dnf', 'microdnf'], 'dnf');

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3042.js





const PIP_CACHES = ['/root/.cache/pip', '/root/.cache'];
const SUBCOMMANDS_THAT_CACHE = new Set(['install', 'download', 'wheel']);
/** pip's truthy/falsy spellings for PIP_NO_CACHE_DIR. */
function truthy(value) {
    return value !== undefined && ['1', 'on', 'yes', 'true'].includes(value.toLowerCase());
}
/** PIP_NO_CACHE_DIR set for this command: as a prefix assignment or by an earlier `export` in the same RUN. */
function cacheOffInScript(commands, cmd) {
    let state;
    for (const c of commands) {
        if (c.index >= cmd.index)
            break;
        if ((0,shell/* commandName */.p6)(c) !== 'export')
            continue;
        for (const w of (0,shell/* argsOf */.PL)(c))
            if (w.value.startsWith('PIP_NO_CACHE_DIR='))
                state = truthy(w.value.slice(17));
    }
    for (const a of cmd.assignments)
        if (a.value.startsWith('PIP_NO_CACHE_DIR='))
            state = truthy(a.value.slice(17));
    return state;
}
/** pip keeps every downloaded wheel in ~/.cache/pip: often tens to hundreds of MB that the image never uses. */
const DL3042 = {
    meta: {
        code: 'DL3042',
        name: 'pip-no-cache-dir',
        severity: 'warning',
        category: 'size',
        fixable: true,
        description: 'Use `pip install --no-cache-dir` so the wheel cache does not ship in the layer.',
        docs: 'docs/rules/DL3042.md',
        keywords: ['RUN'],
    },
    create(context) {
        const vars = (0,variables/* variableTracker */.j0)(context.file);
        return {
            instruction(ins) {
                vars.visit(ins);
                if (ins.keyword !== 'RUN' || !ins.shell || (0,mounts/* hasCacheMountOver */.qD)(ins, PIP_CACHES))
                    return;
                for (const cmd of ins.shell.commands) {
                    const args = pipArgs(cmd);
                    if (!args)
                        continue;
                    const sub = args.find((w) => !w.value.startsWith('-'));
                    if (!sub || !SUBCOMMANDS_THAT_CACHE.has(sub.value))
                        continue;
                    if (args.some((w) => w.value === '--no-cache-dir' || w.value.startsWith('--no-cache-dir=')))
                        continue;
                    const inScript = cacheOffInScript(ins.shell.commands, cmd);
                    if (inScript ?? truthy(vars.get('PIP_NO_CACHE_DIR')))
                        continue;
                    context.report({
                        at: (0,support_edits/* commandSpan */["in"])(context.file, cmd),
                        message: `Add \`--no-cache-dir\` to \`pip ${sub.value}\` so pip's download cache does not ship in the layer.`,
                        fix: { description: 'Add --no-cache-dir', edits: [(0,support_edits/* insertAfter */.WH)(sub, '--no-cache-dir')] },
                    });
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3043.js
const FORBIDDEN = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);
/** Docker rejects these as ONBUILD triggers, so the downstream build fails far from the cause. */
const DL3043 = {
    meta: {
        code: 'DL3043',
        name: 'onbuild-forbidden-trigger',
        severity: 'error',
        category: 'correctness',
        fixable: false,
        description: '`ONBUILD`, `FROM` and `MAINTAINER` cannot be ONBUILD triggers.',
        docs: 'docs/rules/DL3043.md',
        keywords: ['ONBUILD', 'FROM', 'MAINTAINER'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (!ins.onbuild || !FORBIDDEN.has(ins.keyword))
                    return;
                context.report({
                    at: ins,
                    message: `\`ONBUILD ${ins.keyword}\` is not allowed: Docker refuses ${ins.keyword} as an ONBUILD trigger.`,
                });
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3044.js

/** Names of the variables `$NAME` / `${NAME…}` a value refers to. */
function references(value) {
    const names = new Set();
    for (const m of value.matchAll(/\$\{([A-Za-z_]\w*)|\$([A-Za-z_]\w*)/g))
        names.add((m[1] ?? m[2]));
    return names;
}
const NO_NAMES = new Set();
/**
 * In `ENV A=1 B=$A`, `$A` is expanded before the instruction runs, so B gets A's old value (usually empty),
 * not `1`. A variable referring to itself (`PATH=/x:$PATH`) is fine: it means the previous value on purpose.
 */
const DL3044 = {
    meta: {
        code: 'DL3044',
        name: 'env-self-reference',
        severity: 'error',
        category: 'correctness',
        fixable: false,
        description: 'Do not refer to a variable defined earlier in the same ENV instruction.',
        docs: 'docs/rules/DL3044.md',
        keywords: ['ENV'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'ENV')
                    return;
                const { pairs } = (0,scope/* keyValues */.K7)(ins);
                const definedHere = new Set();
                for (const kv of pairs) {
                    // nothing defined here yet, or no `$` in the value: no reference to report
                    const refers = definedHere.size > 0 && kv.value !== null && kv.value.includes('$');
                    for (const name of refers ? references(kv.value) : NO_NAMES) {
                        if (!definedHere.has(name))
                            continue;
                        context.report({
                            at: kv.at,
                            message: `"${name}" is set earlier in this same ENV, so \`$${name}\` still has its previous value here: split the ENV.`,
                        });
                        break;
                    }
                    definedHere.add(kv.key);
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3045.js

/** The destination word of COPY (last argument; exec form `["src", "dest"]` included). */
function destination(words) {
    return words[words.length - 1];
}
function absolute(dest) {
    return dest.startsWith('/') || dest.startsWith('$') || /^[A-Za-z]:[\\/]/.test(dest);
}
/** Without WORKDIR, a relative COPY destination depends on the base image's working directory. */
const DL3045 = {
    meta: {
        code: 'DL3045',
        name: 'copy-relative-without-workdir',
        severity: 'warning',
        category: 'correctness',
        fixable: false,
        description: '`COPY` to a relative destination needs a `WORKDIR` set first.',
        docs: 'docs/rules/DL3045.md',
        keywords: ['FROM', 'WORKDIR', 'COPY'],
    },
    create(context) {
        const workdirSet = new Set();
        let current = false;
        return {
            instruction(ins, stage) {
                if (ins.keyword === 'FROM' && !ins.onbuild) {
                    const parent = (0,parse/* parentStage */.vp)(context.file, stage);
                    current = parent !== undefined && workdirSet.has(parent.index);
                }
                if (ins.keyword === 'WORKDIR')
                    current = true;
                if (stage && current)
                    workdirSet.add(stage.index);
                if (ins.keyword !== 'COPY' || current || ins.heredocs.length > 0)
                    return;
                const dest = destination(ins.words);
                if (!dest || ins.words.length < 2)
                    return;
                const value = dest.value.replace(/^\[?"?|"?\]?$/g, '');
                if (absolute(value) || absolute(dest.raw.replace(/^\[?["']?/, '')))
                    return;
                context.report({
                    at: dest,
                    message: `COPY to the relative path "${value}" with no WORKDIR set: set a WORKDIR or use an absolute path.`,
                });
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3046.js


/** The UID given with -u/--uid, or undefined. */
function uidOf(words) {
    for (let i = 0; i < words.length; i++) {
        const w = words[i];
        if (w === '-u' || w === '--uid')
            return words[i + 1];
        if (w.startsWith('--uid='))
            return w.slice(6);
        if (/^-u\d/.test(w))
            return w.slice(2);
    }
    return undefined;
}
/** useradd reserves lastlog/faillog entries up to the UID: a large UID makes a sparse file of gigabytes. */
const DL3046 = {
    meta: {
        code: 'DL3046',
        name: 'useradd-no-log-init',
        severity: 'warning',
        category: 'size',
        fixable: true,
        description: '`useradd` with a large UID needs `-l` (`--no-log-init`) to avoid a huge lastlog file.',
        docs: 'docs/rules/DL3046.md',
        keywords: ['RUN'],
        commands: ['useradd'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'RUN')
                    return;
                for (const cmd of (0,shell/* findCommands */.uU)(ins.shell, 'useradd')) {
                    const uid = uidOf((0,shell/* valuesOf */.sm)((0,shell/* argsOf */.PL)(cmd)));
                    if (uid === undefined || !/^\d{6,}$/.test(uid) || (0,shell/* hasFlag */.Lt)(cmd, '-l', '--no-log-init'))
                        continue;
                    const program = cmd.words.find((w) => w.value.endsWith('useradd'));
                    context.report({
                        at: (0,support_edits/* commandSpan */["in"])(context.file, cmd),
                        message: `Add \`-l\` to useradd: UID ${uid} would otherwise grow /var/log/lastlog and faillog to a sparse file that fills the layer.`,
                        fix: { description: 'Add -l (--no-log-init)', edits: [(0,support_edits/* insertAfter */.WH)(program, '-l')] },
                    });
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3047.js


/** Long options that already keep wget's progress output short or out of the log. */
const QUIET_LONG = ['--progress', '--quiet', '--no-verbose', '--output-file', '--append-output'];
/** Short options that take a value: in a cluster such as `-qO-` the rest of the word is that value. */
const SHORT_WITH_VALUE = new Set([...'OPTtUeiBwQlDXIARY']);
function quiet(word) {
    if (QUIET_LONG.some((f) => word === f || word.startsWith(f + '=')))
        return true;
    if (word.startsWith('--') || !word.startsWith('-'))
        return false;
    const letters = word.slice(1);
    for (let i = 0; i < letters.length; i++) {
        const ch = letters[i];
        // -q quiet, -o/-a log to a file, -nv no-verbose (-n takes the next letter as its value)
        if (ch === 'q' || ch === 'o' || ch === 'a')
            return true;
        if (ch === 'n')
            return letters[i + 1] === 'v';
        if (SHORT_WITH_VALUE.has(ch))
            return false;
    }
    return false;
}
/** wget's default progress bar writes a line per few KB in a build log: megabytes of noise for a large file. */
const DL3047 = {
    meta: {
        code: 'DL3047',
        name: 'wget-progress',
        severity: 'info',
        category: 'style',
        fixable: true,
        description: 'Use `wget -nv` (or `-q`, `--progress=dot:giga`) to keep build logs short.',
        docs: 'docs/rules/DL3047.md',
        keywords: ['RUN'],
        commands: ['wget'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'RUN')
                    return;
                // in PowerShell `wget` is Invoke-WebRequest (`wget -Uri … -OutFile …`): not GNU wget
                if ((0,shell/* findCommands */.uU)(ins.shell, 'powershell', 'pwsh', 'powershell.exe', 'pwsh.exe').length > 0)
                    return;
                for (const cmd of (0,shell/* findCommands */.uU)(ins.shell, 'wget')) {
                    const args = (0,shell/* argsOf */.PL)(cmd);
                    if (args.some((w) => quiet(w.value) || /^-[A-Z][a-z]/.test(w.value)))
                        continue;
                    const program = cmd.words.find((w) => w.value.endsWith('wget'));
                    // `-nv`, not `--progress=dot:giga`: busybox wget (alpine, busybox, and images built on them whatever
                    // their name) rejects --progress and fails the build, while GNU and busybox wget both accept -nv
                    context.report({
                        at: (0,support_edits/* commandSpan */["in"])(context.file, cmd),
                        message: 'Use `wget -nv` (or `-q`, `--progress=dot:giga`) to keep the build log short.',
                        fix: { description: 'Add -nv', edits: [(0,support_edits/* insertAfter */.WH)(program, '-nv')] },
                    });
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3048.js

const RESERVED = ['com.docker.', 'io.docker.', 'org.dockerproject.'];
/** Why a label key is not valid, or null when it is. */
function labelKeyProblem(key) {
    if (key.startsWith('$'))
        return null; // the whole key comes from a variable: cannot judge
    if (RESERVED.some((ns) => key.startsWith(ns)))
        return 'uses a namespace reserved by Docker';
    if (!/^[a-z]/.test(key))
        return 'must start with a lower-case letter';
    if (!/[a-z0-9]$/.test(key))
        return 'must end with a letter or digit';
    if (/[^a-z0-9.-]/.test(key))
        return 'may only contain lower-case letters, digits, "." and "-"';
    if (/[.-]{2}/.test(key))
        return 'must not contain consecutive separators';
    return null;
}
/** Label keys follow Docker's convention so tools that read them (registries, scanners) find them. */
const DL3048 = {
    meta: {
        code: 'DL3048',
        name: 'label-key-valid',
        severity: 'style',
        category: 'style',
        fixable: false,
        description: "Label keys are lower-case reverse-DNS style names outside Docker's reserved namespaces.",
        docs: 'docs/rules/DL3048.md',
        keywords: ['LABEL'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'LABEL')
                    return;
                for (const kv of (0,scope/* keyValues */.K7)(ins).pairs) {
                    const problem = labelKeyProblem(kv.key);
                    if (problem)
                        context.report({ at: kv.at, message: `Label key "${kv.key}" ${problem}.` });
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3049.js


/** Stages that build on `stage`: FROM it, or COPY --from it. */
function consumers(file, stage) {
    return file.stages.filter((s) => s.index > stage.index &&
        ((0,parse/* parentStage */.vp)(file, s) === stage ||
            s.instructions.some((i) => i.keyword === 'COPY' &&
                i.flags.some((f) => f.name === 'from' &&
                    (f.value?.toLowerCase() === stage.name || f.value === String(stage.index))))));
}
/** Images without the labels the team requires cannot be traced (owner, source, version) once pushed. */
const DL3049 = {
    meta: {
        code: 'DL3049',
        name: 'label-required',
        severity: 'info',
        category: 'correctness',
        fixable: false,
        description: 'Every image stage carries the labels required by the label schema.',
        docs: 'docs/rules/DL3049.md',
    },
    create(context) {
        return {
            end() {
                const required = Object.keys(context.settings.labelSchema);
                const { stages } = context.file;
                if (required.length === 0 || stages.length === 0)
                    return;
                const own = stages.map((s) => new Set(s.instructions
                    .filter((i) => i.keyword === 'LABEL' && !i.onbuild)
                    .flatMap((i) => (0,scope/* keyValues */.K7)(i).pairs.map((kv) => kv.key))));
                const has = (s, key) => {
                    for (let cur = s; cur; cur = (0,parse/* parentStage */.vp)(context.file, cur))
                        if (own[cur.index].has(key))
                            return true;
                    return false;
                };
                for (const stage of stages) {
                    const users = consumers(context.file, stage);
                    for (const key of required) {
                        // a stage that only feeds a labelled stage is a build step, not a published image
                        if (has(stage, key) || users.some((u) => has(u, key)))
                            continue;
                        context.report({
                            at: stage.from,
                            message: `Label "${key}" is missing from this stage: add \`LABEL ${key}=…\`.`,
                        });
                    }
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3050.js

/** With strict labels, only the keys of the label schema are allowed: typos and ad-hoc keys are caught. */
const DL3050 = {
    meta: {
        code: 'DL3050',
        name: 'label-not-in-schema',
        severity: 'info',
        category: 'style',
        fixable: false,
        description: 'With strict labels on, every label key must be in the label schema.',
        docs: 'docs/rules/DL3050.md',
        keywords: ['LABEL'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'LABEL' || !context.settings.strictLabels)
                    return;
                for (const kv of (0,scope/* keyValues */.K7)(ins).pairs) {
                    if (kv.key in context.settings.labelSchema)
                        continue;
                    context.report({
                        at: kv.at,
                        message: `Label "${kv.key}" is not in the label schema (strict labels are on).`,
                    });
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3051.js

/** A required label set to "" satisfies the presence check but carries no information. */
const DL3051 = {
    meta: {
        code: 'DL3051',
        name: 'label-not-empty',
        severity: 'warning',
        category: 'correctness',
        fixable: false,
        description: 'Labels named in the label schema must not be empty.',
        docs: 'docs/rules/DL3051.md',
        keywords: ['LABEL'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'LABEL')
                    return;
                for (const kv of (0,scope/* keyValues */.K7)(ins).pairs) {
                    if (!(kv.key in context.settings.labelSchema) || (kv.value ?? '').trim() !== '')
                        continue;
                    context.report({ at: kv.at, message: `Label "${kv.key}" is empty: give it a value.` });
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/support/labels.js

/**
 * A rule that checks the values of labels whose schema type (`label-schema` setting) is `type`.
 * One file per rule still declares the metadata; this builds the shared visitor.
 */
function labelValueRule(meta, type, valid, expected) {
    return {
        meta: { ...meta, keywords: ['LABEL'] },
        create(context) {
            return {
                instruction(ins) {
                    if (ins.keyword !== 'LABEL')
                        return;
                    for (const kv of (0,scope/* keyValues */.K7)(ins).pairs) {
                        if (context.settings.labelSchema[kv.key] !== type || kv.value === null)
                            continue;
                        if (kv.value.includes('$') || valid(kv.value))
                            continue;
                        context.report({
                            at: kv.at,
                            message: `Label "${kv.key}" must be ${expected}; got "${kv.value}".`,
                        });
                    }
                },
            };
        },
    };
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3052.js

/** An absolute URL with a scheme (`https://…`). */
function isValid(value) {
    try {
        return new URL(value).protocol.length > 1;
    }
    catch {
        return false;
    }
}
/** A URL label that does not parse breaks links in registries and dashboards. */
const DL3052 = labelValueRule({
    code: 'DL3052',
    name: 'label-url',
    severity: 'warning',
    category: 'correctness',
    fixable: false,
    description: 'Labels typed `url` in the label schema must hold a valid URL.',
    docs: 'docs/rules/DL3052.md',
}, 'url', isValid, 'an absolute URL');

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3053.js

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
/** RFC 3339 date-time, with a valid calendar date. */
function DL3053_isValid(value) {
    return RFC3339.test(value) && !Number.isNaN(Date.parse(value.replace(' ', 'T')));
}
/** Build dates in a fixed format sort and compare correctly in every tool. */
const DL3053 = labelValueRule({
    code: 'DL3053',
    name: 'label-rfc3339',
    severity: 'warning',
    category: 'correctness',
    fixable: false,
    description: 'Labels typed `rfc3339` in the label schema must hold an RFC 3339 timestamp.',
    docs: 'docs/rules/DL3053.md',
}, 'rfc3339', DL3053_isValid, 'an RFC 3339 timestamp (2024-05-01T12:00:00Z)');

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3054.js

// The identifiers of the SPDX license list that container images use in practice; an id outside it is
// reported, so a rare but valid id needs `LicenseRef-…` or an ignore pragma (see the docs page).
const IDS = new Set(`0BSD AFL-3.0 AGPL-1.0 AGPL-3.0 AGPL-3.0-only AGPL-3.0-or-later Apache-1.0 Apache-1.1 Apache-2.0 APSL-2.0
  Artistic-1.0 Artistic-2.0 Beerware BlueOak-1.0.0 BSD-1-Clause BSD-2-Clause BSD-2-Clause-Patent BSD-3-Clause
  BSD-3-Clause-Clear BSD-4-Clause BSL-1.0 BUSL-1.1 bzip2-1.0.6 CAL-1.0 CC-BY-1.0 CC-BY-2.0 CC-BY-2.5 CC-BY-3.0
  CC-BY-4.0 CC-BY-NC-4.0 CC-BY-NC-SA-4.0 CC-BY-ND-4.0 CC-BY-SA-3.0 CC-BY-SA-4.0 CC0-1.0 CDDL-1.0 CDDL-1.1
  CECILL-2.1 CPAL-1.0 CPL-1.0 CUA-OPL-1.0 ECL-2.0 EFL-2.0 Elastic-2.0 EPL-1.0 EPL-2.0 EUPL-1.1 EUPL-1.2
  FSFAP FTL GFDL-1.3 GFDL-1.3-only GFDL-1.3-or-later GPL-1.0 GPL-1.0-only GPL-1.0-or-later GPL-2.0 GPL-2.0-only
  GPL-2.0-or-later GPL-3.0 GPL-3.0-only GPL-3.0-or-later HPND ICU IJG IPL-1.0 ISC JSON LGPL-2.0 LGPL-2.0-only
  LGPL-2.0-or-later LGPL-2.1 LGPL-2.1-only LGPL-2.1-or-later LGPL-3.0 LGPL-3.0-only LGPL-3.0-or-later Libpng
  libtiff LPL-1.02 LPPL-1.3c MirOS MIT MIT-0 MIT-CMU MPL-1.0 MPL-1.1 MPL-2.0 MPL-2.0-no-copyleft-exception
  MS-PL MS-RL MulanPSL-2.0 NCSA NTP ODbL-1.0 OFL-1.1 OpenSSL OSL-3.0 PHP-3.0 PHP-3.01 PostgreSQL PSF-2.0
  Python-2.0 Qhull Ruby SISSL SSPL-1.0 Sleepycat UPL-1.0 Unicode-3.0 Unicode-DFS-2016 Unlicense Vim W3C WTFPL
  X11 Xnet Zend-2.0 Zlib zlib-acknowledgement ZPL-2.0 ZPL-2.1`
    .split(/\s+/)
    .filter((s) => s !== '')
    .map((s) => s.toLowerCase()));
const EXCEPTIONS = /^(Classpath-exception-2\.0|LLVM-exception|GCC-exception-3\.1|Autoconf-exception-3\.0|Bison-exception-2\.2|OpenJDK-assembly-exception-1\.0|Font-exception-2\.0|Qt-LGPL-exception-1\.1|LicenseRef-[A-Za-z0-9.-]+)$/i;
/** One license id: listed, `id+`, or a `LicenseRef-…`/`DocumentRef-…:LicenseRef-…` reference. */
function licenseId(token) {
    if (/^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/.test(token))
        return true;
    return IDS.has(token.replace(/\+$/, '').toLowerCase());
}
/** An SPDX license expression: ids joined by AND/OR, `WITH` exceptions, parentheses. */
function DL3054_isValid(value) {
    const tokens = value
        .replace(/[()]/g, ' ')
        .trim()
        .split(/\s+/)
        .filter((t) => t !== '');
    let expectId = true;
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (expectId) {
            if (!licenseId(t))
                return false;
            expectId = false;
        }
        else if (t === 'WITH') {
            if (!EXCEPTIONS.test(tokens[i + 1] ?? ''))
                return false;
            i++;
        }
        else if (t === 'AND' || t === 'OR') {
            expectId = true;
        }
        else {
            return false;
        }
    }
    return tokens.length > 0 && !expectId;
}
/** A license label in SPDX form can be read by compliance scanners without guessing. */
const DL3054 = labelValueRule({
    code: 'DL3054',
    name: 'label-spdx',
    severity: 'warning',
    category: 'correctness',
    fixable: false,
    description: 'Labels typed `spdx` in the label schema must hold an SPDX license expression.',
    docs: 'docs/rules/DL3054.md',
}, 'spdx', DL3054_isValid, 'an SPDX license identifier or expression (MIT, Apache-2.0 OR MIT)');

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3055.js

/** A short or full SHA-1 commit id, or a SHA-256 one. */
function DL3055_isValid(value) {
    return /^[0-9a-f]{7,40}$/.test(value) || /^[0-9a-f]{64}$/.test(value);
}
/** A revision label must name a commit so the image can be traced to its source. */
const DL3055 = labelValueRule({
    code: 'DL3055',
    name: 'label-git-hash',
    severity: 'warning',
    category: 'correctness',
    fixable: false,
    description: 'Labels typed `hash` in the label schema must hold a git commit hash.',
    docs: 'docs/rules/DL3055.md',
}, 'hash', DL3055_isValid, 'a git commit hash (7 to 40 hex digits, or 64 for SHA-256)');

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3056.js

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;
/** MAJOR.MINOR.PATCH with optional pre-release and build metadata. */
function DL3056_isValid(value) {
    return SEMVER.test(value);
}
/** A version label in semver form lets tools order releases. */
const DL3056 = labelValueRule({
    code: 'DL3056',
    name: 'label-semver',
    severity: 'warning',
    category: 'correctness',
    fixable: false,
    description: 'Labels typed `semver` in the label schema must hold a semantic version.',
    docs: 'docs/rules/DL3056.md',
}, 'semver', DL3056_isValid, 'a semantic version (1.2.3, 2.0.0-rc.1)');

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3057.js

/** Without HEALTHCHECK, Docker and orchestrators only know the process is running, not that it answers. */
const DL3057 = {
    meta: {
        code: 'DL3057',
        name: 'healthcheck',
        // hadolint ships this rule switched off; `info` keeps it visible but below any sensible failure threshold
        severity: 'info',
        category: 'correctness',
        fixable: false,
        description: 'The final image defines a HEALTHCHECK (or disables it explicitly with `HEALTHCHECK NONE`).',
        docs: 'docs/rules/DL3057.md',
    },
    create(context) {
        return {
            end() {
                const { stages } = context.file;
                const last = stages[stages.length - 1];
                if (!last)
                    return;
                for (let s = last; s; s = (0,parse/* parentStage */.vp)(context.file, s)) {
                    if (s.instructions.some((i) => i.keyword === 'HEALTHCHECK' && !i.onbuild))
                        return;
                }
                context.report({
                    at: last.from,
                    message: 'The final image has no HEALTHCHECK: add one (or `HEALTHCHECK NONE` to say it is deliberate).',
                });
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3058.js

/** local@domain.tld, without spaces. */
function DL3058_isValid(value) {
    return /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(value);
}
/** A contact label that is not an address cannot be used to reach anyone. */
const DL3058 = labelValueRule({
    code: 'DL3058',
    name: 'label-email',
    severity: 'warning',
    category: 'correctness',
    fixable: false,
    description: 'Labels typed `email` in the label schema must hold an e-mail address.',
    docs: 'docs/rules/DL3058.md',
}, 'email', DL3058_isValid, 'an e-mail address');

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3059.js
/** Flags as written, order-insensitive: RUNs with different mounts or network cannot be merged. */
function flagKey(ins) {
    const flags = ins.flags;
    // most RUNs have no flags, some one: no array to sort for them
    if (flags.length === 0)
        return '';
    if (flags.length === 1)
        return `${flags[0].name}=${flags[0].value ?? ''}`;
    const keys = [];
    for (const f of flags)
        keys.push(`${f.name}=${f.value ?? ''}`);
    return keys.sort().join(' ');
}
/** One command per RUN; the shell form with no script counts as one too. */
function single(ins) {
    return ins.shell ? ins.shell.commands.length <= 1 : true;
}
/** Each RUN is a layer and a cache step: consecutive one-command RUNs add layers (and pull time) for nothing. */
const DL3059 = {
    meta: {
        code: 'DL3059',
        name: 'consolidate-run',
        severity: 'info',
        category: 'size',
        fixable: false,
        description: 'Consecutive one-command RUN instructions should be merged into one.',
        docs: 'docs/rules/DL3059.md',
    },
    create(context) {
        let previous;
        return {
            instruction(ins) {
                if (ins.onbuild)
                    return;
                if (ins.keyword !== 'RUN') {
                    previous = undefined;
                    return;
                }
                if (previous &&
                    single(previous) &&
                    single(ins) &&
                    flagKey(previous) === flagKey(ins) &&
                    ins.form !== 'exec' &&
                    previous.form !== 'exec') {
                    context.report({
                        at: ins,
                        message: `Merge this RUN with the one on line ${previous.line} (\`&&\`): one layer instead of two.`,
                        suggestion: `RUN ${previous.args} \\\n && ${ins.args}`,
                    });
                }
                previous = ins;
            },
        };
    },
};

// EXTERNAL MODULE: ./.tmp/package/lib/src/lint/rules/support/stages.js
var stages = __webpack_require__(3860);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3060.js






const YARN_CACHES = ['/root/.cache/yarn', '/usr/local/share/.cache/yarn', '/root/.yarn/berry/cache'];
// the program first: the arguments are only read for yarn (these run for every command of every RUN)
function isYarnInstall(cmd) {
    if (!(0,shell/* commandIs */.Cb)(cmd, 'yarn'))
        return false;
    const sub = (0,shell/* positionalArgs */.EK)(cmd)[0]?.value;
    return sub === 'install' || sub === 'add';
}
function isYarnCacheClean(cmd) {
    if (!(0,shell/* commandIs */.Cb)(cmd, 'yarn'))
        return false;
    const [sub, what] = (0,shell/* valuesOf */.sm)((0,shell/* positionalArgs */.EK)(cmd));
    return sub === 'cache' && what === 'clean';
}
/** yarn copies every package tarball into its global cache: the same bytes as node_modules, shipped twice. */
const DL3060 = {
    meta: {
        code: 'DL3060',
        name: 'yarn-cache-clean',
        severity: 'info',
        category: 'size',
        fixable: true,
        description: '`yarn cache clean` missing after `yarn install` in a stage that ends up in the image.',
        docs: 'docs/rules/DL3060.md',
        keywords: ['RUN'],
        commands: ['yarn'],
    },
    create(context) {
        // a stage that is neither the final one nor built on by it is a build stage: its cache never ships
        const shipped = (0,stages/* finalLineage */.cd)(context.file);
        return {
            instruction(ins, stage) {
                if (ins.keyword !== 'RUN' || !ins.shell || (0,mounts/* hasCacheMountOver */.qD)(ins, YARN_CACHES))
                    return;
                // ONBUILD triggers run in whatever image builds FROM this one: they always ship
                if (stage && !ins.onbuild && !shipped.has(stage.index))
                    return;
                const last = uncleanedInstall(ins.shell.commands, isYarnInstall, isYarnCacheClean);
                if (!last)
                    return;
                const edit = (0,support_edits/* appendCommand */.mv)(last, 'yarn cache clean');
                context.report({
                    at: (0,support_edits/* commandSpan */["in"])(context.file, last),
                    message: 'Run `yarn cache clean` after `yarn install` in the same RUN so the package cache does not ship in the layer.',
                    ...(edit ? { fix: { description: 'Append `&& yarn cache clean`', edits: [edit] } } : {}),
                });
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3061.js

/** Only ARG (and parser directives) may precede the first FROM; anything else is rejected by the builder. */
const DL3061 = {
    meta: {
        code: 'DL3061',
        name: 'from-first',
        severity: 'error',
        category: 'correctness',
        fixable: false,
        description: 'A Dockerfile starts with FROM, after optional ARG instructions.',
        docs: 'docs/rules/DL3061.md',
    },
    create(context) {
        let seenFrom = false;
        return {
            instruction(ins) {
                if (ins.keyword === 'FROM' && !ins.onbuild)
                    seenFrom = true;
                if (seenFrom || ins.keyword === 'ARG')
                    return;
                context.report({
                    at: ins,
                    // an unknown instruction's keyword is whatever the line starts with (a binary file's bytes, even)
                    message: `${(0,parse/* quoteText */.ol)(ins.keyword)} before the first FROM: only ARG may come before FROM.`,
                });
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3062.js



const GO_VALUE_FLAGS = [
    '-o',
    '-C',
    '-p',
    '-tags',
    '-ldflags',
    '-gcflags',
    '-asmflags',
    '-gccgoflags',
    '-mod',
    '-modfile',
    '-pkgdir',
    '-toolexec',
    '-exec',
    '-overlay',
    '-pgo',
    '-buildmode',
    '-compiler',
    '-installsuffix',
    '-covermode',
    '-coverpkg',
];
/** A module path with a fixed version: `@v1.2.3` or a commit, not `@latest` and not missing. */
function pinned(spec) {
    const at = spec.lastIndexOf('@');
    if (at < 0)
        return false;
    const version = spec.slice(at + 1);
    return version !== '' && version !== 'latest' && version !== 'upgrade' && version !== 'patch';
}
/** A local package (`.`, `./cmd/x`, `/src/app`) or Go file (`build.go`) is built from the context, which pins
 *  it already. */
function local(spec) {
    return spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('$') || spec.endsWith('.go');
}
/** A module path: its first element is a domain (`github.com/x/y`, `golang.org/x/tools/...`). Without a dot it
 *  is the standard library (`cmd/x`, `std`) or a package of the main module, which the context pins. */
function modulePath(spec) {
    const path = spec.replace(/@.*$/, '');
    const slash = path.indexOf('/');
    return (slash < 0 ? path : path.slice(0, slash)).includes('.');
}
/** `go install pkg@latest` builds whatever was published last: the image changes without a code change. */
const DL3062 = {
    meta: {
        code: 'DL3062',
        name: 'go-pin-versions',
        severity: 'warning',
        category: 'reproducibility',
        fixable: false,
        description: 'Pin module versions in `go install`, `go get` and `go run` (`pkg@v1.2.3`).',
        docs: 'docs/rules/DL3062.md',
        keywords: ['RUN'],
        commands: ['go'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'RUN')
                    return;
                for (const cmd of (0,shell/* findCommands */.uU)(ins.shell, 'go')) {
                    const pos = (0,shell/* positionalArgs */.EK)(cmd, GO_VALUE_FLAGS);
                    const sub = pos[0]?.value;
                    if (sub !== 'install' && sub !== 'get' && sub !== 'run')
                        continue;
                    // `go run pkg args…`: only the first positional is a package
                    const packages = sub === 'run' ? pos.slice(1, 2) : pos.slice(1);
                    // `go get -tool foobar` is a module for hadolint too, whatever its name; install and run build
                    // local and standard packages when the path names no domain
                    const loose = looseWords(context, ins, packages, (v) => local(v) || pinned(v) || (sub !== 'get' && !modulePath(v)));
                    for (const word of loose) {
                        const name = word.value.replace(/@.*$/, '');
                        context.report({
                            at: (0,support_edits/* wordSpan */.BW)(context.file, word),
                            message: `Pin the version: \`go ${sub} ${name}@<version>\` instead of "${word.value}".`,
                        });
                    }
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3063.js
const DL3063_RESERVED = new Set(['scratch', 'context']);
/** BuildKit gives `scratch` and `context` a meaning of their own, so a stage by that name is refused or shadowed. */
const DL3063 = {
    meta: {
        code: 'DL3063',
        name: 'stage-name-reserved',
        severity: 'error',
        category: 'correctness',
        fixable: false,
        description: 'Do not name a build stage `scratch` or `context`.',
        docs: 'docs/rules/DL3063.md',
        keywords: ['FROM'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'FROM' || ins.onbuild)
                    return;
                const as = ins.words.findIndex((w) => w.value.toLowerCase() === 'as');
                const name = as > 0 ? ins.words[as + 1] : undefined;
                if (!name || !DL3063_RESERVED.has(name.value.toLowerCase()))
                    return;
                context.report({
                    at: name,
                    message: `"${name.value}" is a reserved name: choose another stage name.`,
                });
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3064.js

/** Name segments (between underscores) that mark a credential; `TOKENIZERS` is not `TOKEN`. */
const SENSITIVE = /_(PASSWORD|PASSWD|PASSPHRASE|SECRETS?|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|SECRET_?KEY|CREDENTIALS?|AUTH_?KEY|CLIENT_?SECRET)_/;
/** Names that point at a credential instead of holding it (`POSTGRES_PASSWORD_FILE`, `…_CREDENTIAL_CONFIG`). */
const POINTER = /_(FILE|PATH|DIR|CONFIG|NAME)$/;
/** ARG and ENV values stay in the image history and config: anyone who can pull the image can read them. */
const DL3064 = {
    meta: {
        code: 'DL3064',
        name: 'no-secrets-in-arg-env',
        severity: 'warning',
        category: 'security',
        fixable: false,
        description: 'Do not pass credentials through ARG or ENV; use build secrets (`RUN --mount=type=secret`).',
        docs: 'docs/rules/DL3064.md',
        keywords: ['ARG', 'ENV'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'ARG' && ins.keyword !== 'ENV')
                    return;
                for (const kv of (0,scope/* keyValues */.K7)(ins).pairs) {
                    const name = kv.key.toUpperCase();
                    if (!SENSITIVE.test(`_${name}_`) || POINTER.test(name))
                        continue;
                    // an absolute path is where a credential lives, not the credential
                    if (kv.value?.startsWith('/'))
                        continue;
                    context.report({
                        at: kv.at,
                        message: `${ins.keyword} "${kv.key}" looks like a credential: it would be stored in the image; use \`RUN --mount=type=secret,id=${kv.key.toLowerCase()}\` instead.`,
                    });
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3065.js
/** `--platform=$TARGETPLATFORM` is what the builder does anyway; it only adds noise to FROM. */
const DL3065 = {
    meta: {
        code: 'DL3065',
        name: 'from-platform-redundant',
        severity: 'warning',
        category: 'style',
        fixable: true,
        description: '`FROM --platform=$TARGETPLATFORM` is the default and can be removed.',
        docs: 'docs/rules/DL3065.md',
        keywords: ['FROM'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'FROM')
                    return;
                const flag = ins.flags.find((f) => f.name === 'platform' && (f.value === '$TARGETPLATFORM' || f.value === '${TARGETPLATFORM}'));
                if (!flag)
                    return;
                // remove the flag and the blanks after it, so `FROM --platform=… image` becomes `FROM image`
                let end = flag.end;
                while (end < context.file.text.length &&
                    (context.file.text[end] === ' ' || context.file.text[end] === '\t'))
                    end++;
                context.report({
                    at: flag,
                    message: '`--platform=$TARGETPLATFORM` is the default: remove it.',
                    fix: {
                        description: 'Remove --platform=$TARGETPLATFORM',
                        edits: [{ start: flag.start, end, text: '' }],
                    },
                });
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3066.js

/** Kubernetes' runAsNonRoot and other host-side checks can only verify a numeric user. */
const DL3066 = {
    meta: {
        code: 'DL3066',
        name: 'user-numeric',
        severity: 'info',
        category: 'security',
        fixable: false,
        description: 'Use a numeric UID (and GID) in USER so the host can verify the user is not root.',
        docs: 'docs/rules/DL3066.md',
        keywords: ['USER'],
    },
    create(context) {
        const vars = (0,variables/* variableTracker */.j0)(context.file);
        return {
            instruction(ins) {
                vars.visit(ins);
                if (ins.keyword !== 'USER')
                    return;
                const word = ins.words[0];
                if (!word)
                    return;
                const names = [...word.value.matchAll(/\$\{?([A-Za-z_]\w*)/g)].map((m) => m[1]);
                // a value from a declared ARG/ENV is decided at build time: trust it
                if (names.length > 0 && names.every((n) => vars.has(n)))
                    return;
                const value = (0,variables/* expand */.fT)(word.value, (n) => vars.get(n));
                if (/^\d+(:\d+)?$/.test(value))
                    return;
                context.report({
                    at: word,
                    message: `USER "${word.value}" is not numeric: use the UID (\`USER 10001\`, or \`USER 10001:10001\`).`,
                });
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL3067.js

/** `/` or `/.`, with the brackets, comma and quotes of an exec-form array left out. */
function DL3067_isRoot(value) {
    const path = value.replace(/^\[|\]$|,$/g, '').replace(/^"|"$/g, '');
    return path === '/' || path === '/.';
}
/** Copying a whole stage's filesystem drags in its package caches, build tools and history-free secrets. */
const DL3067 = {
    meta: {
        code: 'DL3067',
        name: 'copy-whole-filesystem',
        severity: 'warning',
        category: 'size',
        fixable: false,
        description: 'Do not `COPY --from=<stage> / /`: copy only the paths the image needs.',
        docs: 'docs/rules/DL3067.md',
        keywords: ['COPY'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'COPY' || !ins.flags.some((f) => f.name === 'from'))
                    return;
                if (ins.words.length !== 2 || !ins.words.every((w) => DL3067_isRoot(w.value)))
                    return;
                context.report({
                    at: (0,support_edits/* spanAt */.i6)(context.file, ins.words[0].start, ins.words[1].end),
                    message: 'COPY of the whole filesystem of another stage: copy only the directories you need.',
                });
            },
        };
    },
};

// EXTERNAL MODULE: ./.tmp/package/lib/src/lint/rules/DL4000.js
var DL4000 = __webpack_require__(9587);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL4001.js


/** Two download tools in one image: two sets of libraries (curl alone pulls in libcurl and its TLS stack). */
const DL4001 = {
    meta: {
        code: 'DL4001',
        name: 'wget-or-curl',
        severity: 'warning',
        category: 'size',
        fixable: false,
        description: 'Use either wget or curl in a stage, not both.',
        docs: 'docs/rules/DL4001.md',
        keywords: ['FROM', 'RUN'],
        commands: ['wget', 'curl'],
    },
    create(context) {
        let seen = new Set();
        return {
            instruction(ins) {
                if (ins.keyword === 'FROM' && !ins.onbuild)
                    seen = new Set();
                if (ins.keyword !== 'RUN')
                    return;
                const used = (0,shell/* findCommands */.uU)(ins.shell, 'wget', 'curl');
                if (used.length === 0)
                    return;
                for (const c of used)
                    seen.add(c.words[0].value.replace(/^.*\//, ''));
                if (!(seen.has('wget') && seen.has('curl')))
                    return;
                context.report({
                    at: (0,support_edits/* commandSpan */["in"])(context.file, used[0]),
                    message: 'This stage uses both wget and curl: pick one so the image carries one download tool.',
                });
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/support/builders.js


/**
 * A rule for instructions of which only the last in a stage takes effect (CMD, ENTRYPOINT): reports each later one
 * and offers to delete the overridden earlier one.
 */
function lastOneWinsRule(meta, keyword) {
    return {
        meta: { ...meta, keywords: ['FROM', keyword] },
        create(context) {
            let previous;
            return {
                instruction(ins) {
                    if (ins.onbuild)
                        return;
                    if (ins.keyword === 'FROM')
                        previous = undefined;
                    if (ins.keyword !== keyword)
                        return;
                    if (previous) {
                        context.report({
                            at: ins,
                            message: `Several ${keyword} instructions in one stage: the one on line ${previous.line} has no effect.`,
                            fix: {
                                description: `Remove the overridden ${keyword} on line ${previous.line}`,
                                edits: [(0,support_edits/* wholeLines */.zo)(context.file, previous)],
                            },
                        });
                    }
                    previous = ins;
                },
            };
        },
    };
}
/**
 * The `create` of a rule that judges each stage as a whole once the file is read (rules that look ahead to later
 * RUNs of the stage, or at the stage's base): `check` runs after the last instruction, for every stage in file
 * order, or with `final` only for the stages the final image is built on (a builder stage ships only what is
 * copied out of it).
 */
function eachStage(check, options = {}) {
    return (context) => ({
        end() {
            const lineage = options.final ? (0,stages/* finalLineage */.cd)(context.file) : undefined;
            for (const stage of context.file.stages)
                if (!lineage || lineage.has(stage.index))
                    check(stage, context);
        },
    });
}
/** The `create` of a rule that judges the final image as a whole: `check` runs once, after the last instruction,
 *  with the stages of its lineage in file order (none for a file without FROM). */
function finalImage(check) {
    return (context) => ({
        end() {
            const lineage = (0,stages/* finalLineage */.cd)(context.file);
            check(context.file.stages.filter((s) => lineage.has(s.index)), context);
        },
    });
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL4003.js

/** Only the last CMD of a stage takes effect; earlier ones mislead the reader. */
const DL4003 = lastOneWinsRule({
    code: 'DL4003',
    name: 'single-cmd',
    severity: 'warning',
    category: 'correctness',
    fixable: true,
    description: 'Use one CMD per stage: only the last one takes effect.',
    docs: 'docs/rules/DL4003.md',
}, 'CMD');

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL4004.js

/** Only the last ENTRYPOINT of a stage takes effect; earlier ones mislead the reader. */
const DL4004 = lastOneWinsRule({
    code: 'DL4004',
    name: 'single-entrypoint',
    severity: 'error',
    category: 'correctness',
    fixable: true,
    description: 'Use one ENTRYPOINT per stage: only the last one takes effect.',
    docs: 'docs/rules/DL4004.md',
}, 'ENTRYPOINT');

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL4005.js


/** Replacing /bin/sh with a link changes the shell for every later program in the image, not just the build. */
const DL4005 = {
    meta: {
        code: 'DL4005',
        name: 'use-shell-instruction',
        severity: 'warning',
        category: 'correctness',
        fixable: false,
        description: 'Use SHELL to change the default shell instead of linking /bin/sh.',
        docs: 'docs/rules/DL4005.md',
        keywords: ['RUN'],
        commands: ['ln'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword !== 'RUN')
                    return;
                for (const cmd of (0,shell/* findCommands */.uU)(ins.shell, 'ln')) {
                    const pos = (0,shell/* positionalArgs */.EK)(cmd, ['-t', '--target-directory', '-S', '--suffix']);
                    if (pos[pos.length - 1]?.value !== '/bin/sh')
                        continue;
                    const target = pos.length > 1 ? pos[0].value : '/bin/bash';
                    context.report({
                        at: (0,support_edits/* commandSpan */["in"])(context.file, cmd),
                        message: 'Do not replace /bin/sh with a link: use the SHELL instruction to change the shell of RUN.',
                        suggestion: `SHELL ["${target}", "-c"]`,
                    });
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/DL4006.js



const PIPEFAIL_SHELLS = new Set(['bash', 'zsh', 'ash', 'ksh', 'mksh']);
const NON_POSIX = /^(pwsh|powershell|cmd)(\.exe)?$/i;
function shellState(ins) {
    const words = (0,shell/* valuesOf */.sm)(ins.words);
    const program = (words[0] ?? '').replace(/^.*[\\/]/, '');
    if (NON_POSIX.test(program))
        return 'non-posix';
    if (!PIPEFAIL_SHELLS.has(program))
        return 'plain';
    for (let i = 1; i < words.length - 1; i++) {
        if (/^-[a-z]*o$/.test(words[i]) && words[i + 1] === 'pipefail')
            return 'pipefail';
    }
    return 'plain';
}
/** `set -o pipefail` (or `set -eo pipefail`, `set -euxo pipefail`) earlier in the same script. */
function setsPipefail(commands, before) {
    return commands.some((c) => {
        if (c.index >= before || (0,shell/* commandName */.p6)(c) !== 'set')
            return false;
        const args = (0,shell/* valuesOf */.sm)((0,shell/* argsOf */.PL)(c));
        return args.some((a, i) => /^-[a-z]*o$/.test(a) && args[i + 1] === 'pipefail');
    });
}
/** Without pipefail, `curl … | tar x` succeeds even when the download fails, and the build ships a broken layer. */
const DL4006 = {
    meta: {
        code: 'DL4006',
        name: 'pipefail',
        severity: 'warning',
        category: 'correctness',
        fixable: false,
        description: 'Set `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before a RUN that uses a pipe.',
        docs: 'docs/rules/DL4006.md',
        keywords: ['FROM', 'SHELL', 'RUN'],
    },
    create(context) {
        const byStage = new Map();
        let state = 'plain';
        return {
            instruction(ins, stage) {
                if (ins.onbuild)
                    return;
                if (ins.keyword === 'FROM') {
                    // SHELL is image config: a stage built FROM another stage inherits it
                    const parent = (0,parse/* parentStage */.vp)(context.file, stage);
                    state = parent ? (byStage.get(parent.index) ?? 'plain') : 'plain';
                }
                else if (ins.keyword === 'SHELL') {
                    state = shellState(ins);
                }
                if (stage)
                    byStage.set(stage.index, state);
                if (ins.keyword !== 'RUN' || !ins.shell || state !== 'plain')
                    return;
                const pipeStart = ins.shell.commands.find((c) => c.after === '|' && c.before !== '|');
                if (!pipeStart || setsPipefail(ins.shell.commands, pipeStart.index))
                    return;
                let pipeEnd = pipeStart;
                for (const c of ins.shell.commands.slice(pipeStart.index + 1)) {
                    pipeEnd = c;
                    if (c.after !== '|')
                        break;
                }
                const ash = /alpine|busybox/i.test(stage?.resolvedImage ?? '');
                context.report({
                    at: (0,support_edits/* spanAt */.i6)(context.file, pipeStart.start, pipeEnd.end),
                    message: 'A pipe hides the failure of every command but the last: set pipefail with a SHELL instruction first.',
                    suggestion: ash
                        ? 'SHELL ["/bin/ash", "-eo", "pipefail", "-c"]'
                        : 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
                });
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/support/script-shape.js
// The shape of a RUN script as far as merging and appending are concerned: where its top-level list breaks,
// whether a shell comment would swallow appended text, and which commands change the shell's own state (cd,
// set, export…) so that a command joined after them would behave differently. It reads the logical argument
// text (`Instruction.args`: continuations joined), tracking quotes, substitutions and compound commands.

/** Builtins whose effect outlives the command: joined commands would run in a changed shell. */
const STATE_COMMANDS = new Set([
    '.',
    'alias',
    'cd',
    'declare',
    'eval',
    'exec',
    'exit',
    'export',
    'getopts',
    'hash',
    'let',
    'local',
    'popd',
    'pushd',
    'read',
    'readonly',
    'return',
    'set',
    'shift',
    'shopt',
    'source',
    'trap',
    'typeset',
    'ulimit',
    'umask',
    'unalias',
    'unset',
    'wait',
]);
const OPENERS = new Set(['if', 'while', 'until', 'for', 'case', 'select']);
const CLOSERS = new Set(['fi', 'done', 'esac']);
const CONTINUE_COMMAND = new Set(['then', 'do', 'else', 'elif', '!', 'time', 'in']);
// Sticky: tested at an index of the whole text (as `^…` on the rest of it, without slicing the rest off).
/** What may follow an assignment that stands alone (no command after it). */
const STANDALONE = /[ \t]*(?:&&|\|\||;|\n|&|\||\)|$)/y;
/** `()` after a word: a function definition. */
const FUNCTION_PARENS = /\s*\(\s*\)/y;
/** A quote at the start or the end of a word. */
const QUOTE_AT_EDGE = /^["']|["']$/;
function scanScript(text) {
    const shape = {
        hasComment: false,
        topLevelList: false,
        topLevelOr: false,
        trailingOperator: false,
        background: false,
        stateChanges: [],
        functionDefinition: false,
        unbalanced: false,
    };
    const stack = [];
    let atCommand = true;
    let lastToken = 'andor';
    let i = 0;
    const n = text.length;
    const subshellDepth = () => stack.filter((f) => f === 'subshell').length;
    while (i < n) {
        const c = text[i];
        if (c === ' ' || c === '\t') {
            i++;
            continue;
        }
        if (c === '#') {
            shape.hasComment = true;
            while (i < n && text[i] !== '\n')
                i++;
            continue;
        }
        // the two-character operators, compared character by character (no string per token)
        const next = text[i + 1];
        if ((c === '&' || c === '|') && next === c) {
            if (c === '|' && stack.length === 0)
                shape.topLevelOr = true;
            i += 2;
            atCommand = true;
            lastToken = 'andor';
            continue;
        }
        if (c === ';' && (next === ';' || next === '&')) {
            i += 2;
            atCommand = true;
            lastToken = 'andor';
            continue;
        }
        if (c === ';' || c === '\n' || c === '&') {
            if (c === '&')
                shape.background = true;
            if (stack.length === 0)
                shape.topLevelList = true;
            i++;
            atCommand = true;
            lastToken = c === '\n' ? 'andor' : 'list-op';
            continue;
        }
        if (c === '|') {
            i += text[i + 1] === '&' ? 2 : 1;
            atCommand = true;
            lastToken = 'andor';
            continue;
        }
        if (c === '(' && atCommand) {
            stack.push('subshell');
            i++;
            continue;
        }
        if (c === ')') {
            const top = stack.length > 0 ? stack[stack.length - 1] : undefined;
            if (top === 'case') {
                // the end of a case pattern: a command follows
                atCommand = true;
            }
            else if (top === 'subshell') {
                stack.pop();
                atCommand = false;
            }
            else {
                shape.unbalanced = true;
            }
            i++;
            lastToken = 'word';
            continue;
        }
        if (c === '<' || c === '>') {
            // a redirection operator: its target is an ordinary word, not a command
            while (i < n && /[<>&|-]/.test(text[i]))
                i++;
            while (i < n && (text[i] === ' ' || text[i] === '\t'))
                i++;
            const end = readWord(text, i);
            if (end < 0) {
                shape.unbalanced = true;
                break;
            }
            i = end;
            lastToken = 'word';
            continue;
        }
        const end = readWord(text, i);
        if (end < 0) {
            shape.unbalanced = true;
            break;
        }
        if (end === i) {
            // a stray metacharacter (`(` after a word): skip it, it starts no command
            i++;
            continue;
        }
        const start = i;
        i = end;
        lastToken = 'word';
        if (!atCommand) {
            // only `in` (of a case) matters among the arguments: no string for the others
            if (end - start === 2 &&
                text.startsWith('in', start) &&
                stack.length > 0 &&
                stack[stack.length - 1] === 'case')
                atCommand = true;
            continue;
        }
        const word = text.slice(start, end);
        if (/^[A-Za-z_][A-Za-z0-9_]*\+?=/.test(word)) {
            // an assignment prefix: the command name (if any) comes next
            STANDALONE.lastIndex = i;
            const standalone = STANDALONE.test(text);
            if (standalone && subshellDepth() === 0)
                shape.stateChanges.push(word.slice(0, word.indexOf('=')) + '=');
            continue;
        }
        if (OPENERS.has(word)) {
            stack.push(word === 'case' ? 'case' : 'block');
            atCommand = word === 'if' || word === 'while' || word === 'until';
            continue;
        }
        if (CLOSERS.has(word)) {
            const top = stack.pop();
            if (top === undefined || top === 'subshell' || top === 'brace')
                shape.unbalanced = true;
            atCommand = false;
            continue;
        }
        if (word === '{') {
            stack.push('brace');
            continue;
        }
        if (word === '}') {
            if (stack.pop() !== 'brace')
                shape.unbalanced = true;
            atCommand = false;
            continue;
        }
        if (CONTINUE_COMMAND.has(word))
            continue;
        FUNCTION_PARENS.lastIndex = i;
        if (FUNCTION_PARENS.test(text) || word.endsWith('()')) {
            shape.functionDefinition = true;
            atCommand = false;
            continue;
        }
        const name = QUOTE_AT_EDGE.test(word) ? word.replace(/^["']|["']$/g, '') : word;
        if (STATE_COMMANDS.has(name) && subshellDepth() === 0)
            shape.stateChanges.push(name);
        atCommand = false;
    }
    if (stack.length > 0)
        shape.unbalanced = true;
    shape.trailingOperator = lastToken === 'list-op';
    return shape;
}
/** The characters (by code, below 128) readWord does more with than step over. */
const WORD_BREAKS = (0,shell/* codeTable */.MJ)(' \t\n;|&<>()\\\'"`$');
/** End index of the word starting at `i` (quotes and substitutions included), or -1 when a quote never closes. */
function readWord(text, i) {
    const n = text.length;
    while (i < n) {
        // an ordinary character (most of them): one table look-up instead of the tests below
        if (!WORD_BREAKS[text.charCodeAt(i)]) {
            i++;
            continue;
        }
        const c = text[i];
        if (c === ' ' ||
            c === '\t' ||
            c === '\n' ||
            c === ';' ||
            c === '|' ||
            c === '&' ||
            c === '<' ||
            c === '>') {
            return i;
        }
        if (c === '(' || c === ')') {
            if (c === '(' && /[$<>=@?*+!]/.test(text[i - 1] ?? '')) {
                const close = matchParen(text, i);
                if (close < 0)
                    return -1;
                i = close + 1;
                continue;
            }
            return i;
        }
        if (c === '\\') {
            i += 2;
            continue;
        }
        if (c === "'") {
            const close = text.indexOf("'", i + 1);
            if (close < 0)
                return -1;
            i = close + 1;
            continue;
        }
        if (c === '"') {
            i++;
            while (i < n && text[i] !== '"') {
                if (text[i] === '\\')
                    i++;
                else if (text[i] === '$' && text[i + 1] === '(') {
                    const close = matchParen(text, i + 1);
                    if (close < 0)
                        return -1;
                    i = close;
                }
                i++;
            }
            if (i >= n)
                return -1;
            i++;
            continue;
        }
        if (c === '`') {
            let k = i + 1;
            while (k < n && text[k] !== '`')
                k += text[k] === '\\' ? 2 : 1;
            if (k >= n)
                return -1;
            i = k + 1;
            continue;
        }
        if (c === '$' && text[i + 1] === '{') {
            const close = text.indexOf('}', i);
            if (close < 0)
                return -1;
            i = close + 1;
            continue;
        }
        i++;
    }
    return n;
}
/** Index of the `)` closing the `(` at `open`, skipping quotes; -1 when unbalanced. */
function matchParen(text, open) {
    let depth = 0;
    for (let i = open; i < text.length; i++) {
        const c = text[i];
        if (c === '\\')
            i++;
        else if (c === "'") {
            const close = text.indexOf("'", i + 1);
            if (close < 0)
                return -1;
            i = close;
        }
        else if (c === '"') {
            let k = i + 1;
            while (k < text.length && text[k] !== '"')
                k += text[k] === '\\' ? 2 : 1;
            if (k >= text.length)
                return -1;
            i = k;
        }
        else if (c === '(')
            depth++;
        else if (c === ')') {
            depth--;
            if (depth === 0)
                return i;
        }
    }
    return -1;
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/support/merge-runs.js
// Merging consecutive RUNs: when joining them with `&&` keeps their meaning, and the edits that do it.



/**
 * Whether the RUNs from `first` to `last` (inclusive, file order) can become one RUN with `&&` joins and behave
 * the same: only RUNs in between (comments allowed), all shell form without flags or heredocs, a POSIX shell,
 * no state carried from one script into the next (cd, set -e, export…), and each later script a single and-or
 * chain so that a failure still stops the build where it did.
 */
function canMergeRuns(file, first, last) {
    if (last.index <= first.index)
        return { ok: false, reason: 'the RUNs are not in file order' };
    // the cheap checks first, and no list until they pass
    let other;
    for (let k = first.index; k <= last.index; k++) {
        const ins = file.instructions[k];
        if (ins.keyword !== 'RUN' || ins.onbuild) {
            other = ins;
            break;
        }
    }
    if (other) {
        return {
            ok: false,
            reason: `${other.onbuild ? 'ONBUILD ' : ''}${other.keyword} at line ${other.line} lies between them`,
        };
    }
    const runs = file.instructions.slice(first.index, last.index + 1);
    if (runs.some((r) => r.stage !== first.stage))
        return { ok: false, reason: 'they are in different stages' };
    // a pragma for one of the later RUNs would end up inside a continuation and stop applying to it
    const pragma = factsOf(file).pragmas.find((c) => c.line > first.line && c.line < last.line);
    if (pragma)
        return { ok: false, reason: `the ignore comment at line ${pragma.line} belongs to one of them` };
    const custom = customShell(file, first);
    if (custom)
        return { ok: false, reason: custom };
    for (let k = 0; k < runs.length; k++) {
        const run = runs[k];
        const reason = anyRunBlocker(run) ??
            (k < runs.length - 1 ? notLastBlocker(run) : null) ??
            (k > 0 ? laterRunBlocker(run) : null);
        if (reason !== null)
            return { ok: false, reason };
    }
    return { ok: true, runs };
}
/** Why `run` cannot be part of a merge at all, or null. */
function anyRunBlocker(run) {
    if (run.flags.length > 0)
        return `the RUN at line ${run.line} has --${run.flags[0].name}`;
    if (run.form !== 'shell' || run.heredocs.length > 0) {
        return `the RUN at line ${run.line} uses ${run.heredocs.length > 0 ? 'a heredoc' : 'exec form'}`;
    }
    const shape = shapeOf(run);
    if (shape.unbalanced)
        return `the RUN at line ${run.line} could not be read reliably`;
    if (shape.functionDefinition)
        return `the RUN at line ${run.line} defines a shell function`;
    return null;
}
/** Why `run` cannot be followed by the next RUN's commands, or null. */
function notLastBlocker(run) {
    const shape = shapeOf(run);
    if (shape.hasComment)
        return `the RUN at line ${run.line} ends with a shell comment`;
    if (shape.trailingOperator)
        return `the RUN at line ${run.line} ends with ; or &`;
    if (shape.background)
        return `the RUN at line ${run.line} starts a background job`;
    if (shape.stateChanges.length > 0) {
        return `the RUN at line ${run.line} changes the shell state (${shape.stateChanges[0]}) for the commands after it`;
    }
    return null;
}
/** Why `run` cannot be joined after an earlier RUN with `&&`, or null. */
function laterRunBlocker(run) {
    const shape = shapeOf(run);
    if (shape.topLevelOr) {
        return `the RUN at line ${run.line} uses || outside a group, so joining it with && would run its fallback when an earlier RUN fails`;
    }
    if (shape.topLevelList) {
        return `the RUN at line ${run.line} is a ;-list, so joining it with && would change which failures stop the build`;
    }
    return null;
}
/**
 * For a RUN of the image itself at `stage.instructions[i]`: the index of the last instruction of the stage that
 * canMergeRuns would merge it with, or `i` when none. The same verdicts as asking canMergeRuns about each growing
 * run of RUNs, but each RUN and each gap between two RUNs is looked at once (IB116 asks this of every RUN). A
 * stage's instructions follow each other in the file, so only the RUNs themselves and the gaps need checking.
 */
function lastMergeable(file, stage, i) {
    const list = stage.instructions;
    const first = list[i];
    // the cheap checks first: most RUNs are not followed by another, and their scripts need no reading then
    if (i + 1 >= list.length || !(0,stages/* isPlainRun */.aq)(list[i + 1]))
        return i;
    if (customShell(file, first) !== null || anyRunBlocker(first) !== null)
        return i;
    const pragmas = factsOf(file).pragmas;
    let j = i;
    while (j + 1 < list.length) {
        const prev = list[j];
        const next = list[j + 1];
        if (!(0,stages/* isPlainRun */.aq)(next))
            break;
        if (pragmas.some((c) => c.line > prev.line && c.line < next.line))
            break;
        if (notLastBlocker(prev) !== null || anyRunBlocker(next) !== null || laterRunBlocker(next) !== null)
            break;
        j++;
    }
    return j;
}
/** The edits that merge the RUNs `first`…`last` (assumes canMergeRuns said yes): each later RUN keyword becomes
 *  `&& ` on a continuation line; comment lines between them are kept inside the continuation. */
function mergeRunsEdits(file, runs) {
    const edits = [];
    const indent = continuationIndent(file, runs[0]);
    for (let k = 1; k < runs.length; k++) {
        const prev = runs[k - 1];
        const next = runs[k];
        const from = prev.argsSpan?.end ?? prev.end;
        const to = next.argsSpan?.start ?? next.end;
        const between = file.text.slice(from, to);
        // the comment lines between the two, each with its newline
        const lines = between.split('\n');
        let kept = '';
        for (let k = 1; k < lines.length - 1; k++)
            if (/^\s*#/.test(lines[k]))
                kept += lines[k] + '\n';
        const text = ` ${file.escape}\n${kept}${indent}&& `;
        edits.push({ start: from, end: to, text });
    }
    return edits;
}
/** A fix merging the RUNs from `first` to `last`, or the reason it cannot be done. */
function mergeRunsFix(file, first, last, description = `Merge the RUNs at lines ${first.line}–${last.line} into one`) {
    const verdict = canMergeRuns(file, first, last);
    if (!verdict.ok)
        return { reason: verdict.reason };
    return { fix: { description, edits: mergeRunsEdits(file, verdict.runs) } };
}
/** Appending `&& command` to the end of a RUN script keeps its meaning (no trailing comment or `;`). */
function canAppendTo(run) {
    if (run.keyword !== 'RUN' || run.form !== 'shell' || run.heredocs.length > 0 || !run.argsSpan)
        return false;
    const shape = shapeOf(run);
    return !shape.unbalanced && !shape.hasComment && !shape.trailingOperator && !shape.functionDefinition;
}
/** Edit appending `command` on a new continuation line at the end of a RUN (see canAppendTo). */
function appendToRunEdit(file, run, command) {
    const at = run.argsSpan.end;
    return { start: at, end: at, text: ` ${file.escape}\n${continuationIndent(file, run)}&& ${command}` };
}
/** The indentation of the RUN's continuation lines, or four spaces. */
function continuationIndent(file, run) {
    const text = file.text;
    const end = run.argsSpan?.end ?? run.end;
    // the lines after the first, up to the first indented one (usually the second): no list of all the lines
    let at = text.indexOf('\n', run.start);
    while (at >= 0 && at < end) {
        const next = text.indexOf('\n', at + 1);
        const line = text.slice(at + 1, next >= 0 && next < end ? next : end);
        at = next;
        if (/^\s*#/.test(line) || line.trim() === '')
            continue;
        const m = /^([ \t]*)/.exec(line);
        if (m[1].length > 0)
            return m[1];
    }
    return '    ';
}
/** A SHELL instruction before `ins` (or a Windows base): `&&` and `\` continuations may not mean what we think. */
function customShell(file, ins) {
    const first = factsOf(file).firstShell;
    const shell = first !== undefined && first.index < ins.index ? first : undefined;
    if (shell)
        return `the SHELL at line ${shell.line} may not be a POSIX shell`;
    const stage = file.stages[ins.stage];
    if (stage && (0,parse/* isWindowsImage */.n)(stage.resolvedImage))
        return 'the base image is Windows';
    return null;
}
// IB116 asks lastMergeable about every RUN: read the file's comments and SHELLs once.
const facts = new WeakMap();
function factsOf(file) {
    let f = facts.get(file);
    if (f === undefined) {
        f = {
            pragmas: file.comments.filter((c) => /^(hadolint|image-budget)\s+ignore\s*=/i.test(c.text)),
            firstShell: file.instructions.find((i) => i.keyword === 'SHELL'),
        };
        facts.set(file, f);
    }
    return f;
}
// lastMergeable asks about every RUN next to another, and other rules ask again: scan each script once.
const shapes = new WeakMap();
/** scanScript of the RUN's arguments, computed once per instruction (callers only read it). */
function shapeOf(run) {
    const cached = shapes.get(run);
    if (cached && cached.args === run.args)
        return cached.shape;
    const shape = scanScript(run.args);
    shapes.set(run, { args: run.args, shape });
    return shape;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/support/paths.js
// Path arithmetic for IB101: where files land, and whether a later command's path argument touches them.

/** Resolves `path` against `cwd`; null when it depends on something unknown (home directory, a `cd`). */
function resolvePath(path, cwd) {
    if (path === '' || path.startsWith('~') || /^\$\{?HOME\b/.test(path) || path.startsWith('-'))
        return null;
    if (path.startsWith('/'))
        return normalisePath(path);
    if (cwd === null)
        return null;
    return normalisePath(external_node_path_.posix.join(cwd, path));
}
function normalisePath(path) {
    // already normal (absolute, no empty, `.` or `..` segment, no trailing slash): posix.normalize would return it
    // unchanged, so skip its character walk
    if (path.charCodeAt(0) === 47 &&
        !path.includes('//') &&
        !path.includes('/.') &&
        (path.length === 1 || path.charCodeAt(path.length - 1) !== 47))
        return path;
    const n = external_node_path_.posix.normalize(path);
    return n.length > 1 ? n.replace(/\/+$/, '') : n;
}
/** A shell glob character: a path holding one names files by pattern. */
const GLOB = /[*?[]/;
/** Whether the deleter's `target` (possibly a glob) touches the created `path` (a file or a tree). `recursive`
 *  deleters reach into directories: `rm -r /tmp` touches `/tmp/x`. */
function touches(target, path, recursive) {
    if (!GLOB.test(target)) {
        if (target === path || target.startsWith(path + '/'))
            return true;
        return recursive && (target === '/' || path.startsWith(target + '/'));
    }
    const re = globToRegExp(target);
    if (re.test(path))
        return true;
    // an ancestor of the created path matched by the glob: only recursive deleters reach it
    if (recursive) {
        const parts = path.split('/');
        for (let k = parts.length - 1; k > 1; k--)
            if (re.test(parts.slice(0, k).join('/')))
                return true;
    }
    // a glob inside a created tree (`rm /app/*.log` after `COPY . /app`)
    const literal = target.slice(0, target.search(GLOB));
    return literal.startsWith(path + '/');
}
// the same glob is tested against every created path: build each RegExp once (no `g` flag, so sharing is safe)
const globCache = new Map();
function globToRegExp(glob) {
    let re = globCache.get(glob);
    if (re === undefined) {
        re = buildGlobRegExp(glob);
        if (globCache.size >= 1000)
            globCache.clear();
        globCache.set(glob, re);
    }
    return re;
}
function buildGlobRegExp(glob) {
    let out = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else if (c === '[') {
            const close = glob.indexOf(']', i + 1);
            if (close < 0)
                out += '\\[';
            else {
                out +=
                    '[' +
                        glob
                            .slice(i + 1, close)
                            .replace(/^!/, '^')
                            .replace(/\\/g, '\\\\') +
                        ']';
                i = close;
            }
        }
        else
            out += c.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    return new RegExp(`^${out}$`);
}

// EXTERNAL MODULE: ./.tmp/package/lib/src/lint/limits.js
var limits = __webpack_require__(3183);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/IB101.js







const VERBS = {
    rm: 'removed',
    mv: 'moved',
    chmod: 'chmod-ed',
    chown: 'chown-ed',
    chgrp: 'chown-ed',
};
/** `VERBS[name]` for every name for which it is defined (its own keys and those it inherits from
 *  Object.prototype): one Map lookup instead of a keyed lookup with a fresh string, which is slow. */
const VERB_OF = new Map([...Object.keys(VERBS), ...Object.getOwnPropertyNames(Object.prototype)].map((k) => [k, VERBS[k]]));
/** The commands createdBy reads arguments of (every command is looked at for redirections). */
const WRITERS = new Set(['curl', 'wget', 'git', 'dd', 'fallocate', 'cp', 'mv']);
/** Commands that only change or look at files: a path they touch cannot have been made by them. */
const PASSIVE = new Set([
    'rm',
    'mv',
    'chmod',
    'chown',
    'chgrp',
    'echo',
    'set',
    'cd',
    'true',
    'ls',
    'find',
    'test',
    '[',
]);
/** How many (target, created path) pairs IB101 compares in one file: each path a command removes is compared
 *  with every path made before it, so the work grows with the product of the two. Real files stay far below this
 *  (the corpus's largest needs 141); a crafted file of thousands of RUNs would take seconds for this rule alone. */
const MAX_COMPARISONS = 1_000_000;
/** A file made in one layer and removed, moved or chmod-ed in a later one: the first layer still ships it. */
const IB101 = {
    meta: {
        code: 'IB101',
        name: 'deleted-in-later-layer',
        severity: 'warning',
        category: 'size',
        fixable: true,
        description: 'A file created in one RUN/COPY/ADD is deleted, moved or chmod-ed in a later RUN, so its bytes still ship.',
        docs: 'docs/rules/IB101.md',
    },
    create(context) {
        const file = context.file;
        return {
            end() {
                const lineage = (0,stages/* finalLineage */.cd)(file);
                const created = [];
                // one for the whole file: the commands of the RUNs are visited in file order
                const gt = new GreaterThanFinder(file.text);
                const budget = { left: MAX_COMPARISONS };
                for (const stage of file.stages) {
                    if (!lineage.has(stage.index))
                        continue;
                    let workdir = '/';
                    for (const ins of stage.instructions) {
                        if (ins.onbuild)
                            continue;
                        if (ins.keyword === 'WORKDIR') {
                            const dir = ins.words.length > 0 ? ins.words[0].value : '';
                            workdir = dir.includes('$') ? null : resolvePath(dir, workdir);
                        }
                        else if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
                            created.push(...copied(ins, workdir));
                        }
                        else if (ins.keyword === 'RUN' && ins.shell) {
                            visitRun(file, ins, workdir, created, gt, context, budget);
                        }
                    }
                }
            },
        };
    },
};
function copied(ins, workdir) {
    if (ins.heredocs.length > 0 || ins.args.startsWith('[') || ins.words.length < 2)
        return [];
    const words = (0,shell/* valuesOf */.sm)(ins.words);
    const dest = words[words.length - 1];
    const sources = words.slice(0, -1);
    const target = resolvePath(dest, workdir);
    if (target === null || dest.includes('$'))
        return [];
    const intoDir = dest.endsWith('/') || sources.length > 1 || dest === '.';
    const tree = (src) => src === '.' || src.endsWith('/') || GLOB.test(src);
    if (!intoDir)
        return [{ path: target, by: ins, exact: !tree(sources[0]) }];
    return sources.map((src) => {
        const name = lastSegment(src);
        const contents = tree(src) || name === '' || name === '.';
        const url = /^https?:\/\//.test(src);
        return contents && !url
            ? { path: target, by: ins, exact: false }
            : { path: normalisePath(`${target}/${name}`), by: ins, exact: true };
    });
}
/** The last `/` segment of a source, its query or fragment and trailing slashes left out (`a/b/` → `b`). */
function lastSegment(src) {
    // most sources have no `?`, `#` or trailing slash: no regex for them
    const path = src.includes('?') || src.includes('#') ? src.replace(/[?#].*$/, '') : src;
    const trimmed = path.endsWith('/') ? path.replace(/\/+$/, '') : path;
    return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}
function visitRun(file, run, workdir, created, gt, context, budget) {
    const cmds = run.shell.commands;
    let cwd = workdir;
    const mounts = mountTargets(run);
    // whether every command before the current one only looks at or changes files (kept as the loop goes: asking
    // it of all earlier commands at each command made a long RUN quadratic)
    let onlyPassiveBefore = true;
    for (let ci = 0; ci < cmds.length; ci++) {
        const cmd = cmds[ci];
        const name = (0,shell/* commandName */.p6)(cmd);
        if (ci > 0 && !PASSIVE.has((0,shell/* commandName */.p6)(cmds[ci - 1])))
            onlyPassiveBefore = false;
        if (name === 'cd' || name === 'pushd' || name === 'popd')
            cwd = null;
        const verb = VERB_OF.get(name);
        if (verb) {
            const recursive = name === 'mv' || (0,shell/* hasFlag */.Lt)(cmd, '-r', '-R', '--recursive');
            const positional = (0,shell/* positionalArgs */.EK)(cmd);
            const targets = name === 'rm' ? positional : name === 'mv' ? positional.slice(0, -1) : positional.slice(1);
            // a chmod/chown without -R of a copied folder changes the folder's own entry, not the files in it
            const folderEntryOnly = name !== 'rm' && name !== 'mv' && !recursive;
            for (const word of targets) {
                const target = resolvePath(word.value, cwd);
                if (target === null)
                    continue;
                budget.left -= created.length;
                if (budget.left < 0)
                    throw new limits/* LintLimitReached */.NT(`IB101 stopped at line ${run.line}: the file has too many created and removed paths to compare (more than ${MAX_COMPARISONS.toLocaleString('en')} pairs), so files deleted in later layers were not looked for after it`, run.line);
                const hits = created.filter((c) => touches(target, c.path, recursive) &&
                    (c.exact || target === c.path || onlyPassiveBefore) &&
                    !(folderEntryOnly && !c.exact && target === c.path));
                if (hits.length === 0)
                    continue;
                // rewritten earlier in this RUN (`echo > f`, `cp x f`): the command acts on the new file, and the folder an
                // earlier layer copied around the old one is not what it touches
                const rewritten = hits.some((c) => c.by === run && c.path === target);
                const earlier = hits.filter((c) => c.by !== run && !(rewritten && c.path !== target));
                if (earlier.length > 0)
                    reportHit(file, run, cmd, word, verb, earlier, context);
                for (const h of hits)
                    created.splice(created.indexOf(h), 1);
            }
            if (name !== 'mv')
                continue;
        }
        for (const path of createdBy(file, run, cmd, cmds[ci + 1], cwd, gt)) {
            if (mounts.length === 0 || !mounts.some((m) => path === m || path.startsWith(m + '/')))
                created.push({ path, by: run, exact: true });
        }
    }
}
/** The targets of the RUN's `--mount`s, normalised: what is written there does not stay in the layer. */
function mountTargets(run) {
    const targets = [];
    for (const m of (0,mounts/* mountsOf */.cS)(run))
        if (m.target !== '')
            targets.push(normalisePath(m.target));
    return targets;
}
function reportHit(file, run, cmd, word, verb, hits, context) {
    // the creator that made this path itself, rather than a folder around it (a COPY into a tree a RUN unpacked);
    // among equals the earliest
    const depth = (c) => c.path.split('/').length;
    const first = hits.reduce((a, b) => depth(b) > depth(a) || (depth(b) === depth(a) && b.by.index < a.by.index) ? b : a);
    const kind = first.by.keyword;
    const lead = `"${word.value}" is ${kind === 'RUN' ? 'created' : 'copied'} by the ${kind} at line ${first.by.line} and ${verb} here: its bytes still ship in that layer.`;
    const at = (0,support_edits/* spanAt */.i6)(file, word.start, word.end);
    if (hits.every((h) => h.by.keyword === 'RUN')) {
        const merged = mergeRunsFix(file, first.by, run);
        if ('fix' in merged) {
            context.report({
                at,
                message: `${lead} Merge the RUNs so the file never reaches a layer.`,
                fix: merged.fix,
            });
        }
        else {
            context.report({ at, message: `${lead} Not merged automatically: ${merged.reason}.` });
        }
        return;
    }
    const name = (0,shell/* commandName */.p6)(cmd);
    if (name === 'chmod' || name === 'chown' || name === 'chgrp') {
        const value = (0,shell/* positionalArgs */.EK)(cmd)[0]?.value ?? '';
        const mode = /^[0-7]{3,4}$/.test(value) ? value : /^[ugoa]*\+x$/.test(value) ? '755' : '<octal mode>';
        const flag = name === 'chmod' ? `--chmod=${mode}` : `--chown=${value}`;
        const source = first.by;
        const kept = source.flags
            .filter((f) => f.name !== name.replace('chgrp', 'chown'))
            .map((f) => file.text.slice(f.start, f.end));
        const args = source.argsSpan ? file.text.slice(source.argsSpan.start, source.argsSpan.end) : source.args;
        context.report({
            at,
            message: `${lead} Set it while copying with \`${source.keyword} ${flag.replace(/=.*/, '')}\` (BuildKit) instead.`,
            suggestion: [source.keyword, ...kept, flag, args].join(' '),
        });
        return;
    }
    context.report({
        at,
        message: `${lead} Do not copy it in the first place: exclude it in .dockerignore, copy only what is needed, or build it in an earlier stage.`,
    });
}
/** Paths a command writes: download targets, `dd of=`, `git clone` folders, `cp`/`mv` destinations, redirections. */
function createdBy(file, run, cmd, next, cwd, gt) {
    const name = (0,shell/* commandName */.p6)(cmd);
    // redirections are not words: read them from the text up to the next command
    const until = next?.start ?? run.argsSpan?.end ?? cmd.end;
    const regionEnd = Math.max(until, cmd.end);
    // the arguments matter to a few commands only, the redirections to all; every redirection has a `>`, and most
    // commands are neither: no list for them
    const writes = WRITERS.has(name);
    const redirects = gt.before(cmd.start, regionEnd);
    if (!writes && !redirects)
        return NOTHING;
    const out = [];
    const add = (p) => {
        if (!p || p === '-' || p.startsWith('/dev/') || p.includes('$('))
            return;
        const r = resolvePath(p, cwd);
        if (r !== null && r !== '/')
            out.push(r);
    };
    if (writes)
        writtenBy(cmd, name, add);
    if (redirects) {
        const region = file.text.slice(cmd.start, regionEnd);
        for (const m of region.matchAll(/(?:^|[^0-9&<>])(?:[01]?)>>?\|?\s*([^\s;&|()<>'"`]+)/g))
            add(m[1]);
    }
    return out;
}
const NOTHING = [];
/** Answers "is there a `>` in text[start, end)?" for starts that only grow (the commands of the RUNs, in file
 *  order): the first `>` at or after the last start is remembered, so the text is searched about once per `>`. */
class GreaterThanFinder {
    text;
    #from = -1;
    #at = -1;
    constructor(text) {
        this.text = text;
    }
    before(start, end) {
        // the remembered `>` is the first one at or after `start` unless it lies before `start` (or nothing is known)
        if (this.#from < 0 || start < this.#from || (this.#at >= 0 && this.#at < start)) {
            this.#from = start;
            this.#at = this.text.indexOf('>', start);
        }
        return this.#at >= 0 && this.#at < end;
    }
}
/** The paths `cmd` (one of WRITERS, named `name`) writes through its arguments, passed to `add`. */
function writtenBy(cmd, name, add) {
    const values = (0,shell/* valuesOf */.sm)((0,shell/* argsOf */.PL)(cmd));
    const url = values.find((v) => /^(https?|ftp):\/\//.test(v));
    const urlName = url
        ?.replace(/[?#].*$/, '')
        .split('/')
        .pop();
    switch (name) {
        case 'curl': {
            const out1 = optionValue(values, /^-[A-Za-z]*o$/, '--output');
            if (out1 !== undefined)
                add(out1);
            else if (values.some((v) => /^-[A-Za-z]*O[A-Za-z]*$/.test(v) || v === '--remote-name'))
                add(urlName);
            break;
        }
        case 'wget': {
            const doc = optionValue(values, /^-[A-Za-z]*O$/, '--output-document');
            const inline = inlineOutput(values);
            if (doc !== undefined || inline !== undefined)
                add(doc ?? inline);
            else if (urlName) {
                const prefix = optionValue(values, /^-P$/, '--directory-prefix');
                add(prefix ? `${prefix}/${urlName}` : urlName);
            }
            break;
        }
        case 'git': {
            const pos = (0,shell/* positionalArgs */.EK)(cmd, ['-b', '--branch', '--depth', '-c', '--config', '-o', '--origin']);
            if (pos[0]?.value === 'clone' && pos[1]) {
                add(pos[2]?.value ??
                    pos[1].value
                        .replace(/\/+$/, '')
                        .replace(/\.git$/, '')
                        .split(/[/:]/)
                        .pop());
            }
            break;
        }
        case 'dd':
            add(values.find((v) => v.startsWith('of='))?.slice(3));
            break;
        case 'fallocate':
            add((0,shell/* positionalArgs */.EK)(cmd, ['-l', '-o', '--length', '--offset']).pop()?.value);
            break;
        case 'cp':
        case 'mv': {
            const paths = (0,shell/* valuesOf */.sm)((0,shell/* positionalArgs */.EK)(cmd, ['-S', '--suffix']));
            if (paths.length < 2)
                break;
            const dest = paths[paths.length - 1];
            const sources = paths.slice(0, -1);
            const bare = dest.length > 1 ? dest.replace(/\/+$/, '') : dest;
            // into a folder the files land under their own names (the folder itself was there before)
            if (dest.endsWith('/') || sources.length > 1 || SYSTEM_DIRS.has(bare)) {
                for (const src of sources) {
                    // a glob or a folder's contents: which names land there is unknown, so none is claimed
                    if (GLOB.test(src) || src.endsWith('/') || src.endsWith('/.'))
                        continue;
                    add(`${bare === '/' ? '' : bare}/${lastSegment(src)}`);
                }
            }
            else {
                add(dest);
            }
            break;
        }
    }
}
/** Folders every image has: a cp/mv to one of them (with or without a trailing `/`) copies into it. */
const SYSTEM_DIRS = new Set([
    '/',
    '/bin',
    '/sbin',
    '/lib',
    '/etc',
    '/opt',
    '/tmp',
    '/root',
    '/home',
    '/srv',
    '/usr',
    '/usr/bin',
    '/usr/sbin',
    '/usr/lib',
    '/usr/share',
    '/usr/local',
    '/usr/local/bin',
    '/usr/local/sbin',
    '/usr/local/lib',
    '/usr/local/share',
    '/var',
    '/var/tmp',
]);
/** The file of the first `-OFILE` (wget's output document written in one word). */
function inlineOutput(values) {
    for (const v of values) {
        const m = /^-[a-zA-Z]*O(.+)$/.exec(v);
        if (m)
            return m[1];
    }
    return undefined;
}
/** The value of an option written as `-o FILE`, `--output FILE` or `--output=FILE`. */
function optionValue(values, short, long) {
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (short.test(v) || v === long)
            return values[i + 1];
        if (v.startsWith(long + '='))
            return v.slice(long.length + 1);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/IB102.js





const APT = ['apt-get', 'apt', 'aptitude'];
function aptCommands(run, sub) {
    return aptCalls(run.shell, APT, [sub]).map((c) => c.cmd);
}
/** `apt-get update` alone in a RUN: the install in a later RUN may reuse a cached, stale update layer. */
const IB102 = {
    meta: {
        code: 'IB102',
        name: 'apt-update-separate',
        severity: 'warning',
        category: 'cache',
        fixable: true,
        description: '`apt-get update` runs in a different RUN from the `apt-get install` that needs it.',
        docs: 'docs/rules/IB102.md',
    },
    create: eachStage((stage, context) => {
        const file = context.file;
        const runs = (0,stages/* stageRuns */.v2)(stage);
        for (let k = 0; k < runs.length; k++) {
            const run = runs[k];
            const update = aptCommands(run, 'update')[0];
            if (!update || aptCommands(run, 'install').length > 0)
                continue;
            const install = runs.slice(k + 1).find((r) => aptCommands(r, 'install').length > 0);
            if (!install)
                continue;
            const merged = mergeRunsFix(file, run, install, `Run apt-get update in the same RUN as the install at line ${install.line}`);
            const why = `\`apt-get update\` runs in its own RUN, apart from the install at line ${install.line}: a cached ` +
                'update layer makes the install use stale package lists, and the lists ship in a layer of their own.';
            context.report({
                at: (0,support_edits/* spanAt */.i6)(file, update.start, update.end),
                message: 'fix' in merged ? `${why} Merge the RUNs.` : `${why} Not merged automatically: ${merged.reason}.`,
                ...('fix' in merged ? { fix: merged.fix } : {}),
            });
        }
    }),
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/IB103.js





const IB103_APT = ['apt-get', 'apt'];
const APT_FLAGS = ['-o', '-c', '-t'];
const isApt = (cmd, ...subs) => IB103_APT.includes((0,shell/* commandName */.p6)(cmd)) && subs.includes((0,shell/* subcommand */._d)(cmd, APT_FLAGS) ?? '');
const removes = (cmd, re) => (0,shell/* commandName */.p6)(cmd) === 'rm' && (0,shell/* positionalArgs */.EK)(cmd).some((w) => re.test(w.value));
const KINDS = [
    {
        label: 'the apt package lists (/var/lib/apt/lists)',
        fills: (c) => isApt(c, 'update'),
        cleans: (c) => removes(c, /^\/var\/lib\/apt\/lists(\/|$)/),
        needs: (c) => ['apt-get', 'apt', 'apt-cache'].includes((0,shell/* commandName */.p6)(c)),
    },
    {
        label: 'the apt archive cache (/var/cache/apt)',
        fills: (c) => isApt(c, 'install', 'upgrade', 'dist-upgrade', 'full-upgrade'),
        cleans: (c) => isApt(c, 'clean') || removes(c, /^\/var\/cache\/apt(\/|$)/),
    },
    {
        label: 'the apk cache (/var/cache/apk)',
        fills: (c) => (0,shell/* commandName */.p6)(c) === 'apk' &&
            ['add', 'update', 'upgrade'].includes((0,shell/* subcommand */._d)(c) ?? '') &&
            !(0,shell/* hasFlag */.Lt)(c, '--no-cache'),
        cleans: (c) => removes(c, /^\/var\/cache\/apk(\/|$)/) ||
            ((0,shell/* commandName */.p6)(c) === 'apk' && (0,shell/* subcommand */._d)(c) === 'cache' && (0,shell/* positionalArgs */.EK)(c)[1]?.value === 'clean'),
        needs: (c) => (0,shell/* commandName */.p6)(c) === 'apk',
    },
    {
        label: 'the yum/dnf cache (/var/cache/yum, /var/cache/dnf)',
        fills: (c) => ['yum', 'dnf', 'microdnf'].includes((0,shell/* commandName */.p6)(c)) &&
            ['install', 'update', 'upgrade', 'makecache', 'groupinstall'].includes((0,shell/* subcommand */._d)(c) ?? ''),
        cleans: (c) => (['yum', 'dnf', 'microdnf'].includes((0,shell/* commandName */.p6)(c)) && (0,shell/* subcommand */._d)(c) === 'clean') ||
            removes(c, /^\/var\/cache\/(yum|dnf)(\/|$)/),
    },
    {
        label: 'the pip cache (~/.cache/pip)',
        fills: (c) => /^pip[0-9.]*$/.test((0,shell/* commandName */.p6)(c)) && (0,shell/* subcommand */._d)(c) === 'install' && !(0,shell/* hasFlag */.Lt)(c, '--no-cache-dir'),
        cleans: (c) => removes(c, /^(~|\$HOME|\$\{HOME\}|\/root)\/\.cache(\/pip)?\/?\*?$/) ||
            (/^pip[0-9.]*$/.test((0,shell/* commandName */.p6)(c)) &&
                (0,shell/* subcommand */._d)(c) === 'cache' &&
                (0,shell/* positionalArgs */.EK)(c)[1]?.value === 'purge'),
    },
    {
        label: 'the npm cache (~/.npm)',
        fills: (c) => (0,shell/* commandName */.p6)(c) === 'npm' && ['install', 'i', 'ci', 'add'].includes((0,shell/* subcommand */._d)(c) ?? ''),
        cleans: (c) => removes(c, /^(~|\$HOME|\$\{HOME\}|\/root)\/\.npm\/?\*?$/) ||
            ((0,shell/* commandName */.p6)(c) === 'npm' && (0,shell/* subcommand */._d)(c) === 'cache' && (0,shell/* positionalArgs */.EK)(c)[1]?.value === 'clean'),
    },
];
/** The command names any KINDS[].cleans can accept (rm, the apt/apk/yum/dnf managers, pip*, npm). */
const CLEANER_NAMES = new Set(['rm', 'apt-get', 'apt', 'apk', 'yum', 'dnf', 'microdnf', 'npm']);
const mayClean = (cmd) => {
    const name = (0,shell/* commandName */.p6)(cmd);
    return CLEANER_NAMES.has(name) || (name.startsWith('pip') && /^pip[0-9.]*$/.test(name));
};
/** A cache emptied in a later RUN than the one that filled it: the earlier layer still carries the files. */
const IB103 = {
    meta: {
        code: 'IB103',
        name: 'cleanup-in-later-layer',
        severity: 'warning',
        category: 'size',
        fixable: true,
        description: 'Package lists or caches are removed in a later RUN than the one that filled them.',
        docs: 'docs/rules/IB103.md',
    },
    create: eachStage((stage, context) => {
        const file = context.file;
        // only the stages the final image is built on: a builder stage's layers ship only through what is copied
        // out of it (and `COPY --from=build / /` flattens them, the cleanup with them)
        const runs = (0,stages/* stageRuns */.v2)(stage);
        for (let k = 0; k < runs.length; k++) {
            const run = runs[k];
            const cmds = run.shell?.commands ?? [];
            const flagged = [];
            for (let ci = 0; ci < cmds.length; ci++) {
                const cmd = cmds[ci];
                // no kind cleans with any other command: skip the six checks for most commands
                if (!mayClean(cmd))
                    continue;
                for (const kind of KINDS) {
                    if (!kind.cleans(cmd))
                        continue;
                    // a cleanup of this RUN's own fill is in the right place
                    if (cmds.slice(0, ci).some((c) => kind.fills(c)))
                        continue;
                    const filler = runs
                        .slice(0, k)
                        .reverse()
                        .find((r) => (r.shell?.commands ?? []).some((c) => kind.fills(c)));
                    if (!filler)
                        continue;
                    const fillerCmds = filler.shell?.commands ?? [];
                    let lastFill = -1;
                    for (let k = 0; k < fillerCmds.length; k++)
                        if (kind.fills(fillerCmds[k]))
                            lastFill = k;
                    if (fillerCmds.slice(lastFill + 1).some((c) => kind.cleans(c)))
                        continue;
                    flagged.push({ cmd, kind, filler });
                    break;
                }
            }
            if (flagged.length === 0)
                continue;
            const first = flagged[0];
            const fillers = new Set(flagged.map((f) => f.filler));
            const fix = fillers.size === 1
                ? moveFix(file, runs, run, flagged)
                : { reason: 'the caches were filled by different RUNs' };
            const what = [...new Set(flagged.map((f) => f.kind.label))].join(' and ');
            const why = `This RUN cleans ${what}, filled by the RUN at line ${first.filler.line}: the files are still in that layer.`;
            context.report({
                at: (0,support_edits/* spanAt */.i6)(file, first.cmd.start, flagged[flagged.length - 1].cmd.end),
                message: 'edits' in fix
                    ? `${why} Clean up in the RUN that fills the cache.`
                    : `${why} Not moved automatically: ${fix.reason}.`,
                ...('edits' in fix
                    ? {
                        fix: {
                            description: `Move the cleanup into the RUN at line ${first.filler.line}`,
                            edits: fix.edits,
                        },
                    }
                    : {}),
            });
        }
    }, { final: true }),
};
function userBefore(file, ins) {
    const stage = file.stages[ins.stage];
    const users = (stage?.instructions ?? []).filter((i) => i.keyword === 'USER' && !i.onbuild && i.index < ins.index);
    return users[users.length - 1]?.args ?? '';
}
function moveFix(file, runs, cleaner, flagged) {
    const filler = flagged[0].filler;
    if (!canAppendTo(filler))
        return { reason: `the RUN at line ${filler.line} cannot take an appended command` };
    if (userBefore(file, filler) !== userBefore(file, cleaner))
        return { reason: 'a USER instruction lies between them' };
    for (const f of flagged) {
        const args = (0,shell/* valuesOf */.sm)((0,shell/* positionalArgs */.EK)(f.cmd));
        if ((0,shell/* commandName */.p6)(f.cmd) === 'rm' && args.some((a) => !/^(\/|~\/|\$HOME\/|\$\{HOME\}\/)/.test(a))) {
            return { reason: 'the cleanup uses a relative path' };
        }
    }
    // the RUNs after the filler must not need the cache before the cleanup runs
    const between = runs.filter((r) => r.index > filler.index && r.index < cleaner.index);
    const cmdsBefore = [
        ...between.flatMap((r) => r.shell?.commands ?? (r.form === 'exec' ? [] : [])),
        ...(cleaner.shell?.commands ?? []).filter((c) => c.start < flagged[0].cmd.start),
    ];
    for (const f of flagged) {
        const user = cmdsBefore.find((c) => f.kind.needs?.(c));
        if (user)
            return {
                reason: `\`${(0,shell/* commandName */.p6)(user)}\` at line ${(0,support_edits/* spanAt */.i6)(file, user.start, user.end).line} still needs the cache`,
            };
    }
    if (between.some((r) => r.form === 'exec' || r.heredocs.length > 0))
        return { reason: 'a RUN between them cannot be read' };
    const removal = removalEdits(file, cleaner, flagged.map((f) => f.cmd));
    if (!removal)
        return { reason: `the cleanup is not a plain && step of the RUN at line ${cleaner.line}` };
    const moved = flagged.map((f) => file.text.slice(f.cmd.start, f.cmd.end)).join(' && ');
    return { edits: [appendToRunEdit(file, filler, moved), ...removal] };
}
/** Edits removing `targets` from the RUN, or the whole RUN when nothing else is left; null when unsafe. */
function removalEdits(file, run, targets) {
    if (run.form !== 'shell' || run.heredocs.length > 0 || run.flags.length > 0 || !run.shell || !run.argsSpan)
        return null;
    const cmds = run.shell.commands;
    const esc = file.escape === '`' ? '`' : '\\\\';
    const joiner = new RegExp(`^(?:\\s|${esc}\\n)*(?:&&|;)(?:\\s|${esc}\\n)*$`);
    const edge = new RegExp(`^(?:\\s|${esc}\\n)*$`);
    for (let i = 0; i + 1 < cmds.length; i++) {
        if (!joiner.test(file.text.slice(cmds[i].end, cmds[i + 1].start)))
            return null;
    }
    if (!edge.test(file.text.slice(run.argsSpan.start, cmds[0]?.start ?? 0)))
        return null;
    if (!edge.test(file.text.slice(cmds[cmds.length - 1]?.end ?? 0, run.argsSpan.end)))
        return null;
    if (cmds.every((c) => targets.includes(c))) {
        const next = file.text.indexOf('\n', run.end);
        return [{ start: run.start, end: next < 0 ? file.text.length : next + 1, text: '' }];
    }
    // each block of neighbouring targets goes together with one joiner: the one after it, or before it at the end
    const edits = [];
    let i = 0;
    while (i < cmds.length) {
        if (!targets.includes(cmds[i])) {
            i++;
            continue;
        }
        let j = i;
        while (j + 1 < cmds.length && targets.includes(cmds[j + 1]))
            j++;
        const after = cmds[j + 1];
        if (after)
            edits.push({ start: cmds[i].start, end: after.start, text: '' });
        else
            edits.push({ start: cmds[i - 1].end, end: cmds[j].end, text: '' });
        i = j + 1;
    }
    return edits;
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/IB104.js





/** `apk add --virtual NAME` is only useful when `apk del NAME` runs in the same RUN: otherwise the build
 *  dependencies stay in the layer (a later `apk del` hides them but they still ship). */
const IB104 = {
    meta: {
        code: 'IB104',
        name: 'apk-virtual-not-deleted',
        severity: 'warning',
        category: 'size',
        fixable: true,
        description: '`apk add --virtual NAME` without `apk del NAME` in the same RUN.',
        docs: 'docs/rules/IB104.md',
    },
    create: eachStage((stage, context) => {
        const file = context.file;
        const runs = (0,stages/* stageRuns */.v2)(stage);
        for (let k = 0; k < runs.length; k++) {
            const run = runs[k];
            for (const add of (0,shell/* findCommands */.uU)(run.shell, 'apk').filter((c) => (0,shell/* subcommand */._d)(c, ['-t', '--virtual', '-X', '--repository']) === 'add')) {
                const words = add.words;
                const flagAt = words.findIndex((w) => w.value === '-t' || w.value === '--virtual' || w.value.startsWith('--virtual='));
                if (flagAt < 0)
                    continue;
                const flagWord = words[flagAt];
                const nameWord = flagWord.value.startsWith('--virtual=') ? flagWord : words[flagAt + 1];
                const name = nameWord?.value.replace(/^--virtual=/, '');
                // runtime dependencies grouped under a virtual name are meant to stay
                // (`.httpd-so-deps`: the shared libraries a build found it needs at run time)
                if (!nameWord || !name || /run-?deps|runtime|so-?deps/i.test(name))
                    continue;
                const deletes = (cmds) => cmds.some((c) => (0,shell/* commandName */.p6)(c) === 'apk' &&
                    (0,shell/* subcommand */._d)(c) === 'del' &&
                    (0,shell/* positionalArgs */.EK)(c).some((w) => w.value === name));
                if (deletes((run.shell?.commands ?? []).filter((c) => c.start > add.start)))
                    continue;
                const at = (0,support_edits/* spanAt */.i6)(file, flagWord.start, nameWord.end);
                const later = runs.slice(k + 1).find((r) => deletes(r.shell?.commands ?? []));
                const lead = `The virtual package "${name}" is not deleted in this RUN`;
                if (!later) {
                    context.report({
                        at,
                        message: `${lead}: its packages ship in the image. Add \`&& apk del ${name}\` once the build step that needs them is done.`,
                    });
                    continue;
                }
                const merged = mergeRunsFix(file, run, later);
                context.report({
                    at,
                    message: `${lead} but in the RUN at line ${later.line}: its packages still ship in this layer.` +
                        ('fix' in merged ? ' Merge the RUNs.' : ` Not merged automatically: ${merged.reason}.`),
                    ...('fix' in merged ? { fix: merged.fix } : {}),
                });
            }
        }
    }),
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/IB105.js





const sub = (c) => (0,shell/* subcommand */._d)(c) ?? '';
const removesMatching = (later, re) => later.some((c) => (0,shell/* commandName */.p6)(c) === 'rm' && (0,shell/* positionalArgs */.EK)(c).some((w) => re.test(w.raw)));
const CHECKS = [
    {
        tool: 'npm',
        program: 'npm',
        fills: (c) => (0,shell/* commandName */.p6)(c) === 'npm' && ['install', 'i', 'ci', 'add', 'update'].includes(sub(c)),
        cleared: (c, later) => (0,shell/* hasFlag */.Lt)(c, '--cache') ||
            later.some((l) => (0,shell/* commandName */.p6)(l) === 'npm' && sub(l) === 'cache' && (0,shell/* positionalArgs */.EK)(l)[1]?.value === 'clean') ||
            removesMatching(later, /\.npm/),
        cleanup: 'npm cache clean --force',
        where: '~/.npm',
    },
    {
        tool: 'gem',
        program: 'gem',
        fills: (c) => (0,shell/* commandName */.p6)(c) === 'gem' && sub(c) === 'install',
        cleared: (_c, later) => removesMatching(later, /cache/),
        cleanup: 'rm -rf "$(gem env gemdir)"/cache/*.gem',
        flagEdit: (c) => {
            if ((0,shell/* hasFlag */.Lt)(c, '--no-document', '--no-doc', '-N', '--no-ri', '--no-rdoc'))
                return null;
            const install = c.words.find((w) => w.value === 'install');
            return install ? { start: install.end, end: install.end, text: ' --no-document' } : null;
        },
        where: 'the gem cache (*.gem files) and documentation',
    },
    {
        tool: 'bundler',
        program: 'bundle',
        // a bare `bundle` installs too, but `bundle --version` or `bundle -h` does not
        fills: (c) => (0,shell/* commandName */.p6)(c) === 'bundle' &&
            (sub(c) === 'install' || (sub(c) === '' && !(0,shell/* hasFlag */.Lt)(c, '--version', '-v', '--help', '-h'))),
        cleared: (_c, later) => removesMatching(later, /cache/),
        cleanup: 'rm -rf "$(gem env gemdir)"/cache/*.gem',
        where: 'the gem cache (*.gem files)',
    },
    {
        tool: 'composer',
        program: 'composer',
        fills: (c) => (0,shell/* commandName */.p6)(c) === 'composer' && ['install', 'require', 'update', 'create-project'].includes(sub(c)),
        cleared: (c, later) => (0,shell/* hasFlag */.Lt)(c, '--no-cache') ||
            c.assignments.some((a) => a.value.startsWith('COMPOSER_CACHE_DIR=')) ||
            later.some((l) => (0,shell/* commandName */.p6)(l) === 'composer' && ['clear-cache', 'clearcache', 'cc'].includes(sub(l))) ||
            // the cache under a COMPOSER_HOME removed whole counts too (`rm -rf "$COMPOSER_HOME"`)
            removesMatching(later, /composer.*cache|\.composer|\$\{?composer_(home|cache_dir)\b/i),
        cleanup: 'composer clear-cache',
        where: '~/.composer/cache',
    },
    {
        tool: 'go',
        program: 'go',
        fills: (c) => (0,shell/* commandName */.p6)(c) === 'go' &&
            ['build', 'install', 'get', 'mod', 'test'].includes(sub(c)) &&
            (sub(c) !== 'mod' || (0,shell/* positionalArgs */.EK)(c)[1]?.value === 'download'),
        cleared: (_c, later) => later.some((l) => (0,shell/* commandName */.p6)(l) === 'go' && sub(l) === 'clean' && (0,shell/* hasFlag */.Lt)(l, '-cache', '-modcache')) ||
            removesMatching(later, /go-build|\/pkg\/mod|\.cache\/go/),
        cleanup: 'go clean -cache -modcache',
        where: '~/.cache/go-build and $GOPATH/pkg/mod',
    },
];
/** Package-manager caches left in a layer of the final image: they are never used at run time. */
const IB105 = {
    meta: {
        code: 'IB105',
        name: 'package-cache-left',
        severity: 'warning',
        category: 'size',
        fixable: true,
        description: 'npm, gem, bundler, composer or go caches are left in a layer of the final image.',
        docs: 'docs/rules/IB105.md',
    },
    create: eachStage((stage, context) => {
        const file = context.file;
        const runs = (0,stages/* stageRuns */.v2)(stage);
        for (let k = 0; k < runs.length; k++) {
            const run = runs[k];
            if ((0,mounts/* hasCacheMount */.El)(run))
                continue;
            const cmds = run.shell?.commands ?? [];
            for (const check of CHECKS) {
                // fills is false for any other program: look only at the commands of this one
                const ofProgram = (0,shell/* findCommands */.uU)(run.shell, check.program);
                if (ofProgram.length === 0)
                    continue;
                const fillers = ofProgram.filter((c) => check.fills(c));
                const last = fillers[fillers.length - 1];
                if (!last)
                    continue;
                const later = cmds.filter((c) => c.start > last.start);
                // one cleanup after the last filling command covers them all; flags go on each one
                const needsCleanup = !check.cleared(last, later);
                const flagEdits = [];
                for (const f of fillers) {
                    const edit = check.flagEdit?.(f);
                    if (edit)
                        flagEdits.push(edit);
                }
                if (!needsCleanup && flagEdits.length === 0)
                    continue;
                report(file, runs.slice(k + 1), last, check, needsCleanup, flagEdits, context);
            }
        }
    }, { final: true }),
};
function report(file, laterRuns, cmd, check, needsCleanup, flagEdits, context) {
    const at = (0,support_edits/* spanAt */.i6)(file, cmd.start, cmd.end);
    const lead = `${check.tool} leaves ${check.where} in this layer.`;
    const advice = `Add \`&& ${check.cleanup}\`, or use RUN --mount=type=cache.`;
    const reused = laterRuns.find((r) => (r.shell?.commands ?? []).some((c) => check.fills(c)));
    const blocked = !needsCleanup
        ? null
        : reused
            ? `the RUN at line ${reused.line} runs ${check.tool} again and would lose the cache`
            : insertBlocker(file, cmd);
    if (blocked) {
        context.report({ at, message: `${lead} ${advice} Not fixed automatically: ${blocked}.` });
        return;
    }
    const edits = [...flagEdits];
    if (needsCleanup)
        edits.push({ start: cmd.end, end: cmd.end, text: ` && ${check.cleanup}` });
    context.report({
        at,
        message: `${lead} ${advice}`,
        fix: { description: `Clean the ${check.tool} cache in the same RUN`, edits },
    });
}
/** Inserting `&& cleanup` right after the command keeps the script's meaning only when the command ends a
 *  step: it is followed by nothing, `&&` or `;`, and no redirection or comment follows it on the line. */
function insertBlocker(file, cmd) {
    if (cmd.after !== null && cmd.after !== '&&' && cmd.after !== ';' && cmd.after !== '\n') {
        return `it is followed by \`${cmd.after}\``;
    }
    const rest = file.text.slice(cmd.end, file.text.indexOf('\n', cmd.end) < 0 ? file.text.length : file.text.indexOf('\n', cmd.end));
    if (!/^\s*(?:&&.*|;.*|\\\s*|`\s*)?$/.test(rest) || /^\s*(?:&&|;)?\s*#/.test(rest))
        return 'something follows it on the line';
    return null;
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/IB106.js




/** Images that carry a whole toolchain; their runtime counterparts are a fraction of the size. */
const SDK_IMAGES = [
    [/^(docker\.io\/)?(library\/)?golang(:|$)/, 'a static binary on gcr.io/distroless/static or scratch'],
    [/^(docker\.io\/)?(library\/)?rust(:|$)/, 'debian:bookworm-slim or gcr.io/distroless/cc'],
    [/^(docker\.io\/)?(library\/)?maven(:|$)/, 'eclipse-temurin:<version>-jre'],
    [/^(docker\.io\/)?(library\/)?gradle(:|$)/, 'eclipse-temurin:<version>-jre'],
    [/^mcr\.microsoft\.com\/dotnet\/sdk(:|$)/, 'mcr.microsoft.com/dotnet/aspnet or dotnet/runtime'],
];
const TOOL_PACKAGES = /^(build-essential|build-base|alpine-sdk|gcc|g\+\+|gcc-c\+\+|clang|llvm|make|cmake|autoconf|automake|libtool|pkg-config|pkgconf|musl-dev|.+-dev|.+-devel)(=.*)?$/;
const INSTALLERS = {
    'apt-get': ['install'],
    apt: ['install'],
    apk: ['add'],
    yum: ['install', 'groupinstall'],
    dnf: ['install', 'groupinstall'],
    microdnf: ['install'],
};
/** Commands that take the tools out again in the same RUN (the usual build-then-purge pattern). */
const REMOVERS = {
    'apt-get': ['purge', 'remove', 'autoremove'],
    apt: ['purge', 'remove', 'autoremove'],
    apk: ['del'],
    yum: ['remove', 'erase', 'autoremove'],
    dnf: ['remove', 'erase', 'autoremove'],
};
/** Every name for which `INSTALLERS[name]` / `REMOVERS[name]` is defined (own keys and Object.prototype's). */
const INSTALLER_KEYS = new Set([...Object.keys(INSTALLERS), ...Object.getOwnPropertyNames(Object.prototype)]);
const REMOVER_KEYS = new Set([...Object.keys(REMOVERS), ...Object.getOwnPropertyNames(Object.prototype)]);
const EXAMPLE = [
    'FROM golang:1.22 AS build',
    'WORKDIR /src',
    'COPY . .',
    'RUN go build -o /out/app .',
    '',
    'FROM gcr.io/distroless/static',
    'COPY --from=build /out/app /app',
    'ENTRYPOINT ["/app"]',
].join('\n');
/** Compilers, headers and SDK images in the final stage: needed to build, dead weight at run time. */
const IB106 = {
    meta: {
        code: 'IB106',
        name: 'build-tools-in-final-stage',
        severity: 'info',
        category: 'size',
        fixable: false,
        description: 'Compilers, -dev packages or SDK base images in the final stage: suggest a multi-stage build.',
        docs: 'docs/rules/IB106.md',
    },
    create(context) {
        const file = context.file;
        return {
            end() {
                const last = file.stages[file.stages.length - 1];
                // an image that exists to build (a toolchain, CI or dev-container image) needs its tools
                if (!last || !shipsAnApp(file.stages, (0,stages/* finalLineage */.cd)(file)))
                    return;
                const base = sdkBase(file, last);
                if (base) {
                    const word = last.from.words[0];
                    context.report({
                        at: word ?? last.from,
                        message: `The final stage is based on ${base.image}, a full SDK image. Build in an earlier stage and copy the result onto ${base.runtime}.`,
                        suggestion: EXAMPLE,
                    });
                }
                if (last.fromStage)
                    return;
                for (const ins of last.instructions) {
                    const found = toolsIn(ins);
                    if (!found)
                        continue;
                    context.report({
                        at: (0,support_edits/* spanAt */.i6)(file, found.start, found.end),
                        message: `Build tools (${found.names.join(', ')}) are installed in the final stage and never removed. Build in an earlier stage and copy only the output.`,
                        suggestion: EXAMPLE,
                    });
                }
                const node = nodeWithDevDependencies(last);
                if (node) {
                    context.report({
                        at: (0,support_edits/* spanAt */.i6)(file, node.start, node.end),
                        message: 'The final stage installs Node dev dependencies. Install with `npm ci --omit=dev` (or build in an earlier stage and copy the output).',
                    });
                }
            },
        };
    },
};
function sdkBase(file, last) {
    let stage = last;
    const seen = new Set();
    while (stage && !seen.has(stage.index)) {
        seen.add(stage.index);
        if (!stage.fromStage) {
            const image = stage.resolvedImage.toLowerCase();
            const hit = SDK_IMAGES.find(([re]) => re.test(image));
            return hit ? { image: stage.resolvedImage, runtime: hit[1] } : null;
        }
        stage = (0,parse/* parentStage */.vp)(file, stage);
    }
    return null;
}
function toolsIn(ins) {
    if (ins.keyword !== 'RUN' || ins.onbuild || !ins.shell)
        return null;
    const cmds = ins.shell.commands;
    // the Sets first: most commands are neither, and a keyed lookup with a fresh string is slow
    const removed = cmds.some((c) => REMOVER_KEYS.has((0,shell/* commandName */.p6)(c)) &&
        (REMOVERS[(0,shell/* commandName */.p6)(c)] ?? []).includes((0,shell/* subcommand */._d)(c, ['-o', '-t']) ?? ''));
    if (removed)
        return null;
    const words = [];
    for (const c of cmds) {
        if (!INSTALLER_KEYS.has((0,shell/* commandName */.p6)(c)))
            continue;
        const subs = INSTALLERS[(0,shell/* commandName */.p6)(c)];
        if (!subs || !subs.includes((0,shell/* subcommand */._d)(c, ['-o', '-t']) ?? ''))
            continue;
        if ((0,shell/* commandName */.p6)(c) === 'apk' && (0,shell/* hasFlag */.Lt)(c, '--virtual', '-t'))
            continue;
        const packages = (0,shell/* positionalArgs */.EK)(c, ['-o', '-t', '--virtual', '-X', '--repository']);
        for (let k = 1; k < packages.length; k++)
            if (TOOL_PACKAGES.test(packages[k].value))
                words.push(packages[k]);
    }
    if (words.length === 0)
        return null;
    const names = [...new Set(words.map((w) => w.value.replace(/=.*$/, '')))];
    return { names, start: words[0].start, end: words[0].end };
}
function nodeWithDevDependencies(stage) {
    if (!/^(docker\.io\/)?(library\/)?node(:|$)/.test(stage.resolvedImage.toLowerCase()))
        return null;
    const prod = stage.instructions.some((i) => (i.keyword === 'ENV' || i.keyword === 'ARG') &&
        i.words.some((w) => /^NODE_ENV=("?)production\1$/.test(w.value)));
    if (prod)
        return null;
    for (const ins of stage.instructions) {
        for (const c of (0,shell/* findCommands */.uU)(ins.shell, 'npm')) {
            const sub = (0,shell/* subcommand */._d)(c);
            if (!['install', 'i', 'ci'].includes(sub ?? '') || (0,shell/* positionalArgs */.EK)(c).length > 1)
                continue;
            if ((0,shell/* hasFlag */.Lt)(c, '--production', '--omit', '--only', '-g', '--global'))
                continue;
            if (c.assignments.some((a) => a.value === 'NODE_ENV=production'))
                continue;
            const later = ins.shell.commands.filter((x) => x.start > c.start);
            if (later.some((x) => (0,shell/* commandName */.p6)(x) === 'npm' && ((0,shell/* subcommand */._d)(x) === 'prune' || (0,shell/* subcommand */._d)(x) === 'ci')))
                continue;
            return { start: c.start, end: c.end };
        }
    }
    return null;
}
const SHELL_PROGRAMS = new Set([
    'sh',
    'bash',
    'ash',
    'dash',
    'zsh',
    '/bin/sh',
    '/bin/bash',
    '/bin/ash',
    '/bin/zsh',
]);
/**
 * Whether the final image looks like an application: its stages copy something from the build context (sources or
 * a build's output), or it starts a program other than a shell. Toolchain, CI and dev-container images do neither,
 * and their compilers are the point.
 */
function shipsAnApp(stages, lineage) {
    for (const stage of stages) {
        if (!lineage.has(stage.index))
            continue;
        for (const ins of stage.instructions) {
            if (ins.onbuild)
                continue;
            if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && !ins.flags.some((f) => f.name === 'from')) {
                if (ins.heredocs.length === 0 && !ins.words.slice(0, -1).every((w) => /^https?:\/\//.test(w.value)))
                    return true;
            }
            if ((ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT') && ins.words.length > 0) {
                if (!SHELL_PROGRAMS.has(ins.form === 'exec' ? ins.words[0].value : ''))
                    return true;
            }
        }
    }
    return false;
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/IB107.js

const CODENAMES = 'bookworm|bullseye|buster|trixie';
const slimAfter = (v, c) => `${v === '' || v === 'latest' ? '' : v + '-'}${c ? c + '-' : ''}slim`;
const slimBefore = (v, c) => `${v === '' || v === 'latest' ? 'slim' : v + '-slim'}${c ? '-' + c : ''}`;
const FAMILIES = [
    {
        names: ['node'],
        sizes: 'about 1.1 GB for node:20 against about 200 MB for node:20-slim',
        slim: slimAfter,
    },
    {
        names: ['python'],
        sizes: 'about 1.0 GB for python:3.12 against about 130 MB for python:3.12-slim',
        slim: slimBefore,
    },
    {
        names: ['ruby'],
        sizes: 'about 1.0 GB for ruby:3.3 against about 220 MB for ruby:3.3-slim',
        slim: slimBefore,
    },
    {
        names: ['perl'],
        sizes: 'about 900 MB for perl:5 against about 150 MB for perl:5-slim',
        slim: slimBefore,
    },
    {
        names: ['debian'],
        sizes: 'about 117 MB for debian:bookworm against about 75 MB for debian:bookworm-slim',
        slim: (v, c) => (v === '' || v === 'latest' ? 'stable-slim' : `${v}${c ? '-' + c : ''}-slim`),
    },
];
/** A tag as version and distribution codename (`20-bookworm` → `20`, `bookworm`); compiled once, not per image. */
const TAG_PARTS = new RegExp(`^(.*?)(?:-?(${CODENAMES}))?$`);
/** A full base image where a slim variant exists: hundreds of MB of compilers, headers and docs ship for nothing. */
const IB107 = {
    meta: {
        code: 'IB107',
        name: 'heavy-base-image',
        severity: 'info',
        category: 'size',
        fixable: true,
        description: 'The final image is based on a full image that has a slim variant.',
        docs: 'docs/rules/IB107.md',
    },
    create: eachStage((stage, context) => {
        // a stage built FROM another stage has no image of its own to slim
        if (stage.fromStage)
            return;
        const word = stage.from.words[0];
        if (!word)
            return;
        // `FROM ${BASE}` with `ARG BASE=node:20` before it: judge the default (the fix belongs to the ARG line)
        const viaArg = word.value.includes('$');
        const written = viaArg ? stage.resolvedImage : word.value;
        if (written.includes('$'))
            return;
        const m = /^((?:docker\.io\/)?(?:library\/)?([a-z0-9._-]+))(?::([A-Za-z0-9._-]+))?(@sha256:[a-f0-9]+)?$/.exec(written);
        if (!m)
            return;
        const [, repo, name, tag = '', digest] = m;
        const family = FAMILIES.find((f) => f.names.includes(name));
        // (Debian's experimental and rc-buggy suites have no slim tag)
        if (!family || /slim|alpine|distroless|windows|nanoserver|servercore|experimental|rc-buggy/.test(tag))
            return;
        const t = TAG_PARTS.exec(tag);
        const version = name === 'debian' && CODENAMES.split('|').includes(tag) ? tag : t[1];
        const codename = name === 'debian' && CODENAMES.split('|').includes(tag) ? undefined : t[2];
        if (!/^(|latest|lts|current|stable|[0-9][0-9.]*|[a-z]+|[a-z]+-[0-9]+|[0-9.]+-[a-z]+)$/.test(version))
            return;
        const slimTag = family.slim(version, codename);
        const image = `${repo}:${slimTag}`;
        const shown = viaArg ? `${word.value} (${written}, the ARG default)` : written;
        const message = `${shown} is a full image; its slim variant ${image} leaves out ${name === 'debian' ? 'documentation, man pages and locales' : 'compilers, headers and documentation'} (typically ${family.sizes}). Check that nothing you need is missing, then switch.`;
        if (digest || viaArg) {
            context.report({ at: word, message, suggestion: `FROM ${image}` });
            return;
        }
        context.report({
            at: word,
            message,
            suggestion: `FROM ${image}`,
            fix: {
                description: `Use ${image}`,
                edits: [{ start: word.start, end: word.end, text: image }],
                level: 'aggressive',
            },
        });
    }, { final: true }),
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/IB108.js


const IB108_sub = (c) => (0,shell/* subcommand */._d)(c) ?? '';
const ECOSYSTEMS = [
    {
        name: 'npm',
        install: (c) => ((0,shell/* commandName */.p6)(c) === 'npm' &&
            ['install', 'i', 'ci'].includes(IB108_sub(c)) &&
            (0,shell/* positionalArgs */.EK)(c).length === 1) ||
            ((0,shell/* commandName */.p6)(c) === 'yarn' && (IB108_sub(c) === '' || IB108_sub(c) === 'install')) ||
            ((0,shell/* commandName */.p6)(c) === 'pnpm' && ['install', 'i'].includes(IB108_sub(c)) && (0,shell/* positionalArgs */.EK)(c).length === 1),
        manifests: /(^|\/)(package(-lock)?\.json|yarn\.lock|pnpm-lock\.yaml|npm-shrinkwrap\.json)$/,
        example: 'COPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .',
    },
    {
        name: 'pip',
        install: (c) => (/^pip[0-9.]*$/.test((0,shell/* commandName */.p6)(c)) &&
            IB108_sub(c) === 'install' &&
            c.words.some((w) => w.value === '-r' || w.value.startsWith('--requirement'))) ||
            ((0,shell/* commandName */.p6)(c) === 'poetry' && IB108_sub(c) === 'install') ||
            ((0,shell/* commandName */.p6)(c) === 'pipenv' && IB108_sub(c) === 'install') ||
            ((0,shell/* commandName */.p6)(c) === 'uv' && IB108_sub(c) === 'sync'),
        manifests: /(^|\/)(requirements[^/]*\.txt|pyproject\.toml|poetry\.lock|Pipfile(\.lock)?|uv\.lock)$/,
        example: 'COPY requirements.txt ./\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .',
    },
    {
        name: 'bundler',
        install: (c) => (0,shell/* commandName */.p6)(c) === 'bundle' && (IB108_sub(c) === '' || IB108_sub(c) === 'install'),
        manifests: /(^|\/)Gemfile(\.lock)?$/,
        example: 'COPY Gemfile Gemfile.lock ./\nRUN bundle install\nCOPY . .',
    },
    {
        name: 'composer',
        install: (c) => (0,shell/* commandName */.p6)(c) === 'composer' && IB108_sub(c) === 'install',
        manifests: /(^|\/)composer\.(json|lock)$/,
        example: 'COPY composer.json composer.lock ./\nRUN composer install --no-scripts --no-autoloader\nCOPY . .',
    },
    {
        name: 'go',
        install: (c) => (0,shell/* commandName */.p6)(c) === 'go' && IB108_sub(c) === 'mod' && (0,shell/* positionalArgs */.EK)(c)[1]?.value === 'download',
        manifests: /(^|\/)go\.(mod|sum)$/,
        example: 'COPY go.mod go.sum ./\nRUN go mod download\nCOPY . .',
    },
    {
        name: 'maven',
        install: (c) => /^(mvn|mvnw|\.\/mvnw)$/.test((0,shell/* commandName */.p6)(c)) &&
            c.words.some((w) => /^dependency:(go-offline|resolve)/.test(w.value)),
        manifests: /(^|\/)pom\.xml$/,
        example: 'COPY pom.xml ./\nRUN mvn dependency:go-offline\nCOPY . .',
    },
];
/** `COPY . .` before the dependency install: every source edit invalidates the install layer. */
const IB108 = {
    meta: {
        code: 'IB108',
        name: 'copy-before-install',
        severity: 'warning',
        category: 'cache',
        fixable: false,
        description: 'The whole source is copied before the dependency install step, so any edit re-runs the install.',
        docs: 'docs/rules/IB108.md',
    },
    create(context) {
        return {
            end() {
                for (const stage of context.file.stages) {
                    const list = stage.instructions.filter((i) => !i.onbuild);
                    const copyAt = list.findIndex(copy_args/* copiesWholeContext */._);
                    if (copyAt < 0)
                        continue;
                    const copy = list[copyAt];
                    const copiedBefore = list
                        .slice(0, copyAt)
                        .filter((i) => i.keyword === 'COPY' || i.keyword === 'ADD')
                        .flatMap((i) => (0,shell/* valuesOf */.sm)(i.words.slice(0, -1)));
                    for (const eco of ECOSYSTEMS) {
                        const install = list
                            .slice(copyAt + 1)
                            .find((i) => i.keyword === 'RUN' && (i.shell?.commands ?? []).some((c) => eco.install(c)));
                        if (!install)
                            continue;
                        if (copiedBefore.some((src) => eco.manifests.test(src)))
                            continue;
                        context.report({
                            at: copy,
                            message: `The whole build context is copied before the ${eco.name} install at line ${install.line}: any source change re-runs it. Copy the manifest and lock files first, install, then copy the rest.`,
                            suggestion: eco.example,
                        });
                        break;
                    }
                }
            },
        };
    },
};

// EXTERNAL MODULE: ./node_modules/@balena/dockerignore/ignore.js
var ignore = __webpack_require__(4158);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/IB109.js




// The package is CommonJS: under NodeNext its default import is `module.exports`, whose `.default` is the factory.
const matcher = (lines) => ignore["default"]().add(lines);
const CANDIDATES = [
    { pattern: '.git', covers: (e) => e === '.git', probe: '.git' },
    { pattern: 'node_modules', covers: (e) => e === 'node_modules', probe: 'node_modules' },
    { pattern: '**/*.log', covers: (e) => e.endsWith('.log'), probe: 'debug.log' },
    { pattern: 'logs', covers: (e) => e === 'logs', probe: 'logs' },
    { pattern: '**/*.swp', covers: (e) => e.endsWith('.swp'), probe: '.main.c.swp' },
    { pattern: '.idea', covers: (e) => e === '.idea', probe: '.idea' },
    { pattern: '**/.DS_Store', covers: (e) => e === '.DS_Store', probe: '.DS_Store' },
];
/** Each candidate's pattern as a matcher, built on first use and kept (not per file and candidate, and not at
 *  start-up: most lints never need one). */
const candidateMatchers = new Map();
function candidateMatcher(pattern) {
    let m = candidateMatchers.get(pattern);
    if (m === undefined)
        candidateMatchers.set(pattern, (m = matcher([pattern])));
    return m;
}
/** A COPY of the whole context without a `.dockerignore` that keeps out VCS data, dependencies built in the
 *  image anyway, logs and editor files: they bloat the image and bust the cache on every change. */
const IB109 = {
    meta: {
        code: 'IB109',
        name: 'dockerignore',
        severity: 'warning',
        category: 'size',
        fixable: true,
        description: 'The whole context is copied without a .dockerignore that excludes .git, node_modules, logs and editor files.',
        docs: 'docs/rules/IB109.md',
    },
    create(context) {
        const file = context.file;
        return {
            end() {
                const copy = file.instructions.find(copy_args/* copiesWholeContext */._);
                if (!copy)
                    return;
                const { dockerignore, contextEntries } = context.settings;
                const existing = dockerignore === null ? null : matcher(dockerignore);
                const missing = [];
                // the context paths COPY/ADD name, read once for all candidates
                const copied = copiedPaths(file);
                for (const c of CANDIDATES) {
                    if (c.pattern === 'node_modules' && !buildsNodeModules(file, copied))
                        continue;
                    const probes = probesFor(c, contextEntries);
                    if (probes.length === 0)
                        continue;
                    if (existing && probes.every((p) => existing.ignores(p)))
                        continue;
                    if (neededByCopy(copied, c.pattern))
                        continue;
                    missing.push(c.pattern);
                }
                if (missing.length === 0)
                    return;
                const what = missing.join(', ');
                // copied into a builder stage, the files only ship if copied on; they still bust the cache
                // without a listing of the context the names are the usual ones, not what it holds
                const subject = contextEntries === null ? `${what} (if the context holds them)` : what;
                const effect = (0,stages/* finalLineage */.cd)(file).has(copy.stage)
                    ? `${subject} would end up in the image, and every change to them busts the cache`
                    : `${subject} would be sent to the builder and bust the cache of this COPY and every step after it`;
                context.report({
                    at: copy,
                    message: dockerignore === null
                        ? `The whole build context is copied and there is no .dockerignore: ${effect}.`
                        : `The whole build context is copied and .dockerignore does not exclude ${what}.`,
                    fix: { description: `Add ${what} to .dockerignore`, edits: [], dockerignore: missing },
                });
            },
        };
    },
};
/**
 * The names to test a candidate with. A known context (its top-level entries, from the lint environment): only
 * the entries it covers, so a finding names only what the build would really send. An unknown context: the
 * usual junk, but a logs folder only when seen (the name is too common to assume).
 */
function probesFor(c, contextEntries) {
    if (contextEntries !== null)
        return contextEntries.filter((e) => c.covers(e));
    return c.pattern === 'logs' ? [] : [c.probe];
}
/** node_modules can be ignored when the image installs its own dependencies and no COPY names the folder. */
function buildsNodeModules(file, copied) {
    const installs = file.instructions.some((i) => [...(0,shell/* findCommands */.uU)(i.shell, 'npm', 'pnpm'), ...(0,shell/* findCommands */.uU)(i.shell, 'yarn')].some((c) => ['install', 'i', 'ci', ''].includes((0,shell/* subcommand */._d)(c) ?? '')));
    return installs && !copied.some((s) => s.includes('node_modules'));
}
/** A pattern that would exclude an explicitly copied source must not be added. */
function neededByCopy(copied, pattern) {
    const m = candidateMatcher(pattern);
    return copied.some((s) => {
        const path = s.replace(/^\.\//, '').replace(/\/+$/, '');
        return path !== '' && path !== '.' && (m.ignores(path) || m.ignores(path.split('/')[0]));
    });
}
/** The context sources of every COPY/ADD of the file (not stages, URLs or heredocs). */
function copiedPaths(file) {
    const out = [];
    for (const ins of file.instructions)
        for (const s of sources(ins))
            out.push(s);
    return out;
}
function sources(ins) {
    if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || ins.flags.some((f) => f.name === 'from'))
        return [];
    if (ins.heredocs.length > 0)
        return [];
    return (0,shell/* valuesOf */.sm)(ins.words.slice(0, -1)).filter((v) => !/^[a-z]+:\/\//.test(v));
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/IB110.js


const SECRET_NAME = /(^|[_-])(pass(word|wd)?|pwd|secret|token|api[_-]?key|apikey|private[_-]?key|access[_-]?key|secret[_-]?key|client[_-]?secret|credentials?|auth[_-]?token)([_-]|$)/i;
/** Names that hold a path, a size or a switch about a secret, not the secret itself. */
const NOT_SECRET_NAME = /[_-](file|path|dir|filename|length|size|ttl|timeout|expiry|expires|type|header|name|prefix|url|uri|url_path|endpoint|host|port|config|helper|id)$/i;
const SECRET_VALUE = [
    [/\bAKIA[0-9A-Z]{16}\b/, 'an AWS access key id'],
    [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, 'a private key'],
    [/\bgh[pousr]_[A-Za-z0-9]{36,}\b/, 'a GitHub token'],
    [/\bxox[abprs]-[A-Za-z0-9-]{10,}/, 'a Slack token'],
    [/\bglpat-[A-Za-z0-9_-]{20,}/, 'a GitLab token'],
    [/^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]+@/i, 'a URL with a password'],
    // `password=hunter2` inside a longer value (a connection string, a query); `password=$PASS` is not a literal,
    // and `password: now` (a space after the separator) reads as prose
    [
        /(?:^|[^A-Za-z0-9])(?:pass(?:word|wd)?|pwd|secret|token|api[_-]?key)[=:](?!\$)[^\s&;,'"]{3,}/i,
        'an inline password or token',
    ],
];
/** Text every SECRET_VALUE pattern needs (AKIA, a PEM header, a token prefix, `://`, a secret's key name): one scan
 *  rules out all seven for most values. */
const SECRET_VALUE_HINT = /AKIA|-----BEGIN |gh[pousr]_|xox[abprs]-|glpat-|:\/\/|pass|pwd|secret|token|api[_-]?key/i;
/** Switches, paths (a secret file's location is not the secret) and placeholders with no letter or digit (`_`). */
const HARMLESS_VALUE = /^(|yes|no|true|false|on|off|0|1|none|null|\/[\w./-]*|[^A-Za-z0-9]+)$/i;
/** ENV and ARG values are stored in the image config and history: anyone who pulls the image can read them. */
const IB110 = {
    meta: {
        code: 'IB110',
        name: 'secret-in-env-arg',
        severity: 'error',
        category: 'security',
        fixable: false,
        description: 'An ENV or ARG looks like it carries a secret (password, token, API key, private key).',
        docs: 'docs/rules/IB110.md',
        keywords: ['ENV', 'ARG'],
    },
    create(context) {
        let secretIds;
        return {
            instruction(ins) {
                if (ins.keyword !== 'ENV' && ins.keyword !== 'ARG')
                    return;
                for (const [name, value, at] of pairs(ins.keyword, ins.words)) {
                    const valueHit = value === null || !SECRET_VALUE_HINT.test(value)
                        ? undefined
                        : SECRET_VALUE.find(([re]) => re.test(value));
                    const nameHit = SECRET_NAME.test(name) &&
                        !NOT_SECRET_NAME.test(name) &&
                        holdsValue(ins.keyword, value) &&
                        // the name of a secret, not the secret: `RUN --mount=type=secret,id=$NAME` is the recommended way
                        !(secretIds ??= secretIdVariables(context.file)).has(name);
                    if (!valueHit && !nameHit)
                        continue;
                    const what = valueHit ? `holds what looks like ${valueHit[1]}` : 'looks like a secret';
                    context.report({
                        at,
                        message: `${ins.keyword} ${name} ${what}: ${ins.keyword} values stay readable in the image config and history. Pass it with RUN --mount=type=secret (BuildKit) or at run time.`,
                    });
                }
            },
        };
    },
};
/** Variables a `RUN --mount=type=secret,id=$NAME` names its secret with. */
function secretIdVariables(file) {
    const names = new Set();
    for (const ins of file.instructions) {
        for (const mount of (0,mounts/* mountsOf */.cS)(ins)) {
            if (mount.type !== 'secret' || mount.id === undefined)
                continue;
            const m = /^\$\{?([A-Za-z_]\w*)\}?/.exec(mount.id);
            if (m)
                names.add(m[1]);
        }
    }
    return names;
}
/** Whether a secret-named ENV or ARG holds a value worth hiding. An ARG without a value, or with an empty one, is
 *  filled by --build-arg, and that value lands in the image history; an ENV value must be more than a switch or
 *  a path. */
function holdsValue(keyword, value) {
    if (keyword === 'ARG' && (value === null || value === ''))
        return true;
    return value !== null && !HARMLESS_VALUE.test(value);
}
/** (name, value, word) pairs: `K=V` words, or the legacy `ENV K V` form; value null for `ARG K`. */
function pairs(keyword, words) {
    const out = [];
    if (words.length === 0)
        return out;
    const first = words[0];
    if (keyword === 'ENV' && !first.value.includes('=')) {
        out.push([first.value, (0,shell/* valuesOf */.sm)(words.slice(1)).join(' '), first]);
        return out;
    }
    for (const w of words) {
        const eq = w.value.indexOf('=');
        out.push(eq < 0 ? [w.value, null, w] : [w.value.slice(0, eq), w.value.slice(eq + 1), w]);
    }
    return out;
}

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/IB111.js


const SOCKET = /^\/(var\/)?run\/docker\.sock\b/;
/** The Docker socket gives whoever holds it root on the host. */
const IB111 = {
    meta: {
        code: 'IB111',
        name: 'docker-socket',
        severity: 'warning',
        category: 'security',
        fixable: false,
        description: 'VOLUME or a RUN mount of /var/run/docker.sock.',
        docs: 'docs/rules/IB111.md',
        keywords: ['VOLUME', 'RUN'],
    },
    create(context) {
        return {
            instruction(ins) {
                if (ins.keyword === 'VOLUME') {
                    for (const w of ins.words) {
                        const m = /\/(?:var\/)?run\/docker\.sock\b/.exec(w.raw);
                        if (!m)
                            continue;
                        context.report({
                            at: (0,support_edits/* spanAt */.i6)(context.file, w.start + m.index, w.start + m.index + m[0].length),
                            message: 'VOLUME /var/run/docker.sock invites mounting the Docker socket, which gives the container root on the host.',
                        });
                    }
                }
                if (ins.keyword === 'RUN') {
                    for (const mount of (0,mounts/* mountsOf */.cS)(ins)) {
                        if ([...mount.fields.values()].some((v) => SOCKET.test(v))) {
                            context.report({
                                at: mount.flag,
                                message: 'This RUN mounts the Docker socket: the build step gets root on the build host.',
                            });
                        }
                    }
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/IB112.js


const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ash', 'ksh']);
const DOWNLOADERS = new Set(['curl', 'wget']);
/** A downloaded script run straight from the network: whatever the server sends runs in the build. */
const IB112 = {
    meta: {
        code: 'IB112',
        name: 'curl-pipe-shell',
        severity: 'warning',
        category: 'security',
        fixable: false,
        description: 'A downloaded script is piped (or substituted) straight into a shell, so it runs unverified.',
        docs: 'docs/rules/IB112.md',
        keywords: ['RUN'],
        // a finding needs a downloader piped into a shell, or a shell running a download
        commands: [...DOWNLOADERS, ...SHELLS],
    },
    create(context) {
        const file = context.file;
        return {
            instruction(ins) {
                if (ins.keyword !== 'RUN' || !ins.shell)
                    return;
                // no verification can help here: a stream piped into a shell has run before any later command
                // could check it, so a checksum elsewhere in the RUN (of some other file) does not count
                const cmds = ins.shell.commands;
                for (let k = 0; k < cmds.length; k++) {
                    const cmd = cmds[k];
                    const next = cmds[k + 1];
                    const piped = DOWNLOADERS.has((0,shell/* commandName */.p6)(cmd)) && cmd.after === '|' && next && SHELLS.has((0,shell/* commandName */.p6)(next));
                    const substituted = SHELLS.has((0,shell/* commandName */.p6)(cmd)) &&
                        (0,shell/* effectiveWords */.T)(cmd).some((w) => /^(<\(|\$\()\s*(curl|wget)\b/.test(w.raw.replace(/^["']/, '')));
                    if (!piped && !substituted)
                        continue;
                    context.report({
                        at: (0,support_edits/* spanAt */.i6)(file, cmd.start, piped ? next.end : cmd.end),
                        message: 'A downloaded script is run by a shell without being verified. Download it to a file, check its sha256sum against a pinned value, then run it.',
                        suggestion: 'RUN curl -fsSLo /tmp/install.sh https://example.com/install.sh \\\n && echo "<sha256>  /tmp/install.sh" | sha256sum -c - \\\n && sh /tmp/install.sh && rm /tmp/install.sh',
                    });
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/IB113.js

/** A Git source: `….git`, `….git#ref`, or a `?ref=` / `?commit=` query (BuildKit clones these, not downloads). */
const GIT_SOURCE = /\.git(?:[#?]|$)|[?&](?:ref|commit)=/i;
/** Pinned to a full commit hash, as `#<sha>` or `commit=<sha>`: content-addressed already. */
const GIT_COMMIT = /(?:#|[?&]commit=)[0-9a-f]{40}(?:[&:]|$)/i;
/** ADD of a URL fetches whatever the server returns today: the build is neither reproducible nor verified. */
const IB113 = {
    meta: {
        code: 'IB113',
        name: 'add-url-no-checksum',
        severity: 'warning',
        category: 'security',
        fixable: false,
        description: 'ADD of an http(s) URL without --checksum, or of a Git repository not pinned to a commit.',
        docs: 'docs/rules/IB113.md',
        keywords: ['ADD'],
    },
    create(context) {
        const vars = (0,variables/* variableTracker */.j0)(context.file);
        return {
            instruction(ins) {
                vars.visit(ins);
                if (ins.keyword !== 'ADD' || ins.flags.some((f) => f.name === 'checksum'))
                    return;
                for (const w of ins.words.slice(0, -1)) {
                    if (!/^https?:\/\//i.test(w.value))
                        continue;
                    if (GIT_SOURCE.test(w.value)) {
                        // a commit given through an ARG default (`?commit=${UTIL_COMMIT}`) counts as given
                        if (GIT_COMMIT.test((0,variables/* expand */.fT)(w.value, (n) => vars.get(n))))
                            continue;
                        context.report({
                            at: w,
                            message: `ADD clones ${w.value} at a branch or tag, which can move: pin the commit (\`#<40-character commit>\` or \`?commit=<commit>\`), so every build gets the same tree.`,
                        });
                        continue;
                    }
                    context.report({
                        at: w,
                        message: `ADD fetches ${w.value} without --checksum: a changed or tampered download goes unnoticed. Pin it with --checksum=sha256:<digest> (Dockerfile syntax 1.6+).`,
                        suggestion: `ADD --checksum=sha256:<digest> ${ins.args}`,
                    });
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/IB114.js

const LAYER_MAKERS = new Set(['RUN', 'COPY', 'ADD']);
/** Every RUN/COPY/ADD adds a layer; the storage driver caps an image near 127 and many layers pull slower. */
const IB114 = {
    meta: {
        code: 'IB114',
        name: 'too-many-layers',
        severity: 'warning',
        category: 'size',
        fixable: false,
        description: 'The final image gets more layers (RUN/COPY/ADD) than the configured maximum.',
        docs: 'docs/rules/IB114.md',
    },
    create: finalImage((stages, context) => {
        const last = stages[stages.length - 1];
        if (!last)
            return;
        let count = 0;
        for (const s of stages) {
            for (const i of s.instructions)
                if (LAYER_MAKERS.has(i.keyword) && !i.onbuild)
                    count++;
        }
        const max = context.settings.maxLayers;
        if (count <= max)
            return;
        context.report({
            at: last.from,
            message: `The final image gets ${count} layers from RUN/COPY/ADD (maximum ${max}; the engine refuses images near 127 layers, base layers included). Merge RUNs and COPY whole folders.`,
        });
    }),
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/IB115.js

/** A service without HEALTHCHECK: orchestrators that read it (Docker, Swarm, Compose) only see "running". */
const IB115 = {
    meta: {
        code: 'IB115',
        name: 'no-healthcheck',
        severity: 'info',
        category: 'correctness',
        fixable: false,
        description: 'The final image exposes a port but has no HEALTHCHECK.',
        docs: 'docs/rules/IB115.md',
    },
    create: finalImage((stages, context) => {
        // the first EXPOSE and any HEALTHCHECK of the final image's own instructions (ONBUILD triggers aside)
        let expose;
        let healthcheck = false;
        for (const s of stages) {
            for (const i of s.instructions) {
                if (i.onbuild)
                    continue;
                if (i.keyword === 'EXPOSE')
                    expose ??= i;
                else if (i.keyword === 'HEALTHCHECK')
                    healthcheck = true;
            }
        }
        if (!expose || healthcheck)
            return;
        context.report({
            at: expose,
            message: 'The image exposes a port but this Dockerfile defines no HEALTHCHECK, so unless its base image defines one, Docker cannot tell a hung service from a healthy one.',
            suggestion: 'HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://localhost:8080/health || exit 1',
        });
    }),
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/IB116.js




/** Consecutive RUNs that could be one: every RUN adds a layer (and a cache step) for nothing. */
const IB116 = {
    meta: {
        code: 'IB116',
        name: 'consecutive-runs',
        severity: 'style',
        category: 'size',
        fixable: true,
        description: 'Consecutive RUN instructions that can be merged without changing behaviour.',
        docs: 'docs/rules/IB116.md',
    },
    create: eachStage((stage, context) => {
        const file = context.file;
        const list = stage.instructions;
        let i = 0;
        while (i < list.length) {
            const first = list[i];
            // lastMergeable says no at once to anything but a RUN of the image itself: skip the call for those
            const j = (0,stages/* isPlainRun */.aq)(first) ? lastMergeable(file, stage, i) : i;
            if (j > i) {
                const runs = list.slice(i, j + 1);
                const second = runs[1];
                let lines = String(runs[0].line);
                for (let k = 1; k < runs.length; k++)
                    lines += `, ${runs[k].line}`;
                context.report({
                    at: (0,support_edits/* spanAt */.i6)(file, second.start, second.start + 3),
                    message: `The RUNs at lines ${lines} can be one RUN: each RUN adds a layer and a build step.`,
                    fix: { description: `Merge the RUNs at lines ${lines}`, edits: mergeRunsEdits(file, runs) },
                });
            }
            i = j + 1;
        }
    }),
};

;// CONCATENATED MODULE: ./.tmp/package/lib/src/lint/rules/index.js
























































































const allRules = [
    DL1001,
    DL3000,
    DL3001,
    DL3002,
    DL3003,
    DL3004,
    DL3006,
    DL3007,
    DL3008,
    DL3009,
    DL3010,
    DL3011,
    DL3012,
    DL3013,
    DL3014,
    DL3015,
    DL3016,
    DL3018,
    DL3019,
    DL3020,
    DL3021,
    DL3022,
    DL3023,
    DL3024,
    DL3025/* DL3025 */.ZH,
    DL3026,
    DL3027,
    DL3028,
    DL3029,
    DL3030,
    DL3032,
    DL3033,
    DL3034,
    DL3035,
    DL3036,
    DL3037,
    DL3038,
    DL3040,
    DL3041,
    DL3042,
    DL3043,
    DL3044,
    DL3045,
    DL3046,
    DL3047,
    DL3048,
    DL3049,
    DL3050,
    DL3051,
    DL3052,
    DL3053,
    DL3054,
    DL3055,
    DL3056,
    DL3057,
    DL3058,
    DL3059,
    DL3060,
    DL3061,
    DL3062,
    DL3063,
    DL3064,
    DL3065,
    DL3066,
    DL3067,
    DL4000/* DL4000 */.X,
    DL4001,
    DL4003,
    DL4004,
    DL4005,
    DL4006,
    IB101,
    IB102,
    IB103,
    IB104,
    IB105,
    IB106,
    IB107,
    IB108,
    IB109,
    IB110,
    IB111,
    IB112,
    IB113,
    IB114,
    IB115,
    IB116,
    // BuildKit's checks, under BuildKit's names, after the DL and IB codes
    ...buildkit/* buildkitRules */.s1,
];


/***/ }),

/***/ 1878:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ copyArgs),
/* harmony export */   _: () => (/* binding */ copiesWholeContext)
/* harmony export */ });
/** Whole-context sources: any change to any file re-runs every step after them. */
function copiesWholeContext(ins) {
    if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') ||
        ins.onbuild ||
        ins.flags.some((f) => f.name === 'from'))
        return false;
    if (ins.heredocs.length > 0 || ins.words.length < 2)
        return false;
    return ins.words.slice(0, -1).some((w) => /^(\.|\.\/|\*|\.\/\*)$/.test(w.value));
}
/** Splits the arguments of COPY/ADD; heredoc sources (`<<EOF`) are left out. */
function copyArgs(ins) {
    const words = jsonWords(ins) ?? shellWords(ins);
    const dest = words.length > 0 ? words[words.length - 1] : undefined;
    const sources = words.slice(0, -1).filter((w) => !w.value.startsWith('<<'));
    return { sources, dest };
}
/** The words with their quotes removed. */
function shellWords(ins) {
    const out = [];
    for (const w of ins.words)
        out.push({ value: stripQuotes(w.raw), span: spanOf(w) });
    return out;
}
function spanOf(w) {
    const { line, column, endLine, endColumn, start, end } = w;
    return { line, column, endLine, endColumn, start, end };
}
function stripQuotes(raw) {
    // most words have no quote: then there is nothing to replace (and no callback per match to run)
    if (!raw.includes('"') && !raw.includes("'"))
        return raw;
    return raw.replace(/"([^"]*)"|'([^']*)'/g, (_, a, b) => a ?? b ?? '');
}
/** `COPY ["a b", "c"]`: the parser splits such arguments on whitespace; read them as JSON instead. */
function jsonWords(ins) {
    if (!ins.args.startsWith('[') || !ins.argsSpan)
        return null;
    // not closed by `]`: not JSON, known without the cost of a thrown SyntaxError
    if (!ins.args.trimEnd().endsWith(']'))
        return null;
    let values;
    try {
        values = JSON.parse(ins.args);
    }
    catch {
        return null;
    }
    if (!Array.isArray(values) || !values.every((v) => typeof v === 'string'))
        return null;
    // spans: each quoted item in order, mapped onto the instruction's words where they line up
    const out = [];
    const re = /"((?:[^"\\]|\\.)*)"/g;
    const rawStart = ins.argsSpan.start;
    let k = 0;
    for (const m of ins.args.matchAll(re)) {
        const value = values[k++];
        if (value === undefined)
            break;
        const start = rawStart + m.index;
        const word = ins.words.find((w) => w.start <= start && start < w.end);
        out.push({ value, span: word ? spanOf(word) : ins.argsSpan });
    }
    return out;
}


/***/ }),

/***/ 5502:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BW: () => (/* binding */ wordSpan),
/* harmony export */   EP: () => (/* binding */ keywordSpan),
/* harmony export */   LE: () => (/* binding */ keywordAsWritten),
/* harmony export */   WH: () => (/* binding */ insertAfter),
/* harmony export */   _N: () => (/* binding */ commandUpTo),
/* harmony export */   i6: () => (/* binding */ spanAt),
/* harmony export */   "in": () => (/* binding */ commandSpan),
/* harmony export */   mv: () => (/* binding */ appendCommand),
/* harmony export */   wC: () => (/* binding */ wordsSpan),
/* harmony export */   zo: () => (/* binding */ wholeLines)
/* harmony export */ });
/* harmony import */ var _dockerfile_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(646);
// Spans and text edits over the parsed file: where a finding points, and the minimal edits its fix makes.

/**
 * ` && next` appended right after `cmd`, when that keeps the script's meaning: the command must end a plain
 * `&&`/`;`/newline chain (not sit inside a pipe, a background job or an `||` fallback).
 */
function appendCommand(cmd, next) {
    if (cmd.after !== null && cmd.after !== '&&' && cmd.after !== ';' && cmd.after !== '\n')
        return null;
    if (cmd.before === '|' || cmd.before === '&' || cmd.before === '||')
        return null;
    return { start: cmd.end, end: cmd.end, text: ` && ${next}` };
}
/** Exactly the whole lines an instruction occupies, newline included: for deleting it. */
function wholeLines(file, ins) {
    const start = file.lineStarts[ins.line - 1];
    const nextLine = file.lineStarts[ins.endLine];
    const end = nextLine ?? file.text.length;
    return { start, end, text: '' };
}
/** The instruction's keyword as written (`from`, `Copy`); for an ONBUILD trigger, the ONBUILD keyword. */
function keywordAsWritten(file, ins) {
    const lineStart = file.lineStarts[ins.line - 1] ?? 0;
    const start = ins.onbuild
        ? lineStart + (/^\s*/.exec(file.text.slice(lineStart))?.[0].length ?? 0)
        : ins.start;
    const m = /^\S+/.exec(file.text.slice(start, start + 64));
    return { text: m ? m[0] : ins.keyword, start };
}
/** A span from two offsets into `file.text`. */
function spanAt(file, start, end) {
    const a = (0,_dockerfile_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .position */ .G1)(file.lineStarts, start);
    const b = (0,_dockerfile_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .position */ .G1)(file.lineStarts, end);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, start, end };
}
function wordSpan(file, word) {
    return spanAt(file, word.start, word.end);
}
/** From the first to the last of `words` (which must be non-empty and in source order). */
function wordsSpan(file, words) {
    return spanAt(file, words[0].start, words[words.length - 1].end);
}
/** The whole command: argv[0] … last word. */
function commandSpan(file, cmd) {
    return spanAt(file, cmd.start, cmd.end);
}
/** From the command name to `word` (`apt-get … install`): names the command without its long package list. */
function commandUpTo(file, cmd, word) {
    return spanAt(file, cmd.words[0]?.start ?? cmd.start, word.end);
}
/** The instruction keyword (`ADD`); for ONBUILD triggers the trigger's keyword. */
function keywordSpan(file, ins) {
    return spanAt(file, ins.start, ins.start + ins.keyword.length);
}
/** Inserts ` text` right after `word`. */
function insertAfter(word, text) {
    return { start: word.end, end: word.end, text: ` ${text}` };
}


/***/ }),

/***/ 1709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ looksLikeImage),
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   hb: () => (/* binding */ isImageReference)
/* harmony export */ });
// Image references: registry, repository, tag and digest, and whether a word reads as one.
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN = '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?';
const REFERENCE = new RegExp(`^(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$`);
/** Whether `name` parses as an image reference (`busybox:latest`, `ghcr.io/o/r@sha256:…`); `busybox:` and ''
 *  do not. A first part with a dot, a colon or `localhost` is a registry, as Docker reads it. */
function isImageReference(name) {
    if (name === '' || /^[a-f0-9]{64}$/.test(name))
        return false;
    return REFERENCE.test(name);
}
/** Splits `registry/repo:tag@digest`. The first path part is a registry when it has a `.` or `:` or is `localhost`. */
function parseImageRef(ref) {
    let rest = ref;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    let registry = 'docker.io';
    const slash = rest.indexOf('/');
    if (slash > 0) {
        const first = rest.slice(0, slash);
        if (first.includes('.') || first.includes(':') || first === 'localhost') {
            registry = first.toLowerCase();
            rest = rest.slice(slash + 1);
        }
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    return {
        registry,
        repository: rest,
        ...(tag !== undefined ? { tag } : {}),
        ...(digest !== undefined ? { digest } : {}),
    };
}
/** A stage reference cannot contain these; an image reference usually does. */
function looksLikeImage(ref) {
    return /[:/@]/.test(ref);
}


/***/ }),

/***/ 3860:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JQ: () => (/* binding */ fromParts),
/* harmony export */   aq: () => (/* binding */ isPlainRun),
/* harmony export */   cd: () => (/* binding */ finalLineage),
/* harmony export */   v2: () => (/* binding */ stageRuns)
/* harmony export */ });
/* harmony import */ var _dockerfile_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(646);
// Stages as the rules see them: the final image's lineage, a stage's own RUNs, a FROM's parts.

const chains = new WeakMap();
/** The last stage and every stage it is built on: what ends up in the default build target. */
function finalLineage(file) {
    // a dozen rules ask for it per file: worked out once
    const known = chains.get(file);
    if (known !== undefined)
        return known;
    const chain = new Set((0,_dockerfile_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .stageLineage */ .uL)(file, file.stages[file.stages.length - 1]).map((s) => s.index));
    chains.set(file, chain);
    return chain;
}
/** A RUN of the image itself (not an ONBUILD trigger, which runs in a child build). */
function isPlainRun(ins) {
    return ins.keyword === 'RUN' && !ins.onbuild;
}
/** The RUN instructions of a stage (ONBUILD triggers excluded: they run in a child build). */
function stageRuns(stage) {
    return stage.instructions.filter(isPlainRun);
}
/** The raw `--platform` value and the image word of a FROM, and the stage name as written. */
function fromParts(stage) {
    const from = stage.from;
    const platform = from.flags.find((f) => f.name === 'platform')?.value ?? undefined;
    const words = from.words.map((w) => w.raw);
    return {
        ...(platform !== undefined ? { platform } : {}),
        image: words[0] ?? '',
        ...(words.length >= 3 ? { nameWord: words[2] } : {}),
    };
}


/***/ }),

/***/ 7690:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fT: () => (/* binding */ expand),
/* harmony export */   gm: () => (/* binding */ globalScope),
/* harmony export */   j0: () => (/* binding */ variableTracker)
/* harmony export */ });
/* unused harmony export PREDEFINED_PLATFORM_ARGS */
/* harmony import */ var _dockerfile_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(646);
/* harmony import */ var _dockerfile_expand_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6302);
/* harmony import */ var _dockerfile_scope_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6468);
// The variables an instruction sees as the DL rules track them, the global scope of BuildKit's checks, and the
// plain expander.



/**
 * Tracks the variables an instruction can see: ARGs are remembered across the whole file (a value declared
 * anywhere above may be passed in), ENVs per stage and inherited by stages built FROM that stage.
 * Call `visit` with the instruction at hand, then `get` for its view: the instructions before it are read from the
 * file itself, so a rule that uses the tracker needs to be routed only the instructions it checks (RuleMeta.keywords).
 */
function variableTracker(file) {
    // Most instructions are never asked about: `visit` only notes how far the file has been read, and the
    // instructions up to there are applied (in file order, as `visit` was called for them) when a question comes.
    let args;
    const envByStage = new Map();
    let env = new Map();
    let seen = -1;
    let applied = -1;
    const apply = (ins) => {
        args ??= new Map();
        if (ins.keyword === 'FROM' && !ins.onbuild) {
            // the stage this FROM starts is the one it belongs to (looked up directly, not searched for)
            const own = ins.stage >= 0 ? file.stages[ins.stage] : undefined;
            const stage = own?.from === ins ? own : file.stages.find((s) => s.from === ins);
            const parent = (0,_dockerfile_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parentStage */ .vp)(file, stage);
            env = new Map(parent ? (envByStage.get(parent.index) ?? []) : []);
            if (stage)
                envByStage.set(stage.index, env);
        }
        else if (ins.keyword === 'ARG') {
            for (const kv of (0,_dockerfile_scope_js__WEBPACK_IMPORTED_MODULE_1__/* .keyValues */ .K7)(ins).pairs)
                args.set(kv.key, kv.value ?? args.get(kv.key) ?? '');
        }
        else if (ins.keyword === 'ENV' && !ins.onbuild) {
            for (const kv of (0,_dockerfile_scope_js__WEBPACK_IMPORTED_MODULE_1__/* .keyValues */ .K7)(ins).pairs)
                if (kv.value !== null)
                    env.set(kv.key, kv.value);
        }
    };
    const catchUp = () => {
        for (let k = applied + 1; k <= seen; k++)
            apply(file.instructions[k]);
        if (seen > applied)
            applied = seen;
    };
    return {
        visit(ins) {
            if (ins.index > seen)
                seen = ins.index;
        },
        get(name) {
            catchUp();
            return env.get(name) ?? args?.get(name);
        },
        has(name) {
            catchUp();
            return env.has(name) || (args?.has(name) ?? false);
        },
    };
}
/** Replaces `$NAME` / `${NAME}` with known values; unknown variables become empty, as the shell would. */
function expand(text, lookup) {
    return text.replace(/\$\{([A-Za-z_]\w*)(?::?[-+=?][^}]*)?\}|\$([A-Za-z_]\w*)/g, (_m, a, b) => {
        return lookup((a ?? b)) ?? '';
    });
}
/** Platform variables the builder defines before any ARG: the global scope can use them undeclared. */
const PREDEFINED_PLATFORM_ARGS = new Map([
    ['BUILDPLATFORM', 'linux/amd64'],
    ['BUILDOS', 'linux'],
    ['BUILDARCH', 'amd64'],
    ['BUILDVARIANT', ''],
    ['TARGETPLATFORM', 'linux/amd64'],
    ['TARGETOS', 'linux'],
    ['TARGETARCH', 'amd64'],
    ['TARGETVARIANT', ''],
]);
/** The ARGs before the first FROM, as the builder reads them: a build argument replaces a default. */
function globalScope(file, buildArgs, escape = file.escape) {
    const env = new Map(PREDEFINED_PLATFORM_ARGS);
    const declared = new Set();
    for (const ins of file.instructions) {
        if (ins.stage >= 0)
            break;
        if (ins.keyword !== 'ARG')
            continue;
        for (const { key, raw } of (0,_dockerfile_scope_js__WEBPACK_IMPORTED_MODULE_1__/* .keyValues */ .K7)(ins).pairs) {
            const value = raw.value;
            declared.add(key);
            const given = Object.hasOwn(buildArgs, key) ? buildArgs[key] : undefined;
            const v = given ?? (value === null ? undefined : (0,_dockerfile_expand_js__WEBPACK_IMPORTED_MODULE_2__/* .expandWord */ .V)(value, env, escape).result);
            if (v !== undefined)
                env.set(key, v);
        }
    }
    return { env, declared };
}


/***/ })

};
