// Turns Dockerfile text into the plain model of ./types.ts. A line scanner of our own, not dockerfile-ast: the
// library misreads `<< 'EOF'` (and then swallows the instructions after it), its getHeredocs() throws on some
// inputs, heredoc bodies leak into its arguments, `COPY --from` lookups break when other flags come first, and on
// large files it costs more than all our rules together. Extents, continuation lines, flags, words, heredoc bodies
// and directives are computed here from the text itself, with exact source offsets.
import { expandWord } from './expand.js';
import { MAX_FILE_SHELL_CHARS, MAX_SHELL_CHARS } from './limits.js';
import { parseShell } from './shell.js';
import type { ShellScript } from './shell.js';
import type {
  Comment,
  Flag,
  Heredoc,
  Instruction,
  ParsedDockerfile,
  ParseProblem,
  Span,
  Stage,
  Word,
} from './types.js';

export const KEYWORDS = new Set([
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
export function argsOffsets(parsed: ParsedDockerfile, ins: Instruction): readonly number[] | undefined {
  if (!ins.argsSpan) return undefined;
  // split once per file: asked for every RUN, a split each made a file of many RUNs quadratic
  let lines = linesOf.get(parsed);
  if (lines === undefined || lines.text !== parsed.text) {
    lines = { text: parsed.text, lines: parsed.text.split('\n') };
    linesOf.set(parsed, lines);
  }
  return offsetsIn(parsed, ins, lines.lines);
}

const linesOf = new WeakMap<ParsedDockerfile, { text: string; lines: string[] }>();

function offsetsIn(
  parsed: ParsedDockerfile,
  ins: Instruction,
  lines: string[],
): readonly number[] | undefined {
  if (!ins.argsSpan) return undefined;
  const map = readLogical(
    lines,
    parsed.lineStarts,
    ins.line - 1,
    ins.column - 1,
    parsed.escape,
    null,
  ).map.toArray();
  const p = map.indexOf(ins.argsSpan.start);
  if (p < 0) return undefined;
  const offsets = map.slice(p, p + ins.args.length);
  return offsets.length === ins.args.length ? offsets : undefined;
}

/** Parses Dockerfile text into the lint model. Never throws on any input. */
export function parseDockerfile(input: string, file = 'Dockerfile'): ParsedDockerfile {
  const text = normalise(input);
  // ''.split() makes a different kind of array from every other split: the one line of an empty file by hand
  const lines = text.length > 0 ? text.split('\n') : [''];
  const lineStarts = computeLineStarts(lines);
  const { directives, escapeDirective, directiveLines } = readDirectives(lines);
  const escape: '\\' | '`' = escapeDirective === '`' ? '`' : '\\';
  const problems: ParseProblem[] = [];
  const comments: Comment[] = [];
  const limits: ParseProblem[] = [];
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
  const instructions: Instruction[] = [];
  let l = 0;
  while (l < lines.length) {
    const line = lines[l]!;
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
    const built = buildInstruction(
      text,
      lines,
      lineStarts,
      l,
      first,
      escape,
      problems,
      comments,
      shellBudget,
    );
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

/** How much shell text a file may still have read (MAX_FILE_SHELL_CHARS), and the notes for RUNs left unread. */
interface ShellBudget {
  left: number;
  limits: ParseProblem[];
}

/** The RUN's script read as shell, or undefined (with a note) when it is too long to read in bounded memory. */
function readShell(
  script: string,
  offsetOf: (i: number) => number,
  budget: ShellBudget,
  at: { line: number; column: number },
): ShellScript | undefined {
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
  return parseShell(script, offsetOf);
}

/** A Windows base image, by name: Microsoft's windows/… paths, the servercore and nanoserver images and tags
 *  (golang:…-windowsservercore-…, mcr.microsoft.com/powershell:nanoserver-…), and images named *windows*. Such a
 *  base runs RUN with `cmd /S /C` unless a SHELL says otherwise. */
export function isWindowsImage(image: string): boolean {
  return /windows|nanoserver|servercore/i.test(image);
}

/** Decodes Dockerfile bytes: UTF-8 (with or without byte-order mark) or UTF-16 LE/BE (with a byte-order mark,
 *  as Windows editors save it, or without one when every other byte is zero). */
export function decodeDockerfile(bytes: Uint8Array): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16be(bytes.subarray(2));
  if (bytes.length >= 4 && bytes.length % 2 === 0) {
    if (b0 !== 0 && b1 === 0 && bytes[3] === 0) return new TextDecoder('utf-16le').decode(bytes);
    if (b0 === 0 && b1 !== 0 && bytes[2] === 0) return decodeUtf16be(bytes);
  }
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

function decodeUtf16be(bytes: Uint8Array): string {
  const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1]!;
    swapped[i + 1] = bytes[i]!;
  }
  return new TextDecoder('utf-16le').decode(swapped);
}

export function normalise(input: string): string {
  // most files have neither: skip the regex passes then
  const text = input.length > 0 && input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Offset of each line's start, from the lines of the text split on newlines. */
function computeLineStarts(lines: readonly string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  return starts;
}

/** The parser directives at the top, and the escape one apart: the directives object has a shape of its own
 *  for each set of directives, and reading it would make the parse's optimized code handle them all. */
function readDirectives(lines: readonly string[]): {
  directives: ParsedDockerfile['directives'];
  escapeDirective: string | undefined;
  directiveLines: number;
} {
  const out: ParsedDockerfile['directives'] = {};
  let directiveLines = 0;
  for (const line of lines) {
    const m = /^\s*#\s*([A-Za-z]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m) break;
    const name = m[1]!.toLowerCase();
    if (name === 'syntax' || name === 'escape' || name === 'check') out[name] = m[2]!;
    else break;
    directiveLines++;
  }
  return { directives: out, escapeDirective: out.escape, directiveLines };
}

interface Built {
  instructions: Instruction[];
  lastLine: number;
}

/**
 * The source offset of each character of a logical line (or of a part of one): `at(i)` is the offset of character
 * i, undefined outside the line, as an array of offsets would answer. Kept as runs of consecutive offsets, one per
 * physical line, instead of one number per character (the parse used to spend a good part of its time on those).
 */
class OffsetMap {
  /** The run the last multi-run answer came from. */
  #run = 0;

  constructor(
    /** Index (in the whole logical line) of each run's first character, increasing. */
    private readonly starts: readonly number[],
    /** Source offset of each run's first character. */
    private readonly offsets: readonly number[],
    readonly length: number,
    /** Index in the whole logical line of this map's character 0 (a slice starts further in). */
    private readonly shift = 0,
  ) {}

  at(i: number): number | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    const j = i + this.shift;
    // most instructions are one physical line: one run
    if (this.starts.length === 1) return this.offsets[0]! + (j - this.starts[0]!);
    // the last run starting at or before j: callers mostly ask in increasing order (the shell reader, word by
    // word), so look at the run of the previous answer and the ones after it before searching
    const starts = this.starts;
    let r = this.#run;
    if (starts[r]! <= j) {
      while (r + 1 < starts.length && starts[r + 1]! <= j) r++;
    } else {
      let lo = 0;
      let hi = r;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= j) lo = mid;
        else hi = mid - 1;
      }
      r = lo;
    }
    this.#run = r;
    return this.offsets[r]! + (j - starts[r]!);
  }

  /** As Array.prototype.slice(from, to) for 0 <= from (the only calls). */
  slice(from: number, to = this.length): OffsetMap {
    const a = Math.min(from, this.length);
    const b = Math.min(Math.max(to, a), this.length);
    return new OffsetMap(this.starts, this.offsets, b - a, this.shift + a);
  }

  toArray(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.length; i++) out.push(this.at(i)!);
    return out;
  }
}

/** The logical line of an instruction: continuation escapes, and comment or empty lines inside continuations,
 *  removed (as the builder does); `map.at(i)` is the source offset of `logical[i]`. */
function readLogical(
  lines: string[],
  lineStarts: number[],
  line0: number,
  char0: number,
  escape: string,
  comments: Comment[] | null,
): { logical: string; map: OffsetMap; lastLine: number } {
  let logical = '';
  const starts: number[] = [];
  const offsets: number[] = [];
  let l = line0;
  let col = char0;
  for (;;) {
    const lineText = lines[l] ?? '';
    const base = lineStarts[l]!;
    const content = lineText.slice(col);
    const cont = continuationAt(content, escape);
    const end = cont >= 0 ? cont : content.length;
    if (end > 0) {
      starts.push(logical.length);
      offsets.push(base + col);
    }
    logical += end === content.length ? content : content.slice(0, end);
    if (cont < 0 || l + 1 >= lines.length) break;
    l++;
    col = 0;
    while (l < lines.length - 1) {
      const f = firstNonBlank(lines[l]!);
      if (f >= 0 && lines[l]![f] !== '#') break;
      if (f >= 0) comments?.push({ line: l + 1, text: lines[l]!.slice(f + 1).trim() });
      l++;
    }
  }
  return { logical, map: new OffsetMap(starts, offsets, logical.length), lastLine: l };
}

/** Reads one instruction starting at (line, character), following continuations and heredocs. */
function buildInstruction(
  text: string,
  lines: string[],
  lineStarts: number[],
  line0: number,
  char0: number,
  escape: string,
  problems: ParseProblem[],
  comments: Comment[],
  shellBudget: ShellBudget,
): Built {
  const startOffset = lineStarts[line0]! + char0;
  const {
    logical,
    map,
    lastLine: logicalLast,
  } = readLogical(lines, lineStarts, line0, char0, escape, comments);
  let lastLine = logicalLast;
  const logicalEnd = (map.at(map.length - 1) ?? startOffset) + 1;

  const keywordMatch = firstWord(logical);
  if (!keywordMatch) return { instructions: [], lastLine };
  const keyword = canonicalKeyword(keywordMatch[1]!);

  // heredocs: bodies follow the logical line
  const heredocs: Heredoc[] = [];
  let heredocKeyword = keyword;
  if (keyword === 'ONBUILD') heredocKeyword = (/^\S+\s+(\S+)/.exec(logical)?.[1] ?? '').toUpperCase();
  // every heredoc starts with `<<`: most instructions have none, so skip the regex scan
  if (HEREDOC_CAPABLE.has(heredocKeyword) && logical.includes('<<')) {
    for (const m of logical.matchAll(HEREDOC_RE)) {
      // not a heredoc: inside quotes, or a bash here-string (`<<<`)
      if (logical[m.index - 1] === '<' || logical[m.index + 2] === '<' || insideQuotes(logical, m.index))
        continue;
      const delimiter = m[3]!;
      const stripTabs = m[1] === '-';
      const bodyLine0 = lastLine + 1;
      let k = bodyLine0;
      while (
        k < lines.length &&
        (stripTabs ? lines[k]!.replace(/^\t+/, '') : lines[k]!).trimEnd() !== delimiter
      )
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
  const endOffset =
    heredocs.length > 0 ? (lineStarts[lastLine] ?? 0) + (lines[lastLine]?.length ?? 0) : logicalEnd;

  const make = (kw: string, from: number, onbuild: boolean): Instruction => {
    // from: index in logical where this instruction's keyword starts
    const kwEnd = from + kw.length;
    let p = kwEnd;
    const flags: Flag[] = [];
    const upper = canonicalKeyword(kw);
    const skipSpace = (): void => {
      while (p < logical.length && isSpace(logical.charCodeAt(p))) p++;
    };
    skipSpace();
    if (FLAGGED.has(upper)) {
      while (logical.startsWith('--', p)) {
        const m = /^--([A-Za-z0-9-]+)(?:=((?:"[^"]*"|'[^']*'|\S)*))?/.exec(logical.slice(p));
        if (!m) break;
        const fs = spanOf(p, p + m[0].length);
        flags.push({
          name: m[1]!.toLowerCase(),
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
    let form: 'exec' | 'shell' | undefined;
    let execWords: Word[] | null = null;
    if (EXEC_CAPABLE.has(upper) || upper === 'HEALTHCHECK') {
      const jsonPart = upper === 'HEALTHCHECK' ? /^CMD\s+(\[.*)$/is.exec(args) : /^(\[.*)$/s.exec(args);
      if (jsonPart) {
        execWords = parseJsonArray(jsonPart[1]!, argMap.slice(args.length - jsonPart[1]!.length), lineStarts);
        form = execWords ? 'exec' : 'shell';
      } else if (upper !== 'HEALTHCHECK' || /^CMD\s/i.test(args)) {
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
    const split = (): Word[] => splitWords(args, argMap, lineStarts, wordEscape);
    const ins: Instruction = new ParsedInstruction(
      span,
      upper,
      onbuild,
      text.slice(startOff, span.end),
      flags,
      args,
      argsSpan,
      execWords ?? (upper === 'RUN' ? split : split()),
      form,
      // only heredoc-capable instructions (RUN, COPY, ADD, or such an ONBUILD trigger) ever fill the list
      heredocs,
    );
    if (upper === 'RUN') {
      const at = { line: span.line, column: span.column };
      // heredoc bodies run by the shell (RUN <<EOF … EOF) are scripts too
      if (heredocs.length > 0 && /^<<-?\s*["']?[A-Za-z_]/.test(args)) {
        const h = heredocs[0]!;
        ins.shell = readShell(h.body, (i) => h.bodyStart + i, shellBudget, at);
      } else if (form === 'shell') {
        const end = (argMap.at(argMap.length - 1) ?? 0) + 1;
        ins.shell = readShell(args, (i) => argMap.at(i) ?? end, shellBudget, at);
      }
    }
    return ins;
  };

  function spanOf(a: number, b: number): Span {
    return toSpan(lineStarts, map.at(a) ?? startOffset, (map.at(b - 1) ?? startOffset) + 1);
  }

  const result: Instruction[] = [];
  if (keyword === 'ONBUILD') {
    const m = /^\S+\s+(\S+)/.exec(logical);
    if (m) {
      const trigger = m[1]!.toUpperCase();
      const triggerStart = logical.indexOf(m[1]!, keywordMatch[0].length);
      const at = position(lineStarts, map.at(triggerStart) ?? startOffset);
      if (!KEYWORDS.has(trigger)) {
        problems.push({ ...at, message: `unknown instruction ${quoteText(m[1]!)} after ONBUILD` });
      } else if (trigger === 'ONBUILD' || trigger === 'FROM' || trigger === 'MAINTAINER') {
        problems.push({
          ...at,
          message: `ONBUILD ${trigger} is not allowed: ONBUILD cannot trigger ${trigger}`,
        });
      }
      const ins = make(m[1]!, triggerStart, true);
      if (NEEDS_ARGS.has(trigger) && ins.args === '' && ins.heredocs.length === 0) {
        problems.push({ ...at, message: `${trigger} needs arguments` });
      }
      result.push(ins);
    } else {
      problems.push({
        line: line0 + 1,
        column: char0 + 1,
        message: 'ONBUILD needs an instruction to trigger',
      });
    }
  } else {
    if (!KEYWORDS.has(keyword)) {
      problems.push({
        line: line0 + 1,
        column: char0 + 1,
        message: `unknown instruction ${quoteText(keywordMatch[1]!)}`,
      });
    }
    const ins = make(keywordMatch[1]!, 0, false);
    if (NEEDS_ARGS.has(keyword) && ins.args === '' && ins.flags.length === 0 && ins.heredocs.length === 0) {
      problems.push({ line: line0 + 1, column: char0 + 1, message: `${keyword} needs arguments` });
    } else {
      const rejected = rejectedArguments(ins);
      if (rejected !== undefined) problems.push({ line: line0 + 1, column: char0 + 1, message: rejected });
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
function rejectedArguments(ins: Instruction): string | undefined {
  switch (ins.keyword) {
    case 'SHELL':
      return ins.form === 'exec'
        ? undefined
        : 'SHELL needs its arguments as a JSON array: SHELL ["/bin/sh", "-c"]';
    case 'EXPOSE': {
      const bad = ins.words.find(
        (w) => !w.value.includes('$') && !w.value.includes(':') && !EXPOSE_PORT.test(w.value),
      );
      return bad === undefined
        ? undefined
        : `EXPOSE ${quoteText(bad.value)} is not a port: write a number or a range, with an optional /tcp, /udp or /sctp`;
    }
    case 'ENV':
    case 'ARG': {
      const words = ins.words;
      // `ENV NAME the value` (no `=` in the first word): the rest is the value, `=` and all
      if (ins.keyword === 'ENV' && words.length > 0 && !words[0]!.value.includes('=')) return undefined;
      return words.some((w) => w.value.startsWith('='))
        ? `${ins.keyword} needs a name before each \`=\``
        : undefined;
    }
    case 'FROM': {
      // the builder splits FROM at whitespace and takes `image` or `image AS name`, nothing else; a `#` after
      // the image is no comment (only a line's first character starts one) but more arguments
      const words = ins.words;
      if (words.length === 1 || (words.length === 3 && words[1]!.value.toLowerCase() === 'as'))
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
class ParsedInstruction implements Instruction {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  start: number;
  end: number;
  index = 0;
  stage = -1;
  shell?: ShellScript;
  #words: Word[] | undefined;
  #split: (() => Word[]) | undefined;

  constructor(
    span: Span,
    public keyword: string,
    public onbuild: boolean,
    public raw: string,
    public flags: Flag[],
    public args: string,
    public argsSpan: Span | null,
    /** The words, or the function that splits them on first read. */
    words: Word[] | (() => Word[]),
    public form: 'exec' | 'shell' | undefined,
    public heredocs: Heredoc[],
  ) {
    this.line = span.line;
    this.column = span.column;
    this.endLine = span.endLine;
    this.endColumn = span.endColumn;
    this.start = span.start;
    this.end = span.end;
    if (typeof words === 'function') this.#split = words;
    else this.#words = words;
  }

  get words(): Word[] {
    if (this.#words === undefined) {
      this.#words = this.#split!();
      this.#split = undefined;
    }
    return this.#words;
  }
}

/** The same as `/^(\S+)/.exec(s)` (null, or [match, match]), without a regex run for plain ASCII text. */
function firstWord(s: string): [string, string] | null {
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // beyond ASCII, \s also means Unicode spaces: let the regex decide
    if (c >= 128) return /^(\S+)/.exec(s) as [string, string] | null;
    if (c === 32 || (c >= 9 && c <= 13)) break;
  }
  if (i === 0) return null;
  const word = s.slice(0, i);
  return [word, word];
}

/** Upper-cased keyword; a known one as its literal from KEYWORDS (see CANONICAL). */
function canonicalKeyword(word: string): string {
  // most keywords are written upper-case already: then no new string is made
  const known = CANONICAL.get(word);
  if (known !== undefined) return known;
  const upper = word.toUpperCase();
  return CANONICAL.get(upper) ?? upper;
}

/** Whitespace as the builder splits words: space, tab, newline, vertical tab, form feed, carriage return. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
}

function firstNonBlank(line: string): number {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 11 && c !== 12) return i;
  }
  return -1;
}

/** True when `index` is inside a single- or double-quoted string of shell text. The escape is a backslash whatever
 *  the escape directive: the builder finds heredocs with a shell-word lexer of its own that always uses one
 *  (heredocsFromLine: `shell.NewLex('\\')`). */
function insideQuotes(s: string, index: number): boolean {
  let quote = '';
  for (let i = 0; i < index; i++) {
    const c = s[i];
    if (quote === '') {
      if (c === '\\') i++;
      else if (c === "'" || c === '"') quote = c;
    } else if (c === quote) {
      quote = '';
    } else if (quote === '"' && c === '\\') {
      i++;
    }
  }
  return quote !== '';
}

/** Index of the escape char that ends `content` as a continuation (escape followed by only whitespace), or -1. */
function continuationAt(content: string, escape: string): number {
  // trailing spaces and tabs ignored (a loop: a regex replace here ran once per source line)
  let last = content.length - 1;
  while (last >= 0 && (content.charCodeAt(last) === 32 || content.charCodeAt(last) === 9)) last--;
  if (last < 0 || content[last] !== escape) return -1;
  // an escaped escape (`\\` at end) is not a continuation
  let count = 0;
  for (let i = last; i >= 0 && content[i] === escape; i--) count++;
  return count % 2 === 1 ? last : -1;
}

function toSpan(lineStarts: number[], start: number, end: number): Span {
  const a = position(lineStarts, start);
  const b = position(lineStarts, end);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, start, end };
}

/** The index of the line holding `offset`, walking on from line index `from` (whose start is not after it). */
function lineIndexFrom(lineStarts: number[], offset: number, from: number): number {
  let l = from;
  while (l + 1 < lineStarts.length && lineStarts[l + 1]! <= offset) l++;
  return l;
}

export function position(lineStarts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
}

function unquote(s: string): string {
  if ((s.startsWith('"') && s.endsWith('"')) || (s.startsWith("'") && s.endsWith("'"))) return s.slice(1, -1);
  return s;
}

/** Splits on unquoted whitespace; quotes are removed from `value` (as ENV/LABEL/COPY read them), and `escape` (a
 *  backslash, or the backtick an escape directive names) outside quotes is dropped and keeps the character after it. */
function splitWords(args: string, argMap: OffsetMap, lineStarts: number[], escape: string): Word[] {
  const esc = escape.charCodeAt(0);
  const words: Word[] = [];
  let line = -1;
  let i = 0;
  while (i < args.length) {
    while (i < args.length && isSpace(args.charCodeAt(i))) i++;
    if (i >= args.length) break;
    const begin = i;
    let value = '';
    while (i < args.length && !isSpace(args.charCodeAt(i))) {
      const c = args[i]!;
      if (c === '"' || c === "'") {
        const close = args.indexOf(c, i + 1);
        const stop = close < 0 ? args.length : close;
        value += args.slice(i + 1, stop);
        i = stop + 1;
      } else if (c === escape && i + 1 < args.length) {
        value += args[i + 1];
        i += 2;
      } else {
        // this character and the ordinary ones after it, in one slice (not a concatenation per character)
        let j = i + 1;
        while (j < args.length) {
          const d = args.charCodeAt(j);
          if (isSpace(d) || d === 34 || d === 39 || d === esc) break;
          j++;
        }
        value += args.slice(i, j);
        i = j;
      }
    }
    const end = Math.min(i, args.length);
    // word offsets only grow: find each one's line walking on from the previous one (no binary search per word)
    const start = argMap.at(begin)!;
    const stop = argMap.at(end - 1)! + 1;
    line = line < 0 ? position(lineStarts, start).line - 1 : lineIndexFrom(lineStarts, start, line);
    const startLine = line;
    line = lineIndexFrom(lineStarts, stop, line);
    words.push({
      value,
      raw: args.slice(begin, end),
      line: startLine + 1,
      column: start - lineStarts[startLine]! + 1,
      endLine: line + 1,
      endColumn: stop - lineStarts[line]! + 1,
      start,
      end: stop,
    });
  }
  return words;
}

/** Parses a JSON array of strings (exec form); null when it is not one (then Docker runs it as shell form). JSON's
 *  own backslash escapes apply whatever the escape directive, as the builder decodes the array with a JSON decoder. */
function parseJsonArray(json: string, argMap: OffsetMap, lineStarts: number[]): Word[] | null {
  // not closed by `]` (`RUN [ -f x ] && …`): not JSON, known without the cost of a thrown SyntaxError
  if (!json.trimEnd().endsWith(']')) return null;
  let values: unknown;
  try {
    values = JSON.parse(json);
  } catch {
    return null;
  }
  if (!Array.isArray(values) || !values.every((v) => typeof v === 'string')) return null;
  const words: Word[] = [];
  const re = /"((?:[^"\\]|\\.)*)"/g;
  let k = 0;
  // an exec loop: matchAll would make an iterator and a copy of the regex per call
  for (let m = re.exec(json); m !== null; m = re.exec(json)) {
    const value = values[k++] as string | undefined;
    if (value === undefined) break;
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
export function quoteText(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const shown =
      code < 0x20 || code === 0x7f
        ? `\\x${code.toString(16).padStart(2, '0')}`
        : code >= 0x80 && code <= 0x9f
          ? `\\u${code.toString(16).padStart(4, '0')}`
          : ch;
    if (out.length + shown.length > QUOTE_MAX) return `${out}…`;
    out += shown;
  }
  return out;
}

function buildStages(instructions: Instruction[], escape: string): Stage[] {
  const stages: Stage[] = [];
  // the names of the stages so far: `fromStage` is asked for every FROM (a scan of the stages made it quadratic)
  const names = new Set<string>();
  const globalArgs = new Map<string, string>();
  for (const ins of instructions) {
    if (ins.keyword === 'FROM' && !ins.onbuild) {
      const image = ins.words.length > 0 ? ins.words[0]!.value : '';
      const asIndex = ins.words.findIndex((w) => w.value.toLowerCase() === 'as');
      const name = asIndex > 0 ? ins.words[asIndex + 1]?.value.toLowerCase() : undefined;
      // every substitution starts with `$`: most images have none
      const resolvedImage = !image.includes('$')
        ? image
        : expandWord(ins.words[0]!.raw, globalArgs, escape).result;
      // FROM names an earlier stage by its name only: BuildKit and the classic builder read `FROM 0` as an image
      // called 0 (a stage's index counts in `COPY --from=0`, not in FROM)
      const fromStage = names.has(resolvedImage.toLowerCase());
      if (name !== undefined) names.add(name);
      stages.push({
        index: stages.length,
        name,
        image,
        resolvedImage,
        from: ins,
        instructions: [],
        fromStage,
      });
    } else if (ins.keyword === 'ARG' && stages.length === 0) {
      // a default may use the global ARGs above it, as the builder reads them
      for (const w of ins.words) {
        const eq = w.raw.indexOf('=');
        if (eq > 0)
          globalArgs.set(w.raw.slice(0, eq), expandWord(w.raw.slice(eq + 1), globalArgs, escape).result);
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

function isStageIndex(ref: string, before: number): boolean {
  return /^\d+$/.test(ref) && Number(ref) < before;
}

/**
 * The stage `ref` names as seen from stage `before` (only earlier stages count): its `AS` name, case-insensitive,
 * the nearest one when a name repeats, else its index (`COPY --from=0`; FROM takes names only, see buildStages).
 */
export function findStage(
  stages: readonly Stage[],
  ref: string,
  before: number = stages.length,
): Stage | undefined {
  const name = ref.toLowerCase();
  for (let i = Math.min(before, stages.length) - 1; i >= 0; i--)
    if (stages[i]!.name === name) return stages[i];
  return isStageIndex(ref, Math.min(before, stages.length)) ? stages[Number(ref)] : undefined;
}

/** The stage a build with `--target` builds: the stage of that name (case-insensitive), or the last stage when no
 *  target is given; undefined when no stage has that name (the build itself fails then). */
export function targetStage(file: ParsedDockerfile, target?: string): Stage | undefined {
  if (target === undefined) return file.stages.at(-1);
  const name = target.toLowerCase();
  return file.stages.find((s) => s.name === name);
}

const parents = new WeakMap<readonly Stage[], (Stage | undefined)[]>();

/** The stage this stage is built FROM, when it names an earlier stage (by its name: FROM takes no index). */
export function parentStage(file: ParsedDockerfile, stage: Stage | undefined): Stage | undefined {
  if (!stage || !stage.fromStage) return undefined;
  // rules ask per stage and per instruction: resolved once per file in one pass (a scan per ask was quadratic)
  let known = parents.get(file.stages);
  if (known === undefined) {
    known = [];
    const byName = new Map<string, Stage>();
    for (const s of file.stages) {
      known[s.index] = s.fromStage ? byName.get(s.resolvedImage.toLowerCase()) : undefined;
      if (s.name !== undefined) byName.set(s.name, s);
    }
    parents.set(file.stages, known);
  }
  return (
    known[stage.index] ??
    (stage.index in known ? undefined : findStage(file.stages, stage.resolvedImage, stage.index))
  );
}

/** `stage`, then the stage it is built FROM, and so on up to the first one built from an image. */
export function stageLineage(file: ParsedDockerfile, stage: Stage | undefined): Stage[] {
  const lineage: Stage[] = [];
  // parents are always earlier stages, so the walk ends; the set only guards hand-built models
  const seen = new Set<number>();
  for (let s = stage; s && !seen.has(s.index); s = parentStage(file, s)) {
    seen.add(s.index);
    lineage.push(s);
  }
  return lineage;
}
