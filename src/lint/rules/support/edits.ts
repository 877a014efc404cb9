// Spans and text edits over the parsed file: where a finding points, and the minimal edits its fix makes.
import { position } from '../../../dockerfile/parse.js';
import type { ShellWord, SimpleCommand } from '../../../dockerfile/shell.js';
import type { Instruction, ParsedDockerfile, Span } from '../../../dockerfile/types.js';
import type { TextEdit } from '../../../model.js';

/**
 * ` && next` appended right after `cmd`, when that keeps the script's meaning: the command must end a plain
 * `&&`/`;`/newline chain (not sit inside a pipe, a background job or an `||` fallback).
 */
export function appendCommand(cmd: SimpleCommand, next: string): TextEdit | null {
  if (cmd.after !== null && cmd.after !== '&&' && cmd.after !== ';' && cmd.after !== '\n') return null;
  if (cmd.before === '|' || cmd.before === '&' || cmd.before === '||') return null;
  return { start: cmd.end, end: cmd.end, text: ` && ${next}` };
}

/** Exactly the whole lines an instruction occupies, newline included: for deleting it. */
export function wholeLines(file: ParsedDockerfile, ins: Instruction): TextEdit {
  const start = file.lineStarts[ins.line - 1]!;
  const nextLine = file.lineStarts[ins.endLine];
  const end = nextLine ?? file.text.length;
  return { start, end, text: '' };
}

/** The instruction's keyword as written (`from`, `Copy`); for an ONBUILD trigger, the ONBUILD keyword. */
export function keywordAsWritten(file: ParsedDockerfile, ins: Instruction): { text: string; start: number } {
  const lineStart = file.lineStarts[ins.line - 1] ?? 0;
  const start = ins.onbuild
    ? lineStart + (/^\s*/.exec(file.text.slice(lineStart))?.[0].length ?? 0)
    : ins.start;
  const m = /^\S+/.exec(file.text.slice(start, start + 64));
  return { text: m ? m[0] : ins.keyword, start };
}

/** A span from two offsets into `file.text`. */
export function spanAt(file: ParsedDockerfile, start: number, end: number): Span {
  const a = position(file.lineStarts, start);
  const b = position(file.lineStarts, end);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, start, end };
}

export function wordSpan(file: ParsedDockerfile, word: ShellWord): Span {
  return spanAt(file, word.start, word.end);
}

/** From the first to the last of `words` (which must be non-empty and in source order). */
export function wordsSpan(file: ParsedDockerfile, words: ShellWord[]): Span {
  return spanAt(file, words[0]!.start, words[words.length - 1]!.end);
}

/** The whole command: argv[0] … last word. */
export function commandSpan(file: ParsedDockerfile, cmd: SimpleCommand): Span {
  return spanAt(file, cmd.start, cmd.end);
}

/** From the command name to `word` (`apt-get … install`): names the command without its long package list. */
export function commandUpTo(file: ParsedDockerfile, cmd: SimpleCommand, word: ShellWord): Span {
  return spanAt(file, cmd.words[0]?.start ?? cmd.start, word.end);
}

/** The instruction keyword (`ADD`); for ONBUILD triggers the trigger's keyword. */
export function keywordSpan(file: ParsedDockerfile, ins: Instruction): Span {
  return spanAt(file, ins.start, ins.start + ins.keyword.length);
}

/** Inserts ` text` right after `word`. */
export function insertAfter(word: { end: number }, text: string): TextEdit {
  return { start: word.end, end: word.end, text: ` ${text}` };
}
