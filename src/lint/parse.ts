// The only module that talks to dockerfile-ast. It turns Dockerfile text into the plain model of ./types.ts and
// hides the library's quirks: dockerfile-ast finds where instructions start; extents, continuation lines,
// flags, words, heredoc bodies and directives are computed here from the text itself, so heredoc bodies never
// leak into arguments and a `<< 'EOF'` with a space is still a heredoc.
import { DockerfileParser } from 'dockerfile-ast';
import { parseShell } from './shell.js';
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
const FLAGGED = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'HEALTHCHECK']);
const HEREDOC_CAPABLE = new Set(['RUN', 'COPY', 'ADD']);
const EXEC_CAPABLE = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL']);
const HEREDOC_RE = /<<(-?)\s*(["']?)([A-Za-z_][A-Za-z0-9_.-]*)\2/g;

/** Offsets of each character of a RUN's shell-form `args` in the source text (continuations removed). Kept out
 *  of the model so it stays plain data; the ShellCheck step uses it to map columns back. */
const argOffsets = new WeakMap<Instruction, readonly number[]>();

/** Source offset of every character of `ins.args` (shell-form RUN only), or undefined. */
export function argsOffsets(ins: Instruction): readonly number[] | undefined {
  return argOffsets.get(ins);
}

/** Parses Dockerfile text into the lint model. Never throws on any input. */
export function parseDockerfile(input: string, file = 'Dockerfile'): ParsedDockerfile {
  const text = normalise(input);
  const lineStarts = computeLineStarts(text);
  const directives = readDirectives(text);
  const escape: '\\' | '`' = directives.escape === '`' ? '`' : '\\';
  const problems: ParseProblem[] = [];
  const comments: Comment[] = [];

  let starts: { line: number; character: number }[];
  try {
    starts = DockerfileParser.parse(text)
      .getInstructions()
      .map((i) => i.getRange().start);
  } catch (error: unknown) {
    problems.push({
      line: 1,
      column: 1,
      message: `cannot parse: ${error instanceof Error ? error.message : String(error)}`,
    });
    starts = [];
  }

  const lines = text.split('\n');
  const instructions: Instruction[] = [];
  let coveredUntilLine = -1; // 0-based last line consumed by the previous instruction (continuations, heredocs)
  for (const start of starts) {
    if (start.line <= coveredUntilLine) continue; // inside a previous heredoc body or continuation
    const built = buildInstruction(text, lines, lineStarts, start.line, start.character, escape, problems);
    if (!built) continue;
    coveredUntilLine = built.lastLine;
    for (const ins of built.instructions) {
      ins.index = instructions.length;
      instructions.push(ins);
    }
  }

  // comments: lines starting with # that are not inside an instruction's extent (continuation comments included)
  const inside = new Set<number>();
  for (const ins of instructions)
    for (const h of ins.heredocs)
      for (let l = h.bodyLine; l < h.bodyLine + h.body.split('\n').length; l++) inside.add(l);
  lines.forEach((l, i) => {
    const m = /^\s*#(.*)$/.exec(l);
    if (m && !inside.has(i + 1)) comments.push({ line: i + 1, text: m[1]!.trim() });
  });

  const stages = buildStages(instructions);
  return { file, text, escape, directives, instructions, stages, comments, problems, lineStarts };
}

export function normalise(input: string): string {
  return input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function readDirectives(text: string): ParsedDockerfile['directives'] {
  const out: ParsedDockerfile['directives'] = {};
  for (const line of text.split('\n')) {
    const m = /^\s*#\s*([A-Za-z]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m) break;
    const name = m[1]!.toLowerCase();
    if (name === 'syntax' || name === 'escape' || name === 'check') out[name] = m[2]!;
    else break;
  }
  return out;
}

interface Built {
  instructions: Instruction[];
  lastLine: number;
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
): Built | null {
  const startOffset = lineStarts[line0]! + char0;
  // logical text: continuation escapes and comment lines inside continuations removed; map index → offset
  let logical = '';
  const map: number[] = [];
  let l = line0;
  let col = char0;
  for (;;) {
    const lineText = lines[l] ?? '';
    const base = lineStarts[l]!;
    const content = lineText.slice(col);
    const cont = continuationAt(content, escape);
    const end = cont >= 0 ? cont : content.length;
    for (let k = 0; k < end; k++) {
      logical += content[k];
      map.push(base + col + k);
    }
    if (cont < 0 || l + 1 >= lines.length) break;
    l++;
    col = 0;
    // skip comment lines and empty lines inside a continuation
    while (l < lines.length - 1 && (/^\s*#/.test(lines[l]!) || /^\s*$/.test(lines[l]!))) l++;
  }
  let lastLine = l;
  const logicalEnd = (map[map.length - 1] ?? startOffset) + 1;

  const keywordMatch = /^(\S+)/.exec(logical);
  if (!keywordMatch) return null;
  const keyword = keywordMatch[1]!.toUpperCase();

  // heredocs: bodies follow the logical line
  const heredocs: Heredoc[] = [];
  let heredocKeyword = keyword;
  if (keyword === 'ONBUILD') heredocKeyword = (/^\S+\s+(\S+)/.exec(logical)?.[1] ?? '').toUpperCase();
  if (HEREDOC_CAPABLE.has(heredocKeyword)) {
    for (const m of logical.matchAll(HEREDOC_RE)) {
      // not a heredoc inside quotes: count quotes before the match
      const before = logical.slice(0, m.index);
      if ((before.match(/'/g)?.length ?? 0) % 2 === 1) continue;
      const delimiter = m[3]!;
      const stripTabs = m[1] === '-';
      const bodyLine0 = lastLine + 1;
      let k = bodyLine0;
      while (k < lines.length && (stripTabs ? lines[k]!.replace(/^\t+/, '') : lines[k]) !== delimiter) k++;
      if (k >= lines.length) {
        problems.push({
          line: line0 + 1,
          column: char0 + 1,
          message: `heredoc <<${delimiter} is never terminated`,
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
    const upper = kw.toUpperCase();
    const skipSpace = (): void => {
      while (p < logical.length && /\s/.test(logical[p]!)) p++;
    };
    skipSpace();
    if (FLAGGED.has(upper)) {
      while (logical.startsWith('--', p)) {
        const m = /^--([A-Za-z0-9-]+)(?:=((?:"[^"]*"|'[^']*'|\S)*))?/.exec(logical.slice(p));
        if (!m) break;
        flags.push({
          name: m[1]!.toLowerCase(),
          value: m[2] === undefined ? null : unquote(m[2]),
          ...spanOf(p, p + m[0].length),
        });
        p += m[0].length;
        skipSpace();
      }
    }
    const args = logical.slice(p).replace(/\s+$/, '');
    const argsSpan = args.length > 0 ? spanOf(p, p + args.length) : null;
    const argMap = map.slice(p, p + args.length);
    const words = splitWords(args, argMap, lineStarts);
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
    const startOff = map[from] ?? startOffset;
    const span = toSpan(lineStarts, startOff, onbuild ? logicalEnd : endOffset);
    const ins: Instruction = {
      ...span,
      keyword: upper,
      onbuild,
      index: 0,
      stage: -1,
      raw: text.slice(startOff, span.end),
      flags,
      args,
      argsSpan,
      words: execWords ?? words,
      form,
      heredocs: upper === 'RUN' || upper === 'COPY' || upper === 'ADD' ? heredocs : [],
    };
    if (upper === 'RUN') {
      if (form === 'shell') {
        ins.shell = parseShell(args, (i) => argMap[i] ?? (argMap[argMap.length - 1] ?? 0) + 1);
        argOffsets.set(ins, argMap);
      }
      // heredoc bodies run by the shell (RUN <<EOF … EOF) are scripts too
      if (heredocs.length > 0 && /^<<-?\s*["']?[A-Za-z_]/.test(args)) {
        const h = heredocs[0]!;
        ins.shell = parseShell(h.body, (i) => h.bodyStart + i);
      }
    }
    return ins;
  };

  function spanOf(a: number, b: number): Span {
    return toSpan(lineStarts, map[a] ?? startOffset, (map[b - 1] ?? startOffset) + 1);
  }

  const result: Instruction[] = [];
  if (keyword === 'ONBUILD') {
    const m = /^\S+\s+(\S+)/.exec(logical);
    if (m) {
      const triggerStart = logical.indexOf(m[1]!, keywordMatch[0].length);
      const ins = make(m[1]!, triggerStart, true);
      result.push(ins);
    } else {
      problems.push({ line: line0 + 1, column: char0 + 1, message: 'ONBUILD needs an instruction' });
    }
  } else {
    if (!KEYWORDS.has(keyword)) {
      problems.push({
        line: line0 + 1,
        column: char0 + 1,
        message: `unknown instruction ${keywordMatch[1]}`,
      });
    }
    result.push(make(keywordMatch[1]!, 0, false));
  }
  return { instructions: result, lastLine };
}

/** Index of the escape char that ends `content` as a continuation (escape followed by only whitespace), or -1. */
function continuationAt(content: string, escape: string): number {
  const trimmed = content.replace(/[ \t]+$/, '');
  if (!trimmed.endsWith(escape)) return -1;
  // an escaped escape (`\\` at end) is not a continuation
  let count = 0;
  for (let i = trimmed.length - 1; i >= 0 && trimmed[i] === escape; i--) count++;
  return count % 2 === 1 ? trimmed.length - 1 : -1;
}

function toSpan(lineStarts: number[], start: number, end: number): Span {
  const a = position(lineStarts, start);
  const b = position(lineStarts, end);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, start, end };
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

/** Splits on unquoted whitespace; quotes are removed from `value` (as ENV/LABEL/COPY read them). */
function splitWords(args: string, argMap: number[], lineStarts: number[]): Word[] {
  const words: Word[] = [];
  let i = 0;
  while (i < args.length) {
    while (i < args.length && /\s/.test(args[i]!)) i++;
    if (i >= args.length) break;
    const begin = i;
    let value = '';
    while (i < args.length && !/\s/.test(args[i]!)) {
      const c = args[i]!;
      if (c === '"' || c === "'") {
        const close = args.indexOf(c, i + 1);
        const stop = close < 0 ? args.length : close;
        value += args.slice(i + 1, stop);
        i = stop + 1;
      } else if (c === '\\' && i + 1 < args.length) {
        value += args[i + 1];
        i += 2;
      } else {
        value += c;
        i++;
      }
    }
    const end = Math.min(i, args.length);
    words.push({
      value,
      raw: args.slice(begin, end),
      ...toSpan(lineStarts, argMap[begin]!, argMap[end - 1]! + 1),
    });
  }
  return words;
}

/** Parses a JSON array of strings (exec form); null when it is not one (then Docker runs it as shell form). */
function parseJsonArray(json: string, argMap: number[], lineStarts: number[]): Word[] | null {
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
  for (const m of json.matchAll(re)) {
    const value = values[k++] as string | undefined;
    if (value === undefined) break;
    const a = m.index;
    const b = a + m[0].length;
    words.push({ value, raw: m[0], ...toSpan(lineStarts, argMap[a] ?? 0, (argMap[b - 1] ?? 0) + 1) });
  }
  return words;
}

function buildStages(instructions: Instruction[]): Stage[] {
  const stages: Stage[] = [];
  const globalArgs = new Map<string, string>();
  for (const ins of instructions) {
    if (ins.keyword === 'FROM' && !ins.onbuild) {
      const image = ins.words[0]?.value ?? '';
      const asIndex = ins.words.findIndex((w) => w.value.toLowerCase() === 'as');
      const name = asIndex > 0 ? ins.words[asIndex + 1]?.value.toLowerCase() : undefined;
      const resolvedImage = image.replace(
        /\$\{([A-Za-z_]\w*)(?::?-([^}]*))?\}|\$([A-Za-z_]\w*)/g,
        (_, a: string, def: string | undefined, b: string) => {
          const key = a ?? b;
          return globalArgs.get(key) ?? def ?? '';
        },
      );
      const fromStage = stages.some((s) => s.name !== undefined && s.name === resolvedImage.toLowerCase());
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
      for (const w of ins.words) {
        const eq = w.value.indexOf('=');
        if (eq > 0) globalArgs.set(w.value.slice(0, eq), w.value.slice(eq + 1));
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
