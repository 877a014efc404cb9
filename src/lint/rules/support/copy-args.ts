// COPY and ADD arguments: sources and destination in both forms, and copies of the whole context.
import type { Instruction, Span, Word } from '../../../dockerfile/types.js';

/** Whole-context sources: any change to any file re-runs every step after them. */
export function copiesWholeContext(ins: Instruction): boolean {
  if (
    (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') ||
    ins.onbuild ||
    ins.flags.some((f) => f.name === 'from')
  )
    return false;
  if (ins.heredocs.length > 0 || ins.words.length < 2) return false;
  return ins.words.slice(0, -1).some((w) => /^(\.|\.\/|\*|\.\/\*)$/.test(w.value));
}

export interface CopyArg {
  /** Quotes removed; backslashes kept as written (Windows paths). */
  value: string;
  span: Span;
}

export interface CopyArgs {
  sources: CopyArg[];
  dest: CopyArg | undefined;
}

/** Splits the arguments of COPY/ADD; heredoc sources (`<<EOF`) are left out. */
export function copyArgs(ins: Instruction): CopyArgs {
  const words = jsonWords(ins) ?? shellWords(ins);
  const dest = words.length > 0 ? words[words.length - 1] : undefined;
  const sources = words.slice(0, -1).filter((w) => !w.value.startsWith('<<'));
  return { sources, dest };
}

/** The words with their quotes removed. */
function shellWords(ins: Instruction): CopyArg[] {
  const out: CopyArg[] = [];
  for (const w of ins.words) out.push({ value: stripQuotes(w.raw), span: spanOf(w) });
  return out;
}

function spanOf(w: Word): Span {
  const { line, column, endLine, endColumn, start, end } = w;
  return { line, column, endLine, endColumn, start, end };
}

function stripQuotes(raw: string): string {
  // most words have no quote: then there is nothing to replace (and no callback per match to run)
  if (!raw.includes('"') && !raw.includes("'")) return raw;
  return raw.replace(
    /"([^"]*)"|'([^']*)'/g,
    (_, a: string | undefined, b: string | undefined) => a ?? b ?? '',
  );
}

/** `COPY ["a b", "c"]`: the parser splits such arguments on whitespace; read them as JSON instead. */
function jsonWords(ins: Instruction): CopyArg[] | null {
  if (!ins.args.startsWith('[') || !ins.argsSpan) return null;
  // not closed by `]`: not JSON, known without the cost of a thrown SyntaxError
  if (!ins.args.trimEnd().endsWith(']')) return null;
  let values: unknown;
  try {
    values = JSON.parse(ins.args);
  } catch {
    return null;
  }
  if (!Array.isArray(values) || !values.every((v): v is string => typeof v === 'string')) return null;
  // spans: each quoted item in order, mapped onto the instruction's words where they line up
  const out: CopyArg[] = [];
  const re = /"((?:[^"\\]|\\.)*)"/g;
  const rawStart = ins.argsSpan.start;
  let k = 0;
  for (const m of ins.args.matchAll(re)) {
    const value = values[k++];
    if (value === undefined) break;
    const start = rawStart + m.index;
    const word = ins.words.find((w) => w.start <= start && start < w.end);
    out.push({ value, span: word ? spanOf(word) : ins.argsSpan });
  }
  return out;
}
