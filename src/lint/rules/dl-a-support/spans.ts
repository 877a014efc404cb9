// Spans and minimal text edits for the DL1001/DL3000–DL3030 rules. Pure functions over the parsed model.
import type { TextEdit } from '../../../model.js';
import { position } from '../../../dockerfile/parse.js';
import type { ShellWord, SimpleCommand } from '../../../dockerfile/shell.js';
import type { Instruction, ParsedDockerfile, Span } from '../../../dockerfile/types.js';

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
