export const id = 646;
export const ids = [646];
export const modules = {

/***/ 6302:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ expandWord)
/* harmony export */ });
/** Expands `$name`, `${name}` and `${name<op>word}` in a Dockerfile word as the builder does (quotes removed,
 *  single quotes stop expansion, the escape character keeps the next character), noting every variable read. */
function expandWord(word, env, escape = '\\') {
    const matched = new Set();
    const unmatched = new Set();
    let i = 0;
    const get = (name) => {
        const v = env.get(name);
        if (v === undefined)
            unmatched.add(name);
        else
            matched.add(name);
        return v;
    };
    const readName = () => {
        const m = /^(?:[A-Za-z_][A-Za-z0-9_]*|[0-9])/.exec(word.slice(i));
        if (!m)
            return '';
        i += m[0].length;
        return m[0];
    };
    const dollar = () => {
        i++;
        if (word[i] !== '{') {
            const name = readName();
            return name === '' ? '$' : (get(name) ?? '');
        }
        i++;
        const name = readName();
        if (name === '') {
            const close = word.indexOf('}', i);
            i = close < 0 ? word.length : close + 1;
            return '';
        }
        const c = word[i++];
        if (c === '}' || c === undefined)
            return get(name) ?? '';
        let op = c;
        if (c === ':')
            op += word[i++] ?? '';
        if (op.endsWith('/')) {
            const pattern = until('/');
            i++;
            const replacement = until('}');
            i++;
            const value = get(name) ?? '';
            return pattern === '' ? value : value.split(pattern).join(replacement);
        }
        const arg = until('}');
        i++;
        const value = get(name);
        const nullIsUnset = op.startsWith(':');
        const unset = value === undefined || (nullIsUnset && value === '');
        switch (op.slice(-1)) {
            case '-':
                return unset ? arg : value;
            case '+':
                return unset ? '' : arg;
            case '#':
                return value !== undefined && value.startsWith(arg) ? value.slice(arg.length) : (value ?? '');
            case '%':
                return value !== undefined && arg !== '' && value.endsWith(arg)
                    ? value.slice(0, -arg.length)
                    : (value ?? '');
            default:
                return value ?? '';
        }
    };
    function until(stop, inDouble = false) {
        let out = '';
        while (i < word.length) {
            const c = word[i];
            if (stop !== null && c === stop)
                return out;
            if (c === escape) {
                i++;
                if (i < word.length)
                    out += word[i++];
                continue;
            }
            if (c === "'" && !inDouble) {
                const close = word.indexOf("'", i + 1);
                out += close < 0 ? word.slice(i + 1) : word.slice(i + 1, close);
                i = close < 0 ? word.length : close + 1;
                continue;
            }
            if (c === '"' && !inDouble) {
                i++;
                out += until('"', true);
                i++;
                continue;
            }
            if (c === '$') {
                out += dollar();
                continue;
            }
            out += c;
            i++;
        }
        return out;
    }
    const result = until(null);
    return { result, matched, unmatched };
}


/***/ }),

/***/ 646:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sR: () => (/* binding */ argsOffsets),
  Z0: () => (/* binding */ decodeDockerfile),
  n: () => (/* binding */ isWindowsImage),
  j7: () => (/* binding */ normalise),
  vp: () => (/* binding */ parentStage),
  Ai: () => (/* binding */ parseDockerfile),
  G1: () => (/* binding */ position),
  ol: () => (/* binding */ quoteText),
  uL: () => (/* binding */ stageLineage),
  Ae: () => (/* binding */ targetStage)
});

// UNUSED EXPORTS: KEYWORDS, findStage

// EXTERNAL MODULE: ./.tmp/package/lib/src/dockerfile/expand.js
var expand = __webpack_require__(6302);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/dockerfile/limits.js
// How much shell text the parser reads from a Dockerfile: a pull request author writes it, so a RUN's script
// is read as shell only up to a bound. A RUN past it stays in the model with its text, without a shell script,
// and with a parse note that the lint reports as an IB000 finding (src/lint/limits.ts, docs/lint-limits.md).
/** A RUN script longer than this (characters, heredoc bodies included) is not read as shell: the rules that look
 *  at commands skip it, and ShellCheck does not get it. 1 MiB is far beyond any real RUN (the corpus's longest is
 *  4.6 kB) and keeps the shell model of one RUN to a few hundred MB at worst. */
const MAX_SHELL_CHARS = 1024 * 1024;
/** All the RUN scripts of one file read as shell together: a file of many large RUNs must not add up to gigabytes
 *  either. RUNs past this are left unread, each with its note. */
const MAX_FILE_SHELL_CHARS = 4 * MAX_SHELL_CHARS;

// EXTERNAL MODULE: ./.tmp/package/lib/src/dockerfile/shell.js
var shell = __webpack_require__(7598);
;// CONCATENATED MODULE: ./.tmp/package/lib/src/dockerfile/parse.js
// Turns Dockerfile text into the plain model of ./types.ts. A line scanner of our own, not dockerfile-ast: the
// library misreads `<< 'EOF'` (and then swallows the instructions after it), its getHeredocs() throws on some
// inputs, heredoc bodies leak into its arguments, `COPY --from` lookups break when other flags come first, and on
// large files it costs more than all our rules together. Extents, continuation lines, flags, words, heredoc bodies
// and directives are computed here from the text itself, with exact source offsets.



const KEYWORDS = new Set([
    'ADD',
    'ARG',
    'CMD',
    'COPY',
    'ENTRYPOINT',
    'ENV',
    'EXPOSE',
    'FROM',
    'HEALTHCHECK',
    'LABEL',
    'MAINTAINER',
    'ONBUILD',
    'RUN',
    'SHELL',
    'STOPSIGNAL',
    'USER',
    'VOLUME',
    'WORKDIR',
]);
/** Each keyword as the literal above: an upper-cased keyword looked up here becomes that same (internalised)
 *  string, so every rule's `ins.keyword === 'RUN'` is a pointer comparison instead of a character one. */
const CANONICAL = new Map([...KEYWORDS].map((k) => [k, k]));
// the builder rejects these without arguments (RUN, CMD and ENTRYPOINT with none are accepted)
const NEEDS_ARGS = new Set([...KEYWORDS].filter((k) => k !== 'RUN' && k !== 'CMD' && k !== 'ENTRYPOINT'));
const FLAGGED = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'HEALTHCHECK']);
const HEREDOC_CAPABLE = new Set(['RUN', 'COPY', 'ADD']);
const EXEC_CAPABLE = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL']);
const HEREDOC_RE = /<<(-?)\s*(["']?)([A-Za-z_][A-Za-z0-9_.-]*)\2/g;
/** Source offset of every character of `ins.args` (continuations removed), recomputed on demand (the ShellCheck
 *  step maps columns back with it; storing it for every instruction would cost every lint). */
function argsOffsets(parsed, ins) {
    if (!ins.argsSpan)
        return undefined;
    // split once per file: asked for every RUN, a split each made a file of many RUNs quadratic
    let lines = linesOf.get(parsed);
    if (lines === undefined || lines.text !== parsed.text) {
        lines = { text: parsed.text, lines: parsed.text.split('\n') };
        linesOf.set(parsed, lines);
    }
    return offsetsIn(parsed, ins, lines.lines);
}
const linesOf = new WeakMap();
function offsetsIn(parsed, ins, lines) {
    if (!ins.argsSpan)
        return undefined;
    const map = readLogical(lines, parsed.lineStarts, ins.line - 1, ins.column - 1, parsed.escape, null).map.toArray();
    const p = map.indexOf(ins.argsSpan.start);
    if (p < 0)
        return undefined;
    const offsets = map.slice(p, p + ins.args.length);
    return offsets.length === ins.args.length ? offsets : undefined;
}
/** Parses Dockerfile text into the lint model. Never throws on any input. */
function parseDockerfile(input, file = 'Dockerfile') {
    const text = normalise(input);
    // ''.split() makes a different kind of array from every other split: the one line of an empty file by hand
    const lines = text.length > 0 ? text.split('\n') : [''];
    const lineStarts = computeLineStarts(lines);
    const { directives, escapeDirective, directiveLines } = readDirectives(lines);
    const escape = escapeDirective === '`' ? '`' : '\\';
    const problems = [];
    const comments = [];
    const limits = [];
    const shellBudget = { left: MAX_FILE_SHELL_CHARS, limits };
    if (escapeDirective !== undefined && escapeDirective !== '\\' && escapeDirective !== '`') {
        problems.push({
            line: 1,
            column: 1,
            message: `invalid escape character "${quoteText(escapeDirective)}": use \\ or \``,
        });
    }
    // Our own line scanner finds instruction starts: dockerfile-ast misreads `<< 'EOF'` and some heredocs (then
    // swallows the instructions after them) and costs more than the rest of the parse on large files.
    const instructions = [];
    let l = 0;
    while (l < lines.length) {
        const line = lines[l];
        const first = firstNonBlank(line);
        if (first < 0) {
            l++;
            continue;
        }
        if (line[first] === '#') {
            comments.push({ line: l + 1, text: line.slice(first + 1).trim() });
            l++;
            continue;
        }
        const built = buildInstruction(text, lines, lineStarts, l, first, escape, problems, comments, shellBudget);
        for (const ins of built.instructions) {
            ins.index = instructions.length;
            instructions.push(ins);
        }
        l = built.lastLine + 1;
    }
    const stages = buildStages(instructions, escape);
    return {
        file,
        text,
        escape,
        directives,
        directiveLines,
        instructions,
        stages,
        comments,
        problems,
        lineStarts,
        limits,
    };
}
/** The RUN's script read as shell, or undefined (with a note) when it is too long to read in bounded memory. */
function readShell(script, offsetOf, budget, at) {
    const perRun = script.length > MAX_SHELL_CHARS;
    if (perRun || script.length > budget.left) {
        budget.limits.push({
            ...at,
            message: perRun
                ? `RUN script of ${script.length.toLocaleString('en')} characters not checked: the shell rules and ShellCheck read RUN scripts of up to ${MAX_SHELL_CHARS.toLocaleString('en')}`
                : `RUN script not checked: the file's RUN scripts together exceed ${MAX_FILE_SHELL_CHARS.toLocaleString('en')} characters, the most the shell rules and ShellCheck read in one file`,
        });
        return undefined;
    }
    budget.left -= script.length;
    return (0,shell/* parseShell */.aV)(script, offsetOf);
}
/** A Windows base image, by name: Microsoft's windows/… paths, the servercore and nanoserver images and tags
 *  (golang:…-windowsservercore-…, mcr.microsoft.com/powershell:nanoserver-…), and images named *windows*. Such a
 *  base runs RUN with `cmd /S /C` unless a SHELL says otherwise. */
function isWindowsImage(image) {
    return /windows|nanoserver|servercore/i.test(image);
}
/** Decodes Dockerfile bytes: UTF-8 (with or without byte-order mark) or UTF-16 LE/BE (with a byte-order mark,
 *  as Windows editors save it, or without one when every other byte is zero). */
function decodeDockerfile(bytes) {
    const b0 = bytes[0];
    const b1 = bytes[1];
    if (b0 === 0xff && b1 === 0xfe)
        return new TextDecoder('utf-16le').decode(bytes.subarray(2));
    if (b0 === 0xfe && b1 === 0xff)
        return decodeUtf16be(bytes.subarray(2));
    if (bytes.length >= 4 && bytes.length % 2 === 0) {
        if (b0 !== 0 && b1 === 0 && bytes[3] === 0)
            return new TextDecoder('utf-16le').decode(bytes);
        if (b0 === 0 && b1 !== 0 && bytes[2] === 0)
            return decodeUtf16be(bytes);
    }
    return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}
function decodeUtf16be(bytes) {
    const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
    for (let i = 0; i + 1 < bytes.length; i += 2) {
        swapped[i] = bytes[i + 1];
        swapped[i + 1] = bytes[i];
    }
    return new TextDecoder('utf-16le').decode(swapped);
}
function normalise(input) {
    // most files have neither: skip the regex passes then
    const text = input.length > 0 && input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
/** Offset of each line's start, from the lines of the text split on newlines. */
function computeLineStarts(lines) {
    const starts = [];
    let at = 0;
    for (const line of lines) {
        starts.push(at);
        at += line.length + 1;
    }
    return starts;
}
/** The parser directives at the top, and the escape one apart: the directives object has a shape of its own
 *  for each set of directives, and reading it would make the parse's optimized code handle them all. */
function readDirectives(lines) {
    const out = {};
    let directiveLines = 0;
    for (const line of lines) {
        const m = /^\s*#\s*([A-Za-z]+)\s*=\s*(.*?)\s*$/.exec(line);
        if (!m)
            break;
        const name = m[1].toLowerCase();
        if (name === 'syntax' || name === 'escape' || name === 'check')
            out[name] = m[2];
        else
            break;
        directiveLines++;
    }
    return { directives: out, escapeDirective: out.escape, directiveLines };
}
/**
 * The source offset of each character of a logical line (or of a part of one): `at(i)` is the offset of character
 * i, undefined outside the line, as an array of offsets would answer. Kept as runs of consecutive offsets, one per
 * physical line, instead of one number per character (the parse used to spend a good part of its time on those).
 */
class OffsetMap {
    starts;
    offsets;
    length;
    shift;
    /** The run the last multi-run answer came from. */
    #run = 0;
    constructor(
    /** Index (in the whole logical line) of each run's first character, increasing. */
    starts, 
    /** Source offset of each run's first character. */
    offsets, length, 
    /** Index in the whole logical line of this map's character 0 (a slice starts further in). */
    shift = 0) {
        this.starts = starts;
        this.offsets = offsets;
        this.length = length;
        this.shift = shift;
    }
    at(i) {
        if (!(i >= 0 && i < this.length))
            return undefined;
        const j = i + this.shift;
        // most instructions are one physical line: one run
        if (this.starts.length === 1)
            return this.offsets[0] + (j - this.starts[0]);
        // the last run starting at or before j: callers mostly ask in increasing order (the shell reader, word by
        // word), so look at the run of the previous answer and the ones after it before searching
        const starts = this.starts;
        let r = this.#run;
        if (starts[r] <= j) {
            while (r + 1 < starts.length && starts[r + 1] <= j)
                r++;
        }
        else {
            let lo = 0;
            let hi = r;
            while (lo < hi) {
                const mid = (lo + hi + 1) >> 1;
                if (starts[mid] <= j)
                    lo = mid;
                else
                    hi = mid - 1;
            }
            r = lo;
        }
        this.#run = r;
        return this.offsets[r] + (j - starts[r]);
    }
    /** As Array.prototype.slice(from, to) for 0 <= from (the only calls). */
    slice(from, to = this.length) {
        const a = Math.min(from, this.length);
        const b = Math.min(Math.max(to, a), this.length);
        return new OffsetMap(this.starts, this.offsets, b - a, this.shift + a);
    }
    toArray() {
        const out = [];
        for (let i = 0; i < this.length; i++)
            out.push(this.at(i));
        return out;
    }
}
/** The logical line of an instruction: continuation escapes, and comment or empty lines inside continuations,
 *  removed (as the builder does); `map.at(i)` is the source offset of `logical[i]`. */
function readLogical(lines, lineStarts, line0, char0, escape, comments) {
    let logical = '';
    const starts = [];
    const offsets = [];
    let l = line0;
    let col = char0;
    for (;;) {
        const lineText = lines[l] ?? '';
        const base = lineStarts[l];
        const content = lineText.slice(col);
        const cont = continuationAt(content, escape);
        const end = cont >= 0 ? cont : content.length;
        if (end > 0) {
            starts.push(logical.length);
            offsets.push(base + col);
        }
        logical += end === content.length ? content : content.slice(0, end);
        if (cont < 0 || l + 1 >= lines.length)
            break;
        l++;
        col = 0;
        while (l < lines.length - 1) {
            const f = firstNonBlank(lines[l]);
            if (f >= 0 && lines[l][f] !== '#')
                break;
            if (f >= 0)
                comments?.push({ line: l + 1, text: lines[l].slice(f + 1).trim() });
            l++;
        }
    }
    return { logical, map: new OffsetMap(starts, offsets, logical.length), lastLine: l };
}
/** Reads one instruction starting at (line, character), following continuations and heredocs. */
function buildInstruction(text, lines, lineStarts, line0, char0, escape, problems, comments, shellBudget) {
    const startOffset = lineStarts[line0] + char0;
    const { logical, map, lastLine: logicalLast, } = readLogical(lines, lineStarts, line0, char0, escape, comments);
    let lastLine = logicalLast;
    const logicalEnd = (map.at(map.length - 1) ?? startOffset) + 1;
    const keywordMatch = firstWord(logical);
    if (!keywordMatch)
        return { instructions: [], lastLine };
    const keyword = canonicalKeyword(keywordMatch[1]);
    // heredocs: bodies follow the logical line
    const heredocs = [];
    let heredocKeyword = keyword;
    if (keyword === 'ONBUILD')
        heredocKeyword = (/^\S+\s+(\S+)/.exec(logical)?.[1] ?? '').toUpperCase();
    // every heredoc starts with `<<`: most instructions have none, so skip the regex scan
    if (HEREDOC_CAPABLE.has(heredocKeyword) && logical.includes('<<')) {
        for (const m of logical.matchAll(HEREDOC_RE)) {
            // not a heredoc: inside quotes, or a bash here-string (`<<<`)
            if (logical[m.index - 1] === '<' || logical[m.index + 2] === '<' || insideQuotes(logical, m.index))
                continue;
            const delimiter = m[3];
            const stripTabs = m[1] === '-';
            const bodyLine0 = lastLine + 1;
            let k = bodyLine0;
            while (k < lines.length &&
                (stripTabs ? lines[k].replace(/^\t+/, '') : lines[k]).trimEnd() !== delimiter)
                k++;
            if (k >= lines.length) {
                problems.push({
                    line: line0 + 1,
                    column: char0 + 1,
                    message: `heredoc <<${quoteText(delimiter)} is never terminated`,
                });
                k = lines.length - 1;
            }
            const body = lines.slice(bodyLine0, k).join('\n');
            heredocs.push({
                delimiter,
                stripTabs,
                quoted: m[2] !== '',
                body,
                bodyLine: bodyLine0 + 1,
                bodyStart: lineStarts[bodyLine0] ?? text.length,
            });
            lastLine = Math.min(k, lines.length - 1);
        }
    }
    const endOffset = heredocs.length > 0 ? (lineStarts[lastLine] ?? 0) + (lines[lastLine]?.length ?? 0) : logicalEnd;
    const make = (kw, from, onbuild) => {
        // from: index in logical where this instruction's keyword starts
        const kwEnd = from + kw.length;
        let p = kwEnd;
        const flags = [];
        const upper = canonicalKeyword(kw);
        const skipSpace = () => {
            while (p < logical.length && isSpace(logical.charCodeAt(p)))
                p++;
        };
        skipSpace();
        if (FLAGGED.has(upper)) {
            while (logical.startsWith('--', p)) {
                const m = /^--([A-Za-z0-9-]+)(?:=((?:"[^"]*"|'[^']*'|\S)*))?/.exec(logical.slice(p));
                if (!m)
                    break;
                const fs = spanOf(p, p + m[0].length);
                flags.push({
                    name: m[1].toLowerCase(),
                    value: m[2] === undefined ? null : unquote(m[2]),
                    line: fs.line,
                    column: fs.column,
                    endLine: fs.endLine,
                    endColumn: fs.endColumn,
                    start: fs.start,
                    end: fs.end,
                });
                p += m[0].length;
                skipSpace();
            }
        }
        const args = logical.slice(p).trimEnd();
        const argsSpan = args.length > 0 ? spanOf(p, p + args.length) : null;
        const argMap = map.slice(p, p + args.length);
        let form;
        let execWords = null;
        if (EXEC_CAPABLE.has(upper) || upper === 'HEALTHCHECK') {
            const jsonPart = upper === 'HEALTHCHECK' ? /^CMD\s+(\[.*)$/is.exec(args) : /^(\[.*)$/s.exec(args);
            if (jsonPart) {
                execWords = parseJsonArray(jsonPart[1], argMap.slice(args.length - jsonPart[1].length), lineStarts);
                form = execWords ? 'exec' : 'shell';
            }
            else if (upper !== 'HEALTHCHECK' || /^CMD\s/i.test(args)) {
                form = 'shell';
            }
        }
        const startOff = map.at(from) ?? startOffset;
        const span = toSpan(lineStarts, startOff, endOffset);
        // Words as the builder reads them take the `# escape=` character (parseWords, then its shell-word lexer): with
        // a backtick, `\` is an ordinary character (`WORKDIR C:\app`). A shell-form command (RUN, CMD, ENTRYPOINT,
        // HEALTHCHECK CMD) goes to the shell as written instead, and the shell's escape is `\` whatever the directive
        // (as ins.shell reads it too).
        const wordEscape = form === 'shell' ? '\\' : escape;
        // a RUN's words are split when first read (see ParsedInstruction), the others' now
        const split = () => splitWords(args, argMap, lineStarts, wordEscape);
        const ins = new ParsedInstruction(span, upper, onbuild, text.slice(startOff, span.end), flags, args, argsSpan, execWords ?? (upper === 'RUN' ? split : split()), form, 
        // only heredoc-capable instructions (RUN, COPY, ADD, or such an ONBUILD trigger) ever fill the list
        heredocs);
        if (upper === 'RUN') {
            const at = { line: span.line, column: span.column };
            // heredoc bodies run by the shell (RUN <<EOF … EOF) are scripts too
            if (heredocs.length > 0 && /^<<-?\s*["']?[A-Za-z_]/.test(args)) {
                const h = heredocs[0];
                ins.shell = readShell(h.body, (i) => h.bodyStart + i, shellBudget, at);
            }
            else if (form === 'shell') {
                const end = (argMap.at(argMap.length - 1) ?? 0) + 1;
                ins.shell = readShell(args, (i) => argMap.at(i) ?? end, shellBudget, at);
            }
        }
        return ins;
    };
    function spanOf(a, b) {
        return toSpan(lineStarts, map.at(a) ?? startOffset, (map.at(b - 1) ?? startOffset) + 1);
    }
    const result = [];
    if (keyword === 'ONBUILD') {
        const m = /^\S+\s+(\S+)/.exec(logical);
        if (m) {
            const trigger = m[1].toUpperCase();
            const triggerStart = logical.indexOf(m[1], keywordMatch[0].length);
            const at = position(lineStarts, map.at(triggerStart) ?? startOffset);
            if (!KEYWORDS.has(trigger)) {
                problems.push({ ...at, message: `unknown instruction ${quoteText(m[1])} after ONBUILD` });
            }
            else if (trigger === 'ONBUILD' || trigger === 'FROM' || trigger === 'MAINTAINER') {
                problems.push({
                    ...at,
                    message: `ONBUILD ${trigger} is not allowed: ONBUILD cannot trigger ${trigger}`,
                });
            }
            const ins = make(m[1], triggerStart, true);
            if (NEEDS_ARGS.has(trigger) && ins.args === '' && ins.heredocs.length === 0) {
                problems.push({ ...at, message: `${trigger} needs arguments` });
            }
            result.push(ins);
        }
        else {
            problems.push({
                line: line0 + 1,
                column: char0 + 1,
                message: 'ONBUILD needs an instruction to trigger',
            });
        }
    }
    else {
        if (!KEYWORDS.has(keyword)) {
            problems.push({
                line: line0 + 1,
                column: char0 + 1,
                message: `unknown instruction ${quoteText(keywordMatch[1])}`,
            });
        }
        const ins = make(keywordMatch[1], 0, false);
        if (NEEDS_ARGS.has(keyword) && ins.args === '' && ins.flags.length === 0 && ins.heredocs.length === 0) {
            problems.push({ line: line0 + 1, column: char0 + 1, message: `${keyword} needs arguments` });
        }
        else {
            const rejected = rejectedArguments(ins);
            if (rejected !== undefined)
                problems.push({ line: line0 + 1, column: char0 + 1, message: rejected });
        }
        result.push(ins);
    }
    return { instructions: result, lastLine };
}
/** A port or a range, with an optional protocol (`80`, `8000-8010/udp`, `80/TCP`), as the builder reads it. Words
 *  with a variable, and the `host:container` and IP forms it also accepts, are left to the build. */
const EXPOSE_PORT = /^\d+(-\d+)?(\/(tcp|udp|sctp))?$/i;
/** Why the builder refuses these arguments (it stops the build with that error), or undefined. Only the cheap,
 *  certain cases: arguments that are there but cannot be read. */
function rejectedArguments(ins) {
    switch (ins.keyword) {
        case 'SHELL':
            return ins.form === 'exec'
                ? undefined
                : 'SHELL needs its arguments as a JSON array: SHELL ["/bin/sh", "-c"]';
        case 'EXPOSE': {
            const bad = ins.words.find((w) => !w.value.includes('$') && !w.value.includes(':') && !EXPOSE_PORT.test(w.value));
            return bad === undefined
                ? undefined
                : `EXPOSE ${quoteText(bad.value)} is not a port: write a number or a range, with an optional /tcp, /udp or /sctp`;
        }
        case 'ENV':
        case 'ARG': {
            const words = ins.words;
            // `ENV NAME the value` (no `=` in the first word): the rest is the value, `=` and all
            if (ins.keyword === 'ENV' && words.length > 0 && !words[0].value.includes('='))
                return undefined;
            return words.some((w) => w.value.startsWith('='))
                ? `${ins.keyword} needs a name before each \`=\``
                : undefined;
        }
        case 'FROM': {
            // the builder splits FROM at whitespace and takes `image` or `image AS name`, nothing else; a `#` after
            // the image is no comment (only a line's first character starts one) but more arguments
            const words = ins.words;
            if (words.length === 1 || (words.length === 3 && words[1].value.toLowerCase() === 'as'))
                return undefined;
            const hash = words.findIndex((w) => w.value.startsWith('#'));
            return hash > 0
                ? 'FROM takes an image and an optional `AS name`, and `#` starts a comment only at the start of a line: move the comment to a line of its own'
                : 'FROM takes an image and an optional `AS name` (the builder stops with "FROM requires either one or three arguments")';
        }
        case 'COPY':
        case 'ADD':
            // sources and a destination (a heredoc counts as a source). The builder counts them split at whitespace,
            // quotes or not (or as a JSON array): only a single token, not an array, is certainly one argument.
            return /^[^\s[]\S*$/.test(ins.args.trim())
                ? `${ins.keyword} needs a source and a destination`
                : undefined;
        default:
            return undefined;
    }
}
/**
 * The Instruction parseDockerfile makes: every field an own property, set in one order (one object shape for all,
 * which the rules read), except `words`, an accessor. The rules read a shell-form RUN through its parsed script
 * (`shell`), and RUN arguments hold most of a Dockerfile's words (98,000 of the corpus's 116,000): a RUN's words are
 * split when first read and kept. A spread copy of an instruction has no `words`.
 */
class ParsedInstruction {
    keyword;
    onbuild;
    raw;
    flags;
    args;
    argsSpan;
    form;
    heredocs;
    line;
    column;
    endLine;
    endColumn;
    start;
    end;
    index = 0;
    stage = -1;
    shell;
    #words;
    #split;
    constructor(span, keyword, onbuild, raw, flags, args, argsSpan, 
    /** The words, or the function that splits them on first read. */
    words, form, heredocs) {
        this.keyword = keyword;
        this.onbuild = onbuild;
        this.raw = raw;
        this.flags = flags;
        this.args = args;
        this.argsSpan = argsSpan;
        this.form = form;
        this.heredocs = heredocs;
        this.line = span.line;
        this.column = span.column;
        this.endLine = span.endLine;
        this.endColumn = span.endColumn;
        this.start = span.start;
        this.end = span.end;
        if (typeof words === 'function')
            this.#split = words;
        else
            this.#words = words;
    }
    get words() {
        if (this.#words === undefined) {
            this.#words = this.#split();
            this.#split = undefined;
        }
        return this.#words;
    }
}
/** The same as `/^(\S+)/.exec(s)` (null, or [match, match]), without a regex run for plain ASCII text. */
function firstWord(s) {
    let i = 0;
    for (; i < s.length; i++) {
        const c = s.charCodeAt(i);
        // beyond ASCII, \s also means Unicode spaces: let the regex decide
        if (c >= 128)
            return /^(\S+)/.exec(s);
        if (c === 32 || (c >= 9 && c <= 13))
            break;
    }
    if (i === 0)
        return null;
    const word = s.slice(0, i);
    return [word, word];
}
/** Upper-cased keyword; a known one as its literal from KEYWORDS (see CANONICAL). */
function canonicalKeyword(word) {
    // most keywords are written upper-case already: then no new string is made
    const known = CANONICAL.get(word);
    if (known !== undefined)
        return known;
    const upper = word.toUpperCase();
    return CANONICAL.get(upper) ?? upper;
}
/** Whitespace as the builder splits words: space, tab, newline, vertical tab, form feed, carriage return. */
function isSpace(c) {
    return c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
}
function firstNonBlank(line) {
    for (let i = 0; i < line.length; i++) {
        const c = line.charCodeAt(i);
        if (c !== 32 && c !== 9 && c !== 11 && c !== 12)
            return i;
    }
    return -1;
}
/** True when `index` is inside a single- or double-quoted string of shell text. The escape is a backslash whatever
 *  the escape directive: the builder finds heredocs with a shell-word lexer of its own that always uses one
 *  (heredocsFromLine: `shell.NewLex('\\')`). */
function insideQuotes(s, index) {
    let quote = '';
    for (let i = 0; i < index; i++) {
        const c = s[i];
        if (quote === '') {
            if (c === '\\')
                i++;
            else if (c === "'" || c === '"')
                quote = c;
        }
        else if (c === quote) {
            quote = '';
        }
        else if (quote === '"' && c === '\\') {
            i++;
        }
    }
    return quote !== '';
}
/** Index of the escape char that ends `content` as a continuation (escape followed by only whitespace), or -1. */
function continuationAt(content, escape) {
    // trailing spaces and tabs ignored (a loop: a regex replace here ran once per source line)
    let last = content.length - 1;
    while (last >= 0 && (content.charCodeAt(last) === 32 || content.charCodeAt(last) === 9))
        last--;
    if (last < 0 || content[last] !== escape)
        return -1;
    // an escaped escape (`\\` at end) is not a continuation
    let count = 0;
    for (let i = last; i >= 0 && content[i] === escape; i--)
        count++;
    return count % 2 === 1 ? last : -1;
}
function toSpan(lineStarts, start, end) {
    const a = position(lineStarts, start);
    const b = position(lineStarts, end);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, start, end };
}
/** The index of the line holding `offset`, walking on from line index `from` (whose start is not after it). */
function lineIndexFrom(lineStarts, offset, from) {
    let l = from;
    while (l + 1 < lineStarts.length && lineStarts[l + 1] <= offset)
        l++;
    return l;
}
function position(lineStarts, offset) {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
}
function unquote(s) {
    if ((s.startsWith('"') && s.endsWith('"')) || (s.startsWith("'") && s.endsWith("'")))
        return s.slice(1, -1);
    return s;
}
/** Splits on unquoted whitespace; quotes are removed from `value` (as ENV/LABEL/COPY read them), and `escape` (a
 *  backslash, or the backtick an escape directive names) outside quotes is dropped and keeps the character after it. */
function splitWords(args, argMap, lineStarts, escape) {
    const esc = escape.charCodeAt(0);
    const words = [];
    let line = -1;
    let i = 0;
    while (i < args.length) {
        while (i < args.length && isSpace(args.charCodeAt(i)))
            i++;
        if (i >= args.length)
            break;
        const begin = i;
        let value = '';
        while (i < args.length && !isSpace(args.charCodeAt(i))) {
            const c = args[i];
            if (c === '"' || c === "'") {
                const close = args.indexOf(c, i + 1);
                const stop = close < 0 ? args.length : close;
                value += args.slice(i + 1, stop);
                i = stop + 1;
            }
            else if (c === escape && i + 1 < args.length) {
                value += args[i + 1];
                i += 2;
            }
            else {
                // this character and the ordinary ones after it, in one slice (not a concatenation per character)
                let j = i + 1;
                while (j < args.length) {
                    const d = args.charCodeAt(j);
                    if (isSpace(d) || d === 34 || d === 39 || d === esc)
                        break;
                    j++;
                }
                value += args.slice(i, j);
                i = j;
            }
        }
        const end = Math.min(i, args.length);
        // word offsets only grow: find each one's line walking on from the previous one (no binary search per word)
        const start = argMap.at(begin);
        const stop = argMap.at(end - 1) + 1;
        line = line < 0 ? position(lineStarts, start).line - 1 : lineIndexFrom(lineStarts, start, line);
        const startLine = line;
        line = lineIndexFrom(lineStarts, stop, line);
        words.push({
            value,
            raw: args.slice(begin, end),
            line: startLine + 1,
            column: start - lineStarts[startLine] + 1,
            endLine: line + 1,
            endColumn: stop - lineStarts[line] + 1,
            start,
            end: stop,
        });
    }
    return words;
}
/** Parses a JSON array of strings (exec form); null when it is not one (then Docker runs it as shell form). JSON's
 *  own backslash escapes apply whatever the escape directive, as the builder decodes the array with a JSON decoder. */
function parseJsonArray(json, argMap, lineStarts) {
    // not closed by `]` (`RUN [ -f x ] && …`): not JSON, known without the cost of a thrown SyntaxError
    if (!json.trimEnd().endsWith(']'))
        return null;
    let values;
    try {
        values = JSON.parse(json);
    }
    catch {
        return null;
    }
    if (!Array.isArray(values) || !values.every((v) => typeof v === 'string'))
        return null;
    const words = [];
    const re = /"((?:[^"\\]|\\.)*)"/g;
    let k = 0;
    // an exec loop: matchAll would make an iterator and a copy of the regex per call
    for (let m = re.exec(json); m !== null; m = re.exec(json)) {
        const value = values[k++];
        if (value === undefined)
            break;
        const a = m.index;
        const b = a + m[0].length;
        const ws = toSpan(lineStarts, argMap.at(a) ?? 0, (argMap.at(b - 1) ?? 0) + 1);
        words.push({
            value,
            raw: m[0],
            line: ws.line,
            column: ws.column,
            endLine: ws.endLine,
            endColumn: ws.endColumn,
            start: ws.start,
            end: ws.end,
        });
    }
    return words;
}
/** Longest text quoted from the file in a problem message, in characters after escaping (the `…` not counted). */
const QUOTE_MAX = 80;
/**
 * Text from the file as a problem message quotes it: C0 and C1 control characters and DEL (tab and newline too)
 * shown as escapes (`\x1b`, `\u0085`), which a binary or a hostile file would otherwise send to a terminal; cut
 * with `…` where it would grow past QUOTE_MAX characters (between characters: never inside a surrogate pair or an
 * escape).
 */
function quoteText(text) {
    let out = '';
    for (const ch of text) {
        const code = ch.codePointAt(0);
        const shown = code < 0x20 || code === 0x7f
            ? `\\x${code.toString(16).padStart(2, '0')}`
            : code >= 0x80 && code <= 0x9f
                ? `\\u${code.toString(16).padStart(4, '0')}`
                : ch;
        if (out.length + shown.length > QUOTE_MAX)
            return `${out}…`;
        out += shown;
    }
    return out;
}
function buildStages(instructions, escape) {
    const stages = [];
    // the names of the stages so far: `fromStage` is asked for every FROM (a scan of the stages made it quadratic)
    const names = new Set();
    const globalArgs = new Map();
    for (const ins of instructions) {
        if (ins.keyword === 'FROM' && !ins.onbuild) {
            const image = ins.words.length > 0 ? ins.words[0].value : '';
            const asIndex = ins.words.findIndex((w) => w.value.toLowerCase() === 'as');
            const name = asIndex > 0 ? ins.words[asIndex + 1]?.value.toLowerCase() : undefined;
            // every substitution starts with `$`: most images have none
            const resolvedImage = !image.includes('$')
                ? image
                : (0,expand/* expandWord */.V)(ins.words[0].raw, globalArgs, escape).result;
            // FROM names an earlier stage by its name only: BuildKit and the classic builder read `FROM 0` as an image
            // called 0 (a stage's index counts in `COPY --from=0`, not in FROM)
            const fromStage = names.has(resolvedImage.toLowerCase());
            if (name !== undefined)
                names.add(name);
            stages.push({
                index: stages.length,
                name,
                image,
                resolvedImage,
                from: ins,
                instructions: [],
                fromStage,
            });
        }
        else if (ins.keyword === 'ARG' && stages.length === 0) {
            // a default may use the global ARGs above it, as the builder reads them
            for (const w of ins.words) {
                const eq = w.raw.indexOf('=');
                if (eq > 0)
                    globalArgs.set(w.raw.slice(0, eq), (0,expand/* expandWord */.V)(w.raw.slice(eq + 1), globalArgs, escape).result);
            }
        }
        const stage = stages[stages.length - 1];
        if (stage) {
            ins.stage = stage.index;
            stage.instructions.push(ins);
        }
    }
    return stages;
}
function isStageIndex(ref, before) {
    return /^\d+$/.test(ref) && Number(ref) < before;
}
/**
 * The stage `ref` names as seen from stage `before` (only earlier stages count): its `AS` name, case-insensitive,
 * the nearest one when a name repeats, else its index (`COPY --from=0`; FROM takes names only, see buildStages).
 */
function findStage(stages, ref, before = stages.length) {
    const name = ref.toLowerCase();
    for (let i = Math.min(before, stages.length) - 1; i >= 0; i--)
        if (stages[i].name === name)
            return stages[i];
    return isStageIndex(ref, Math.min(before, stages.length)) ? stages[Number(ref)] : undefined;
}
/** The stage a build with `--target` builds: the stage of that name (case-insensitive), or the last stage when no
 *  target is given; undefined when no stage has that name (the build itself fails then). */
function targetStage(file, target) {
    if (target === undefined)
        return file.stages.at(-1);
    const name = target.toLowerCase();
    return file.stages.find((s) => s.name === name);
}
const parents = new WeakMap();
/** The stage this stage is built FROM, when it names an earlier stage (by its name: FROM takes no index). */
function parentStage(file, stage) {
    if (!stage || !stage.fromStage)
        return undefined;
    // rules ask per stage and per instruction: resolved once per file in one pass (a scan per ask was quadratic)
    let known = parents.get(file.stages);
    if (known === undefined) {
        known = [];
        const byName = new Map();
        for (const s of file.stages) {
            known[s.index] = s.fromStage ? byName.get(s.resolvedImage.toLowerCase()) : undefined;
            if (s.name !== undefined)
                byName.set(s.name, s);
        }
        parents.set(file.stages, known);
    }
    return (known[stage.index] ??
        (stage.index in known ? undefined : findStage(file.stages, stage.resolvedImage, stage.index)));
}
/** `stage`, then the stage it is built FROM, and so on up to the first one built from an image. */
function stageLineage(file, stage) {
    const lineage = [];
    // parents are always earlier stages, so the walk ends; the set only guards hand-built models
    const seen = new Set();
    for (let s = stage; s && !seen.has(s.index); s = parentStage(file, s)) {
        seen.add(s.index);
        lineage.push(s);
    }
    return lineage;
}


/***/ }),

/***/ 7598:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ commandIs),
/* harmony export */   EK: () => (/* binding */ positionalArgs),
/* harmony export */   Kw: () => (/* binding */ positionalWords),
/* harmony export */   Lt: () => (/* binding */ hasFlag),
/* harmony export */   MJ: () => (/* binding */ codeTable),
/* harmony export */   MO: () => (/* binding */ isExpansion),
/* harmony export */   P8: () => (/* binding */ basename),
/* harmony export */   PL: () => (/* binding */ argsOf),
/* harmony export */   T: () => (/* binding */ effectiveWords),
/* harmony export */   X: () => (/* binding */ runsAny),
/* harmony export */   _d: () => (/* binding */ subcommand),
/* harmony export */   aV: () => (/* binding */ parseShell),
/* harmony export */   p6: () => (/* binding */ commandName),
/* harmony export */   sm: () => (/* binding */ valuesOf),
/* harmony export */   uU: () => (/* binding */ findCommands)
/* harmony export */ });
/* unused harmony export flagMatches */
// A small POSIX-shell reader for RUN bodies: splits a script into simple commands with their words and source
// offsets, so rules can ask "is there an `apt-get install` without `-y`?" and fixes can edit the exact spot.
// It is not a full shell parser: it understands quoting, escapes, $(…)/`…`, operators, redirections and the
// control keywords well enough for the questions Dockerfile rules ask (as hadolint's shell helpers do).
const KEYWORDS_BEFORE_COMMAND = new Set([
    'if',
    'then',
    'else',
    'elif',
    'do',
    'while',
    'until',
    '!',
    '{',
    'time',
]);
const KEYWORDS_ALONE = new Set(['fi', 'done', 'esac', '}']);
/** The length of the longest of those keywords: a longer word is none of them. */
const KEYWORD_MAX = Math.max(...[...KEYWORDS_BEFORE_COMMAND, ...KEYWORDS_ALONE].map((k) => k.length));
/**
 * Parses `text` (a shell script). `offsetOf(i)` maps an index in `text` to an offset in the Dockerfile text
 * (identity when omitted); the end offset of a word is `offsetOf(lastIndex) + 1`.
 */
function parseShell(text, offsetOf = (i) => i) {
    const tokens = tokenize(text, offsetOf);
    const commands = [];
    // the words of the command being read; toCommand copies them out, so one array serves every command
    const current = [];
    let before = null;
    const flush = (after) => {
        const cmd = toCommand(current, before, after, commands.length);
        if (cmd)
            commands.push(cmd);
        current.length = 0;
    };
    // an index loop: this runs for every token of every RUN, also before V8 optimizes it (no iterator per step)
    for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k];
        if (typeof t === 'string') {
            flush(t);
            before = t;
        }
        else {
            current.push(t);
        }
    }
    flush(null);
    return new Script(text, commands);
}
/**
 * The ShellScript parseShell makes. Rules ask "which commands are `apt-get`?" of every RUN, one rule after the
 * other: the commands by program name are worked out once per script, on first use, and kept in a private field
 * (invisible to equality, JSON and spreads, as Command's are).
 */
class Script {
    text;
    commands;
    #byName;
    constructor(text, commands) {
        this.text = text;
        this.commands = commands;
    }
    /** The commands of each program name (commandName), in script order; undefined for a ShellScript parseShell
     *  did not make. */
    static byNameOf(script) {
        if (!(#byName in script))
            return undefined;
        let byName = script.#byName;
        if (byName === undefined) {
            byName = new Map();
            const commands = script.commands;
            for (let k = 0; k < commands.length; k++) {
                const cmd = commands[k];
                const name = commandName(cmd);
                const list = byName.get(name);
                if (list)
                    list.push(cmd);
                else
                    byName.set(name, [cmd]);
            }
            script.#byName = byName;
        }
        return byName;
    }
}
function toCommand(tokens, before, after, index) {
    const words = [];
    const assignments = [];
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        const c0 = t.raw.charCodeAt(0);
        // every redirection starts with a digit, <, > or &: test for them before the regex
        if (((c0 >= 48 && c0 <= 57) || c0 === 60 || c0 === 62 || c0 === 38) &&
            /^\d*(>>?|<<?|>&|<&|&>>?|>\|)/.test(t.raw) &&
            !t.raw.startsWith('<(') &&
            !t.raw.startsWith('>(')) {
            // a redirection: skip its target too when the operator stands alone
            if (/^\d*(>>?|<<?|>&|<&|&>>?|>\|)-?$/.test(t.raw))
                i++;
            continue;
        }
        if (words.length === 0) {
            // an assignment has an `=`, a keyword is short: the regex and the look-ups only then
            if (t.raw.includes('=') && /^[A-Za-z_][A-Za-z0-9_]*\+?=/.test(t.raw)) {
                assignments.push(t);
                continue;
            }
            if (t.raw.length <= KEYWORD_MAX && (KEYWORDS_BEFORE_COMMAND.has(t.raw) || KEYWORDS_ALONE.has(t.raw)))
                continue;
        }
        words.push(t);
    }
    if (words.length === 0 && assignments.length === 0)
        return null;
    let start = Infinity;
    let end = -Infinity;
    for (const t of assignments) {
        if (t.start < start)
            start = t.start;
        if (t.end > end)
            end = t.end;
    }
    for (const t of words) {
        if (t.start < start)
            start = t.start;
        if (t.end > end)
            end = t.end;
    }
    return new Command(words[0]?.value ?? '', words, assignments, start, end, before, after, index);
}
/**
 * The SimpleCommand parseShell makes. Every rule asks for the program name and the words after the prefixes, so
 * each is worked out once per command, on first use, and kept in a private field: invisible to equality, JSON and
 * spreads, and much cheaper than a WeakMap lookup or a defineProperty per command (both showed up in profiles).
 */
class Command {
    name;
    words;
    assignments;
    start;
    end;
    before;
    after;
    index;
    #effective;
    #program;
    constructor(name, words, assignments, start, end, before, after, index) {
        this.name = name;
        this.words = words;
        this.assignments = assignments;
        this.start = start;
        this.end = end;
        this.before = before;
        this.after = after;
        this.index = index;
    }
    /** effectiveWords, computed once (callers only read it). */
    static effectiveOf(cmd) {
        if (!(#effective in cmd))
            return withoutPrefixes(cmd.words);
        return (cmd.#effective ??= withoutPrefixes(cmd.words));
    }
    /** commandName, computed once; undefined for a SimpleCommand parseShell did not make. */
    static programOf(cmd) {
        if (!(#program in cmd))
            return undefined;
        return (cmd.#program ??= programName(Command.effectiveOf(cmd)));
    }
}
/** Characters (by code, below 128) that end or change a run of ordinary word characters in tokenize. */
const WORD_SPECIAL = codeTable(' \t\n;()|&\\\'"`$');
/** The same inside double quotes. */
const QUOTED_SPECIAL = codeTable('"\\$');
/** A look-up table by character code (below 128): true for the characters of `chars`. */
function codeTable(chars) {
    const table = new Array(128).fill(false);
    for (const c of chars)
        table[c.charCodeAt(0)] = true;
    return table;
}
function tokenize(text, offsetOf) {
    const tokens = [];
    let i = 0;
    const n = text.length;
    while (i < n) {
        const c = text[i];
        if (c === ' ' || c === '\t') {
            i++;
            continue;
        }
        if (c === '\\' && text[i + 1] === '\n') {
            i += 2;
            continue;
        }
        if (c === '#') {
            while (i < n && text[i] !== '\n')
                i++;
            continue;
        }
        // `&&` / `||`, compared character by character (no two-character string per token)
        if ((c === '&' || c === '|') && text[i + 1] === c) {
            tokens.push(c === '&' ? '&&' : '||');
            i += 2;
            continue;
        }
        if (c === ';' && text[i + 1] === ';') {
            tokens.push(';');
            i += 2;
            continue;
        }
        if (c === ';' ||
            c === '\n' ||
            c === '(' ||
            c === ')' ||
            (c === '|' && text[i + 1] !== '&') ||
            (c === '&' && text[i + 1] !== '>')) {
            tokens.push(c);
            i++;
            continue;
        }
        if (c === '|' && text[i + 1] === '&') {
            tokens.push('|');
            i += 2;
            continue;
        }
        // a word
        const begin = i;
        let value = '';
        while (i < n) {
            const ch = text[i];
            if (ch === ' ' || ch === '\t' || ch === '\n' || ch === ';' || ch === '(' || ch === ')') {
                if (ch === '(' &&
                    (text[i - 1] === '$' || text[i - 1] === '<' || text[i - 1] === '>' || text[i - 1] === '=')) {
                    const close = matchParen(text, i);
                    value += text.slice(i, close + 1);
                    i = close + 1;
                    continue;
                }
                break;
            }
            if (ch === '|' || (ch === '&' && !/[<>]/.test(text[i - 1] ?? '') && text[i + 1] !== '>'))
                break;
            if (ch === '\\') {
                if (text[i + 1] === '\n') {
                    i += 2;
                    continue;
                }
                value += text[i + 1] ?? '';
                i += 2;
                continue;
            }
            if (ch === "'") {
                const close = text.indexOf("'", i + 1);
                const stop = close < 0 ? n : close;
                value += text.slice(i + 1, stop);
                i = stop + 1;
                continue;
            }
            if (ch === '"') {
                i++;
                while (i < n && text[i] !== '"') {
                    if (text[i] === '\\' && i + 1 < n) {
                        const next = text[i + 1];
                        if (next === '\n') {
                            i += 2;
                            continue;
                        }
                        value += '$`"\\'.includes(next) ? next : '\\' + next;
                        i += 2;
                        continue;
                    }
                    if (text[i] === '$' && text[i + 1] === '(') {
                        const close = matchParen(text, i + 1);
                        value += text.slice(i, close + 1);
                        i = close + 1;
                        continue;
                    }
                    // ordinary characters up to the next `"`, `\\` or `$`, in one slice
                    let j = i + 1;
                    while (j < n && !QUOTED_SPECIAL[text.charCodeAt(j)])
                        j++;
                    value += text.slice(i, j);
                    i = j;
                }
                i++;
                continue;
            }
            if (ch === '`') {
                const close = text.indexOf('`', i + 1);
                const stop = close < 0 ? n - 1 : close;
                value += text.slice(i, stop + 1);
                i = stop + 1;
                continue;
            }
            if (ch === '$' && text[i + 1] === '(') {
                const close = matchParen(text, i + 1);
                value += text.slice(i, close + 1);
                i = close + 1;
                continue;
            }
            if (ch === '$' && text[i + 1] === '{') {
                const close = text.indexOf('}', i);
                const stop = close < 0 ? n - 1 : close;
                value += text.slice(i, stop + 1);
                i = stop + 1;
                continue;
            }
            // this character and the ordinary ones after it, in one slice (not one concatenation per character)
            let j = i + 1;
            while (j < n && !WORD_SPECIAL[text.charCodeAt(j)])
                j++;
            value += text.slice(i, j);
            i = j;
        }
        // never stall on a character no branch consumed (that would loop forever)
        if (i === begin) {
            value = text[i];
            i++;
        }
        const end = Math.min(i, n);
        tokens.push({
            value,
            // the value is the raw text with quotes and escapes left out: as long as the raw text, it is the raw text
            raw: value.length === end - begin ? value : text.slice(begin, end),
            start: offsetOf(begin),
            end: offsetOf(end - 1) + 1,
        });
    }
    return tokens;
}
/** Index of the `)` matching the `(` at `open` (or the last index when unbalanced), skipping quotes. */
function matchParen(text, open) {
    let depth = 0;
    for (let i = open; i < text.length; i++) {
        const c = text[i];
        if (c === '\\') {
            i++;
        }
        else if (c === "'") {
            const close = text.indexOf("'", i + 1);
            if (close < 0)
                return text.length - 1;
            i = close;
        }
        else if (c === '(') {
            depth++;
        }
        else if (c === ')') {
            depth--;
            if (depth === 0)
                return i;
        }
    }
    return text.length - 1;
}
// ---------------------------------------------------------------- queries used by rules
/** Commands whose name (basename of argv[0]) is one of `names`, in script order; `sudo`/`env`/`command` prefixes
 *  are looked through. Callers must not change the list (it may be the script's own index entry). */
function findCommands(script, ...names) {
    if (!script)
        return NO_COMMANDS;
    const byName = Script.byNameOf(script);
    if (!byName)
        return script.commands.filter((c) => names.includes(commandName(c)));
    let found;
    let merged = false;
    for (let k = 0; k < names.length; k++) {
        const list = byName.get(names[k]);
        // a name given twice counts once
        if (list === undefined || names.indexOf(names[k]) !== k)
            continue;
        if (found === undefined) {
            found = list;
        }
        else {
            found = found.concat(list);
            merged = true;
        }
    }
    if (found === undefined)
        return NO_COMMANDS;
    // several names: back into script order
    return merged ? found.sort((a, b) => a.index - b.index) : found;
}
/** What findCommands returns when nothing matches: one empty list (its callers never change the list). */
const NO_COMMANDS = [];
/** Whether the script runs any of `names`: `findCommands(script, ...names).length > 0`, without the list. */
function runsAny(script, names) {
    if (!script)
        return false;
    const byName = Script.byNameOf(script);
    if (!byName)
        return script.commands.some((c) => names.includes(commandName(c)));
    for (const name of names)
        if (byName.has(name))
            return true;
    return false;
}
/** The program of a command's effective words: the basename of the first one ('' when there is none). */
function programName(effective) {
    return effective.length > 0 ? basename(effective[0].value) : '';
}
// every rule asks for command names: parseShell's commands keep theirs (see Command); other objects that have the
// SimpleCommand shape (built by hand) are answered from a WeakMap.
const names = new WeakMap();
/** The effective program: basename of argv[0], looking through `sudo`, `env`, `command`, `exec`, `nohup`. */
function commandName(cmd) {
    const program = Command.programOf(cmd);
    if (program !== undefined)
        return program;
    let name = names.get(cmd);
    if (name === undefined) {
        name = programName(effectiveWords(cmd));
        names.set(cmd, name);
    }
    return name;
}
/** True when the command's program (prefixes looked through) is one of `names`. */
function commandIs(cmd, ...names) {
    return names.includes(commandName(cmd));
}
/** argv with `sudo [-u x]`, `env A=1`, `command`, `exec`, `nohup` prefixes removed (callers must not change it). */
function effectiveWords(cmd) {
    return Command.effectiveOf(cmd);
}
function withoutPrefixes(words) {
    let w = words;
    for (;;) {
        const first = basename(w[0]?.value ?? '');
        if (first === 'sudo' || first === 'env' || first === 'command' || first === 'exec' || first === 'nohup') {
            let k = 1;
            while (k < w.length &&
                (w[k].value.startsWith('-') || (first === 'env' && /^[A-Za-z_]\w*=/.test(w[k].value)))) {
                k += first === 'sudo' && /^-[ugCDhpRrTU]$/.test(w[k].value) ? 2 : 1;
            }
            w = w.slice(k);
            continue;
        }
        return w;
    }
}
/** Argument words after the program name (prefixes looked through). */
function argsOf(cmd) {
    return effectiveWords(cmd).slice(1);
}
/** True when the command has any of the flags: `-y` matches `-y`, `-qy`, `--yes=…` matches `--yes`. */
function hasFlag(cmd, ...flags) {
    const words = effectiveWords(cmd);
    for (let i = 1; i < words.length; i++)
        if (flagMatches(words[i].value, flags))
            return true;
    return false;
}
function flagMatches(word, flags) {
    for (const f of flags) {
        if (f.startsWith('--')) {
            if (word === f || word.startsWith(f + '='))
                return true;
        }
        else if (f.startsWith('-') && f.length === 2) {
            if (/^-[A-Za-z0-9]+$/.test(word) && word.includes(f[1]))
                return true;
        }
        else if (word === f) {
            return true;
        }
    }
    return false;
}
/** Non-flag arguments (words not starting with `-`), skipping the values of flags listed in `flagsWithValue`. */
function positionalArgs(cmd, flagsWithValue = []) {
    // the words after the program (argsOf), read in place
    return positionalWords(effectiveWords(cmd), flagsWithValue, 1);
}
/**
 * The one scanner of positional arguments: the words from `from` on that are not flags, skipping the value word of
 * each flag in `flagsWithValue`; after `--` every word is positional.
 */
function positionalWords(words, flagsWithValue = [], from = 0) {
    const out = [];
    const takesValue = (v) => Array.isArray(flagsWithValue)
        ? flagsWithValue.includes(v)
        : flagsWithValue.has(v);
    for (let i = from; i < words.length; i++) {
        const v = words[i].value;
        if (v === '--') {
            for (let k = i + 1; k < words.length; k++)
                out.push(words[k]);
            break;
        }
        if (v.startsWith('-')) {
            if (takesValue(v))
                i++;
            continue;
        }
        out.push(words[i]);
    }
    return out;
}
/** For `apt-get install x`, `pip install x`, `apk add x`: the subcommand word (first positional), lower-cased. */
function subcommand(cmd, flagsWithValue = []) {
    return positionalArgs(cmd, flagsWithValue)[0]?.value;
}
function basename(path) {
    // indexOf first: lastIndexOf is a slow call, and most names have no slash
    if (path.indexOf('/') < 0)
        return path;
    return path.slice(path.lastIndexOf('/') + 1);
}
/** The values of some words (`words.map((w) => w.value)`), always in an array made here: the arrays the rules read
 *  then have one shape whether empty or not, so code V8 optimized for one kind is not thrown away for the other. */
function valuesOf(words) {
    const out = [];
    for (let k = 0; k < words.length; k++)
        out.push(words[k].value);
    return out;
}
/**
 * Whether a word, as written (`raw`), is nothing but expansions: `$pkgs`, `${PKGS:-a b}`, `"$@"`, `$(cat list)`,
 * `` `cat list` ``, `$A$B`. The shell computes such a word when the command runs, and unquoted it may split into
 * any number of arguments (a computed package list), so rules that judge an argument by its text cannot judge it.
 * A word with literal text beside an expansion (`foo=$VERSION`, `lib${X}-dev`, `'$literal'`) is not one.
 */
function isExpansion(raw) {
    let seen = false;
    let i = 0;
    while (i < raw.length) {
        const c = raw[i];
        if (c === '"') {
            i++;
            continue;
        }
        if (c === '`') {
            const close = closingBacktick(raw, i + 1);
            if (close < 0)
                return false;
            i = close + 1;
            seen = true;
            continue;
        }
        if (c !== '$')
            return false;
        const next = raw[i + 1];
        if (next === '{' || next === '(') {
            const close = closingBracket(raw, i + 1);
            if (close < 0)
                return false;
            i = close + 1;
        }
        else if (next !== undefined && /[A-Za-z_]/.test(next)) {
            i += 2;
            while (i < raw.length && /\w/.test(raw[i]))
                i++;
        }
        else if (next !== undefined && /[@*#?$!0-9-]/.test(next)) {
            i += 2;
        }
        else {
            return false;
        }
        seen = true;
    }
    return seen;
}
/** Index of the bracket closing the one at `open` (`{`/`(`, nested ones counted), -1 when it is never closed. */
function closingBracket(text, open) {
    const opener = text[open];
    const closer = opener === '{' ? '}' : ')';
    let depth = 0;
    for (let i = open; i < text.length; i++) {
        const c = text[i];
        if (c === '\\')
            i++;
        else if (c === opener)
            depth++;
        else if (c === closer && --depth === 0)
            return i;
    }
    return -1;
}
/** Index of the backtick ending a command substitution whose body starts at `from`, -1 when there is none. */
function closingBacktick(text, from) {
    for (let i = from; i < text.length; i++) {
        if (text[i] === '\\')
            i++;
        else if (text[i] === '`')
            return i;
    }
    return -1;
}


/***/ })

};
