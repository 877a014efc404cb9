export const id = 909;
export const ids = [909];
export const modules = {

/***/ 9985:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ parseThreshold),
/* harmony export */   N6: () => (/* binding */ skippedKeysWarning),
/* harmony export */   O6: () => (/* binding */ reaches),
/* harmony export */   Rm: () => (/* binding */ THRESHOLDS),
/* harmony export */   SV: () => (/* binding */ mergeConfigs),
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
    const codes = stringList(v, file, key, 'rule codes (DL3008, SC2086, IB101)').map((c) => c.trim());
    for (const c of codes) {
        if (!/^[A-Z]{2,3}\d{3,4}$/.test(c)) {
            throw new ConfigError(file, key, `${JSON.stringify(c)} is not a rule code; accepted: codes such as DL3008, SC2086, IB101`);
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
    lintOptions(settings) {
        return {
            config: this.environment.config,
            settings: { ...this.environment.settings, ...settings },
            ...(this.options.rules ? { rules: this.options.rules } : {}),
        };
    }
}


/***/ }),

/***/ 3245:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ shellcheckFile),
/* harmony export */   Q4: () => (/* binding */ processShellcheckRunner),
/* harmony export */   Wk: () => (/* binding */ shellcheckSkipNote)
/* harmony export */ });
/* unused harmony exports ShellcheckTimeout, ShellcheckMissing, EXCLUDED_CODES, dialectOf, shellcheckJobs, mapComments, findShellcheckRc */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3183);
/* harmony import */ var _dockerfile_parse_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(646);
/* harmony import */ var _pragmas_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6178);
// ShellCheck over RUN bodies. Like hadolint, each RUN is a script of its own (a RUN runs in a fresh shell: an
// `exit`, a `set -e` or a syntax error in one RUN says nothing about the next), but the scripts of a file are
// written to one temporary file each and handed to a single `shellcheck` per shell dialect, which checks every
// file on its own, so `shellcheck` starts once per file (not once per RUN). Its findings are mapped back to
// Dockerfile lines and columns as `SC2086`… findings. Like hadolint: variables declared by ARG/ENV (and the proxy
// variables Docker predefines) are exported at the top of each script, SC2187 and SC1090 are excluded (they cannot
// be acted on in a Dockerfile), non-POSIX shells (PowerShell, cmd) are skipped, and ONBUILD triggers are checked
// with `sh` and no declared variables, because they run in a later build whose ARG/ENV/SHELL are unknown.








/** ShellCheck was stopped: it ran longer than it was given (`ms`). */
class ShellcheckTimeout extends Error {
    ms;
    constructor(ms) {
        super(`shellcheck did not finish within ${(0,_limits_js__WEBPACK_IMPORTED_MODULE_5__/* .seconds */ .YA)(ms)} and was stopped`);
        this.ms = ms;
        this.name = 'ShellcheckTimeout';
    }
}
/** What to say, once, when ShellCheck cannot check the RUNs: it is missing, or it failed (`detail`). */
function shellcheckSkipNote(error, detail) {
    return error instanceof ShellcheckMissing
        ? `${error.message}; install it (apt-get install shellcheck) to check them`
        : `ShellCheck failed, RUN instructions not checked: ${detail}`;
}
class ShellcheckMissing extends Error {
    constructor() {
        super('shellcheck is not installed (not on PATH): RUN instructions were not checked with ShellCheck');
        this.name = 'ShellcheckMissing';
    }
}
/** Codes hadolint excludes for Dockerfiles (2187: ash checked as dash; 1090: non-constant `source`), plus 1091
 *  (`source` of a file that is not given): sourced files live in the image, never beside the Dockerfile, and
 *  hadolint never reports it either because its ShellCheck runs with a mocked file system. */
const EXCLUDED_CODES = [2187, 1090, 1091];
const DEFAULT_VARS = [
    'HTTP_PROXY',
    'http_proxy',
    'HTTPS_PROXY',
    'https_proxy',
    'FTP_PROXY',
    'ftp_proxy',
    'NO_PROXY',
    'no_proxy',
];
/** Maps a SHELL executable (or shell pragma) to a ShellCheck dialect; undefined for shells it cannot check. */
function dialectOf(shell) {
    const base = (shell.split(/[\\/]/).pop() ?? '').toLowerCase().replace(/\.exe$/, '');
    if (base === 'sh')
        return 'sh';
    if (base === 'bash')
        return 'bash';
    if (base === 'dash' || base === 'ash' || base === 'busybox')
        return 'dash';
    if (base === 'ksh' || base === 'mksh')
        return 'ksh';
    return undefined;
}
/** Builds the scripts for a file, one per RUN in file order (pure). */
function shellcheckJobs(parsed) {
    const pragmaShell = (0,_pragmas_js__WEBPACK_IMPORTED_MODULE_7__/* .readPragmas */ .Q)(parsed).shell;
    if (pragmaShell !== undefined && dialectOf(pragmaShell) === undefined)
        return [];
    const initialShell = pragmaShell ?? 'sh';
    const jobs = [];
    const stageEnd = [];
    let env = { shell: initialShell, vars: new Set(DEFAULT_VARS) };
    // the first stage of each name, for FROMs that name an earlier stage (a scan per FROM was quadratic)
    const firstOfName = new Map();
    for (const s of parsed.stages)
        if (s.name !== undefined && !firstOfName.has(s.name))
            firstOfName.set(s.name, s.index);
    for (const ins of parsed.instructions) {
        if (ins.onbuild) {
            if (ins.keyword === 'RUN')
                addRun(parsed, jobs, ins, 'sh', new Set(DEFAULT_VARS));
            continue;
        }
        switch (ins.keyword) {
            case 'FROM': {
                if (ins.stage > 0)
                    stageEnd[ins.stage - 1] = env;
                const stage = parsed.stages[ins.stage];
                const first = stage?.fromStage ? firstOfName.get(stage.resolvedImage.toLowerCase()) : undefined;
                const parent = first !== undefined && first < stage.index ? parsed.stages[first] : undefined;
                const inherited = parent ? stageEnd[parent.index] : undefined;
                // a Windows base runs RUN with `cmd /S /C` unless a SHELL says otherwise: nothing for ShellCheck there
                const shell = pragmaShell ?? (stage && !parent && (0,_dockerfile_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .isWindowsImage */ .n)(stage.resolvedImage) ? 'cmd' : 'sh');
                env = inherited
                    ? { shell: inherited.shell, vars: new Set(inherited.vars) }
                    : { shell, vars: new Set(DEFAULT_VARS) };
                break;
            }
            case 'SHELL':
                if (ins.form === 'exec' && ins.words[0])
                    env.shell = ins.words[0].value;
                break;
            case 'ARG':
                for (const w of ins.words) {
                    const name = /^([A-Za-z_][A-Za-z0-9_]*)/.exec(w.value)?.[1];
                    if (name)
                        env.vars.add(name);
                }
                break;
            case 'ENV':
                for (const name of envNames(ins))
                    env.vars.add(name);
                break;
            case 'RUN': {
                const dialect = dialectOf(env.shell);
                if (dialect)
                    addRun(parsed, jobs, ins, dialect, env.vars);
                break;
            }
        }
    }
    return jobs.filter((j) => j.lineOffsets.some((l) => l !== null));
}
function envNames(ins) {
    const words = ins.words;
    if (words.length === 0)
        return [];
    // legacy `ENV key value…` has no `=` in the first word
    if (!words[0].value.includes('='))
        return [words[0].value];
    return words
        .map((w) => /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(w.value)?.[1])
        .filter((n) => n !== undefined);
}
/** Adds the script of one RUN: the variables known at that RUN exported, then its body. */
function addRun(parsed, jobs, ins, dialect, vars) {
    const segments = runSegments(parsed, ins);
    if (segments.length === 0)
        return;
    const job = {
        dialect,
        line: ins.line,
        commands: ins.shell?.commands.length ?? 0,
        script: '',
        lineOffsets: [],
    };
    const lines = [];
    if (vars.size > 0) {
        // one `export` for all: ShellCheck's time grows with each command of the prelude, which every RUN repeats
        lines.push(`export ${[...vars]
            .sort()
            .map((v) => `${v}=1`)
            .join(' ')}`);
        job.lineOffsets.push(null);
    }
    for (const seg of segments) {
        lines.push(seg.text);
        job.lineOffsets.push(seg.offsets);
    }
    job.script = lines.join('\n') + '\n';
    jobs.push(job);
}
/** The script lines of a RUN as the shell sees them, each with source offsets. */
function runSegments(parsed, ins) {
    // no script read (exec form), or one too long to read: the lint says so once (see ./limits.ts)
    if (ins.form === 'exec' || ins.shell === undefined)
        return [];
    const out = [];
    const heredocScript = ins.heredocs.length > 0 && /^<<-?\s*["']?[A-Za-z_]/.test(ins.args);
    if (heredocScript) {
        const h = ins.heredocs[0];
        // a heredoc with a non-shell interpreter line is not a shell script
        if (/^#!/.test(h.body) && !/^#!\s*\S*\b(sh|bash|dash|ash|ksh)\b/.test(h.body.split('\n')[0]))
            return [];
        let start = h.bodyStart;
        for (const line of h.body.split('\n')) {
            const text = h.stripTabs ? line.replace(/^\t+/, '') : line;
            const skipped = line.length - text.length;
            out.push({ text, offsets: Array.from({ length: text.length + 1 }, (_, i) => start + skipped + i) });
            start += line.length + 1;
        }
        return out;
    }
    const offsets = (0,_dockerfile_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .argsOffsets */ .sR)(parsed, ins);
    if (!offsets || ins.args.trim() === '')
        return [];
    out.push({ text: ins.args, offsets });
    // heredocs fed to a command (`RUN cat <<EOF > f`): the body must follow for the script to parse
    for (const h of ins.heredocs) {
        let start = h.bodyStart;
        for (const line of h.body.split('\n')) {
            out.push({ text: line, offsets: Array.from({ length: line.length + 1 }, (_, i) => start + i) });
            start += line.length + 1;
        }
        out.push({ text: h.delimiter, offsets: null });
    }
    return out;
}
const LEVELS = { error: 'error', warning: 'warning', info: 'info', style: 'style' };
/** Maps a job's comments back to findings on the Dockerfile (pure). */
function mapComments(parsed, job, comments) {
    const findings = [];
    for (const c of comments) {
        if (EXCLUDED_CODES.includes(c.code))
            continue;
        const offsets = job.lineOffsets[c.line - 1];
        if (!offsets)
            continue; // a generated line (exports)
        const start = offsetAt(offsets, c.column - 1);
        const endOffsets = job.lineOffsets[c.endLine - 1] ?? offsets;
        const end = Math.max(start + 1, offsetAt(endOffsets, c.endColumn - 1));
        const a = (0,_dockerfile_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .position */ .G1)(parsed.lineStarts, start);
        const b = (0,_dockerfile_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .position */ .G1)(parsed.lineStarts, end);
        findings.push({
            file: parsed.file,
            line: a.line,
            column: a.column,
            endLine: b.line,
            endColumn: b.column,
            rule: `SC${c.code}`,
            name: 'shellcheck',
            severity: LEVELS[c.level] ?? 'warning',
            category: 'correctness',
            message: c.message,
            fixable: false,
        });
    }
    return findings;
}
function offsetAt(offsets, index) {
    if (index < offsets.length)
        return offsets[Math.max(0, index)];
    return (offsets[offsets.length - 1] ?? 0) + 1;
}
/** ShellCheck findings for a file: one runner call per dialect in use (usually one), given one script per RUN.
 *  Bounded: a RUN of more than MAX_SHELLCHECK_COMMANDS commands and the RUNs after the first MAX_SHELLCHECK_RUNS
 *  are not given to ShellCheck, and the calls together get `timeoutMs`; each of these is one IB000 finding. */
async function shellcheckFile(parsed, runner, options = {}) {
    const out = [];
    const byDialect = new Map();
    let taken = 0;
    let tooMany;
    for (const job of shellcheckJobs(parsed)) {
        // ShellCheck's time grows faster than the script (with the commands): a long chain would take it minutes
        const commands = job.commands;
        if (commands > _limits_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_SHELLCHECK_COMMANDS */ .rQ) {
            out.push((0,_limits_js__WEBPACK_IMPORTED_MODULE_5__/* .limitFinding */ .JO)(parsed.file, `ShellCheck skipped this RUN: it has ${commands.toLocaleString('en')} commands, more than the ${_limits_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_SHELLCHECK_COMMANDS */ .rQ} ShellCheck is given in one RUN (its time grows faster than that); split the RUN or check it with shellcheck on its own`, job.line));
            continue;
        }
        if (taken === _limits_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_SHELLCHECK_RUNS */ .lB) {
            tooMany ??= job;
            continue;
        }
        taken++;
        const jobs = byDialect.get(job.dialect);
        if (jobs)
            jobs.push(job);
        else
            byDialect.set(job.dialect, [job]);
    }
    if (tooMany !== undefined) {
        out.push((0,_limits_js__WEBPACK_IMPORTED_MODULE_5__/* .limitFinding */ .JO)(parsed.file, `ShellCheck checked the first ${_limits_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_SHELLCHECK_RUNS */ .lB} RUNs only: the RUNs from this line on were not checked with ShellCheck`, tooMany.line));
    }
    const limit = options.timeoutMs ?? _limits_js__WEBPACK_IMPORTED_MODULE_5__/* .SHELLCHECK_TIMEOUT_MS */ ._4;
    const deadline = Date.now() + limit;
    const calls = [...byDialect];
    for (let k = 0; k < calls.length; k++) {
        const [dialect, jobs] = calls[k];
        const scripts = jobs.map((j) => j.script);
        let comments;
        try {
            const left = deadline - Date.now();
            if (limit <= 0) {
                out.push((0,_limits_js__WEBPACK_IMPORTED_MODULE_5__/* .limitFinding */ .JO)(parsed.file, 'ShellCheck not run: the time for linting is used up (earlier Dockerfiles of this run took it)'));
                break;
            }
            if (left <= 0)
                throw new ShellcheckTimeout(limit);
            comments = await runner(scripts, dialect, left);
        }
        catch (error) {
            if (!(error instanceof ShellcheckTimeout))
                throw error;
            // the findings of the calls that finished stay; this call's RUNs and those of the calls after it are not
            // checked
            const unchecked = calls.slice(k).flatMap(([, j]) => j);
            let first = unchecked[0].line;
            for (const j of unchecked)
                if (j.line < first)
                    first = j.line;
            out.push((0,_limits_js__WEBPACK_IMPORTED_MODULE_5__/* .limitFinding */ .JO)(parsed.file, `ShellCheck was stopped after ${(0,_limits_js__WEBPACK_IMPORTED_MODULE_5__/* .seconds */ .YA)(limit)}, the time it had for this Dockerfile: ${unchecked.length === 1 ? 'this RUN was' : `${unchecked.length} RUNs, from this line on, were`} not checked with ShellCheck (its time grows faster than the RUN scripts: split or shorten them)`, first));
            break;
        }
        // the comments come ordered by script: each job takes its run of them
        let c = 0;
        for (const [i, job] of jobs.entries()) {
            const start = c;
            while (c < comments.length && comments[c].script === i)
                c++;
            out.push(...mapComments(parsed, job, comments.slice(start, c)));
        }
    }
    return out;
}
/** The real adapter: `shellcheck --format=json1 --shell=<dialect> <file>…` (argv only) over the scripts written
 *  to one temporary file each, which ShellCheck checks independently; the files are removed afterwards. */
function processShellcheckRunner(executable = 'shellcheck', rcFrom = process.cwd()) {
    // the scripts are files in a temporary folder, where ShellCheck looks for its rc file: a copy of the one it would
    // find from the working directory (the repository), as when the scripts came on stdin, goes there with them
    // (--rcfile would name it, but only ShellCheck 0.10+ has it; Debian 12 and Ubuntu 22.04 ship 0.9 and 0.8)
    // looked up on the first check, not when the runner is made (a lint with --no-shellcheck never needs it)
    let rcfile = null;
    return async (scripts, dialect, timeoutMs = _limits_js__WEBPACK_IMPORTED_MODULE_5__/* .SHELLCHECK_TIMEOUT_MS */ ._4) => {
        const started = Date.now();
        const list = typeof scripts === 'string' ? [scripts] : scripts;
        if (list.length === 0)
            return [];
        if (rcfile === null)
            rcfile = findShellcheckRc(rcFrom);
        const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), 'image-budget-shellcheck-'));
        try {
            if (rcfile !== undefined)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.copyFile)(rcfile, (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, '.shellcheckrc'));
            const files = list.map((_, i) => (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, `run${i}.sh`));
            await Promise.all(list.map((script, i) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(files[i], script, 'utf8')));
            const index = new Map(files.map((f, i) => [f, i]));
            // writing the scripts counts against the time as well
            const comments = await runShellcheck(executable, dialect, files, timeoutMs - (Date.now() - started));
            const out = [];
            for (const c of comments) {
                const script = index.get(c.file);
                if (script !== undefined)
                    out.push({ ...c, script });
            }
            // ShellCheck does not report the files in the order given; a stable sort keeps each file's own order
            return out.sort((a, b) => a.script - b.script);
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dir, { recursive: true, force: true });
        }
    };
}
/** `.shellcheckrc` or `shellcheckrc` in `dir` or the nearest folder above it, as ShellCheck looks for it. */
function findShellcheckRc(dir) {
    for (let at = dir;; at = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(at)) {
        for (const name of ['.shellcheckrc', 'shellcheckrc']) {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(at, name)))
                return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(at, name);
        }
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(at) === at)
            return undefined;
    }
}
/** The most output read from one `shellcheck` (a script of a million `$a` words gets a comment for each). */
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;
/** One `shellcheck` process over files; its comments name their file. Killed (SIGKILL) after `timeoutMs`, or
 *  when its output grows past MAX_OUTPUT_BYTES. */
function runShellcheck(executable, dialect, files, timeoutMs) {
    if (timeoutMs <= 0)
        return Promise.reject(new ShellcheckTimeout(timeoutMs));
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(executable, [
            '--format=json1',
            `--shell=${dialect}`,
            `--exclude=${EXCLUDED_CODES.map((c) => `SC${c}`).join(',')}`,
            '--',
            ...files,
        ], { stdio: ['ignore', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        let size = 0;
        // why the process was killed, once it was
        let stopped;
        const stop = (why) => {
            if (stopped)
                return;
            stopped = why;
            child.kill('SIGKILL');
        };
        const timer = setTimeout(() => stop(new ShellcheckTimeout(timeoutMs)), timeoutMs);
        child.stdout.on('data', (d) => {
            size += d.length;
            if (size > MAX_OUTPUT_BYTES)
                stop(new Error(`shellcheck wrote more than ${MAX_OUTPUT_BYTES} bytes of output`));
            else
                out.push(d);
        });
        child.stderr.on('data', (d) => {
            // only the last line is shown: keep the tail
            if (err.length > 64)
                err.shift();
            err.push(d);
        });
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(error.code === 'ENOENT' ? new ShellcheckMissing() : error);
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            if (stopped) {
                reject(stopped);
                return;
            }
            // 0: clean, 1: comments found; anything else is a failure of shellcheck itself
            if (code !== 0 && code !== 1) {
                const tail = Buffer.concat(err).toString('utf8').trim().split('\n').pop() ?? '';
                reject(new Error(`shellcheck exited with ${String(code)}: ${tail}`));
                return;
            }
            try {
                const parsedOut = JSON.parse(Buffer.concat(out).toString('utf8'));
                resolve(parsedOut.comments ?? []);
            }
            catch (error) {
                reject(new Error(`shellcheck output is not JSON: ${error instanceof Error ? error.message : String(error)}`));
            }
        });
    });
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


/***/ })

};
