export const id = 929;
export const ids = [929];
export const modules = {

/***/ 9204:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   El: () => (/* binding */ hasCacheMount),
/* harmony export */   QD: () => (/* binding */ scratchMountTargets),
/* harmony export */   cS: () => (/* binding */ mountsOf),
/* harmony export */   qD: () => (/* binding */ hasCacheMountOver)
/* harmony export */ });
/* unused harmony export parseMount */
const cache = new WeakMap();
/** The mounts of an instruction (only RUN has them), in flag order. */
function mountsOf(ins) {
    // most instructions have no flags at all: no list to build or remember
    if (ins.flags.length === 0)
        return [];
    let mounts = cache.get(ins);
    if (!mounts) {
        mounts = ins.flags.filter((f) => f.name === 'mount' && f.value !== null).map(parseMount);
        cache.set(ins, mounts);
    }
    return mounts;
}
/** One `--mount` flag's value read as BuildKit reads it. */
function parseMount(flag) {
    const fields = new Map();
    for (const part of csvFields(flag.value ?? '')) {
        const eq = part.indexOf('=');
        const key = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
        if (key !== '')
            fields.set(key, eq < 0 ? '' : unquote(part.slice(eq + 1).trim()));
    }
    const target = fields.get('target') ?? fields.get('dst') ?? fields.get('destination') ?? '';
    const source = fields.get('source') ?? fields.get('src');
    const from = fields.get('from');
    const id = fields.get('id');
    return {
        flag,
        type: (fields.get('type') ?? 'bind').toLowerCase(),
        target: target.replace(/(.)\/+$/, '$1'),
        ...(source !== undefined ? { source } : {}),
        ...(from ? { from } : {}),
        ...(id !== undefined ? { id } : {}),
        fields,
    };
}
/** Targets of the cache and tmpfs mounts: what is written there never reaches the layer. */
function scratchMountTargets(ins) {
    const targets = [];
    for (const m of mountsOf(ins))
        if (m.type === 'cache' || m.type === 'tmpfs')
            targets.push(m.target);
    return targets;
}
/** True when a cache or tmpfs mount covers one of `dirs` (the mount is the dir or one of its parents). */
function hasCacheMountOver(ins, dirs) {
    for (const t of scratchMountTargets(ins)) {
        if (t === '')
            continue;
        if (dirs.some((d) => t === '/' || d === t || d.startsWith(t + '/')))
            return true;
    }
    return false;
}
/** Whether the RUN uses a `--mount=type=cache` (caches then stay out of the layer). */
function hasCacheMount(ins) {
    return mountsOf(ins).some((m) => m.type === 'cache');
}
/** Splits a CSV record on commas outside double quotes, as Go's encoding/csv (BuildKit's reader) does. */
function csvFields(value) {
    const out = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < value.length; i++) {
        const c = value[i];
        if (c === '"') {
            // a doubled quote inside quotes is one quote character
            if (quoted && value[i + 1] === '"') {
                field += '"';
                i++;
            }
            else
                quoted = !quoted;
        }
        else if (c === ',' && !quoted) {
            out.push(field);
            field = '';
        }
        else
            field += c;
    }
    out.push(field);
    return out;
}
function unquote(s) {
    return /^(["']).*\1$/.test(s) ? s.slice(1, -1) : s;
}


/***/ }),

/***/ 3183:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JO: () => (/* binding */ limitFinding),
/* harmony export */   NT: () => (/* binding */ LintLimitReached),
/* harmony export */   YA: () => (/* binding */ seconds),
/* harmony export */   _4: () => (/* binding */ SHELLCHECK_TIMEOUT_MS),
/* harmony export */   iJ: () => (/* binding */ LINT_STAGE_TIMEOUT_MS),
/* harmony export */   jJ: () => (/* binding */ RULES_TIMEOUT_MS),
/* harmony export */   lB: () => (/* binding */ MAX_SHELLCHECK_RUNS),
/* harmony export */   rQ: () => (/* binding */ MAX_SHELLCHECK_COMMANDS)
/* harmony export */ });
/* unused harmony exports LIMIT_CODE, LIMIT_NAME */
/** ShellCheck's time grows faster than linearly with the number of commands in a script (a RUN of 800 `&&`
 *  segments takes it about 3 s): a RUN with more simple commands than this is not given to it (the corpus's longest
 *  RUN has 85). */
const MAX_SHELLCHECK_COMMANDS = 300;
/** ShellCheck takes 2–3 ms per RUN however small: at most this many RUNs of a file are given to it (the corpus's
 *  largest file has 44). */
const MAX_SHELLCHECK_RUNS = 100;
/** How long the ShellCheck step of one file may take in all (every `shellcheck` process of that file together);
 *  the process still running then is killed. */
const SHELLCHECK_TIMEOUT_MS = 15_000;
/** How long the rules of one file may run before the remaining rules are skipped (ShellCheck has its own bound). */
const RULES_TIMEOUT_MS = 30_000;
/** How long all the lints of one action run may take together (the Dockerfile and its optimized variants). */
const LINT_STAGE_TIMEOUT_MS = 120_000;
/** The code and name of the finding that says a limit was hit. */
const LIMIT_CODE = 'IB000';
const LIMIT_NAME = 'lint-limit';
/** A rule gives up with this when a file is too large for it to finish in bounded time: the engine reports the
 *  message as an IB000 finding rather than an internal error. */
class LintLimitReached extends Error {
    line;
    /** `line`: where the rule stopped (the finding goes there). */
    constructor(message, line = 1) {
        super(message);
        this.line = line;
        this.name = 'LintLimitReached';
    }
}
/** The IB000 finding: a warning (parts of the file went unchecked), at `line` (default: the top of the file). */
function limitFinding(file, message, line = 1, column = 1) {
    return {
        file,
        line,
        column,
        endLine: line,
        endColumn: column,
        rule: LIMIT_CODE,
        name: LIMIT_NAME,
        severity: 'warning',
        category: 'correctness',
        message,
        fixable: false,
    };
}
/** Seconds for a message: `15 s`. */
function seconds(ms) {
    return `${Math.round(ms / 100) / 10} s`;
}


/***/ }),

/***/ 6178:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QY: () => (/* binding */ readPragmas),
/* harmony export */   _V: () => (/* binding */ isRuleCode),
/* harmony export */   e2: () => (/* binding */ isSilenced)
/* harmony export */ });
/* harmony import */ var _rules_buildkit_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4690);

/** A code a pragma or the configuration may name: `DL3008`, `SC2086`, `IB101`, or a BuildKit check's name
 *  (`JSONArgsRecommended`; only the known ones, so that a stray word still drops the pragma as hadolint does). */
function isRuleCode(code) {
    return /^[A-Z]{2,3}\d{3,4}$/.test(code) || _rules_buildkit_names_js__WEBPACK_IMPORTED_MODULE_0__/* .BUILDKIT_NAMES */ .Cl.has(code);
}
const PRAGMA_RE = /^(?:hadolint|image-budget)\s+(?:(global|stage)\s+)?ignore\s*=\s*([A-Za-z0-9_,\s]+?)\s*(?:#.*)?$/i;
const SHELL_RE = /^(?:hadolint|image-budget)\s+shell\s*=\s*(\S+)/i;
/** Parses `ignore=` code lists: `DL3008, DL3015` → [DL3008, DL3015]; null when one item is not a rule code
 *  (hadolint then drops the whole pragma rather than guess). */
function codes(list) {
    const items = list
        .split(/[\s,]+/)
        .map((c) => c.trim())
        .filter((c) => c !== '');
    return items.length > 0 && items.every(isRuleCode) ? items : null;
}
function addAll(map, key, list) {
    const set = map.get(key) ?? new Set();
    for (const c of list)
        set.add(c);
    map.set(key, set);
}
function readPragmas(parsed) {
    const pragmas = { global: new Set(), byInstruction: new Map(), byStage: new Map() };
    const ordered = parsed.instructions;
    let commentLines;
    for (const comment of parsed.comments) {
        // both forms start with hadolint or image-budget (any case): skip the two regexes for other comments
        if (comment.text.length === 0)
            continue;
        const c0 = comment.text.charCodeAt(0) | 0x20;
        if (c0 !== 0x68 && c0 !== 0x69)
            continue;
        const shell = SHELL_RE.exec(comment.text);
        if (shell) {
            pragmas.shell = shell[1].toLowerCase();
            continue;
        }
        const m = PRAGMA_RE.exec(comment.text);
        if (!m)
            continue;
        const list = codes(m[2]);
        if (!list)
            continue;
        if (m[1] === 'global') {
            for (const c of list)
                pragmas.global.add(c);
            continue;
        }
        // the next instruction that starts after the comment (ONBUILD triggers share their ONBUILD's line)
        const at = firstAfter(ordered, comment.line);
        const next = ordered[at];
        if (m[1] === 'stage') {
            const stage = next ? next.stage : parsed.stages.length - 1;
            if (stage >= 0)
                addAll(pragmas.byStage, stage, list);
            continue;
        }
        if (!next)
            continue;
        // only comment lines between the pragma and the instruction
        commentLines ??= new Set(parsed.comments.map((c) => c.line));
        let adjacent = true;
        for (let l = comment.line + 1; l < next.line && adjacent; l++)
            adjacent = commentLines.has(l);
        if (!adjacent)
            continue;
        for (let k = at; k < ordered.length && ordered[k].line === next.line; k++)
            addAll(pragmas.byInstruction, ordered[k].index, list);
    }
    return pragmas;
}
/** The index of the first instruction that starts after `line` (instructions are in line order), or the length. */
function firstAfter(ordered, line) {
    let lo = 0;
    let hi = ordered.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (ordered[mid].line > line)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}
/** The codes silenced on each line, from the instruction and stage pragmas: built once per Pragmas, so that each
 *  finding is one look-up (a scan of every pragma per finding made a file of many pragmas quadratic). Instructions
 *  do not overlap (ONBUILD triggers share their ONBUILD's lines), nor do stages: the lines add up to the file's. */
const byLine = new WeakMap();
function silencedByLine(pragmas, parsed) {
    let lines = byLine.get(pragmas);
    if (lines !== undefined)
        return lines;
    lines = new Map();
    const add = (from, to, set) => {
        for (let l = from; l <= to; l++) {
            const list = lines.get(l);
            if (list === undefined)
                lines.set(l, [set]);
            else if (!list.includes(set))
                list.push(set);
        }
    };
    for (const [index, set] of pragmas.byStage) {
        const stage = parsed.stages[index];
        const last = stage?.instructions[stage.instructions.length - 1];
        if (stage && last)
            add(stage.from.line, last.endLine, set);
    }
    for (const [index, set] of pragmas.byInstruction) {
        const ins = parsed.instructions[index];
        if (ins)
            add(ins.line, ins.endLine, set);
    }
    byLine.set(pragmas, lines);
    return lines;
}
/** True when a pragma silences this finding. */
function isSilenced(finding, pragmas, parsed) {
    const code = finding.rule;
    const also = finding.also;
    if (pragmas.global.has(code))
        return true;
    if (also !== undefined && also.some((c) => pragmas.global.has(c)))
        return true;
    if (pragmas.byStage.size === 0 && pragmas.byInstruction.size === 0)
        return false;
    const sets = silencedByLine(pragmas, parsed).get(finding.line);
    if (sets === undefined)
        return false;
    return sets.some((set) => set.has(code) || (also !== undefined && also.some((c) => set.has(c))));
}


/***/ }),

/***/ 4690:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ BUILDKIT_NAMES),
/* harmony export */   eX: () => (/* binding */ buildkitUrl),
/* harmony export */   i9: () => (/* binding */ kebab)
/* harmony export */ });
// The names of BuildKit's Dockerfile checks (`docker build --check`), which are also their rule codes here.
// Kept apart from the rules so that the pragma and configuration readers can know them without loading rules.
const BUILDKIT_NAMES = new Set([
    'StageNameCasing',
    'FromAsCasing',
    'NoEmptyContinuation',
    'ConsistentInstructionCasing',
    'DuplicateStageName',
    'ReservedStageName',
    'JSONArgsRecommended',
    'MaintainerDeprecated',
    'UndefinedArgInFrom',
    'WorkdirRelativePath',
    'UndefinedVar',
    'MultipleInstructionsDisallowed',
    'LegacyKeyValueFormat',
    'InvalidBaseImagePlatform',
    'RedundantTargetPlatform',
    'SecretsUsedInArgOrEnv',
    'InvalidDefaultArgInFrom',
    'FromPlatformFlagConstDisallowed',
    'CopyIgnoredFile',
    'InvalidDefinitionDescription',
    'ExposeProtoCasing',
    'ExposeInvalidFormat',
]);
/** The page of a check on docs.docker.com: `JSONArgsRecommended` → …/rule/json-args-recommended/. */
function buildkitUrl(name) {
    return `https://docs.docker.com/go/dockerfile/rule/${kebab(name)}/`;
}
/** `JSONArgsRecommended` → `json-args-recommended`. */
function kebab(name) {
    return name
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
        .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
        .toLowerCase();
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
    const pragmaShell = (0,_pragmas_js__WEBPACK_IMPORTED_MODULE_7__/* .readPragmas */ .QY)(parsed).shell;
    if (pragmaShell !== undefined && dialectOf(pragmaShell) === undefined)
        return [];
    const initialShell = pragmaShell ?? 'sh';
    const jobs = [];
    const stageEnd = [];
    let env = { shell: initialShell, vars: new Set(DEFAULT_VARS) };
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
                const parent = (0,_dockerfile_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .parentStage */ .vp)(parsed, stage);
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

/***/ 3092:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ ignoreMatcher)
/* harmony export */ });
/* harmony import */ var _balena_dockerignore__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4158);
// Docker's .dockerignore matching, from @balena/dockerignore. The package is CommonJS with an ESM-style type
// declaration: under NodeNext its default import is the whole `module.exports`, whose `.default` is the factory.

/** A matcher for `.dockerignore` lines (Docker's semantics: anchored at the root, `**`, `!` negation). */
function ignoreMatcher(lines) {
    return _balena_dockerignore__WEBPACK_IMPORTED_MODULE_0__["default"]().add([...lines]);
}


/***/ })

};
