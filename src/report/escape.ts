// Untrusted text (Dockerfile lines, paths, branch names, messages quoting them) on its way into Markdown that
// GitHub renders: no raw HTML, no @-mentions or issue references, nothing that closes a table cell, a code span,
// a code block or a collapsed section. Terminal escape sequences (the colours of build output) go whole: only
// dropping their ESC character would leave `[31m` in the text.
import { stripVTControlCharacters } from 'node:util';

const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g;
// Control characters other than tab break rendering (and some terminals).
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
// Characters with Markdown meaning anywhere in a line (`(`/`)` only matter after `]`, `!` only before `[`).
const MARKDOWN_PUNCTUATION = /[\\`*_[\]#|~$]/g;
// What makes a block (list, quote, heading, rule) when it starts a line.
const BLOCK_START = /^(\s*)([-+=]|\d+[.)])/;
const HTML: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/** Cuts text longer than `max` characters, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

/** Untrusted text on one line: line breaks become spaces, other control characters but tab go. */
export function oneLine(text: string): string {
  return stripVTControlCharacters(text).replace(LINE_BREAKS, ' ').replace(CONTROLS, '');
}

/** Untrusted text for a terminal: every control character (C0, DEL and C1, such as the 8-bit CSI) becomes a
 *  space, so none can move the cursor or change colours. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

/** Plain text for a paragraph, list item or table cell: one line, every Markdown and HTML meaning removed. */
export function escapeText(text: string, max = 500): string {
  return clip(oneLine(text), max)
    .replace(/[<>&]/g, (char) => HTML[char]!)
    .replace(MARKDOWN_PUNCTUATION, (char) => `\\${char}`)
    .replace(BLOCK_START, (_all, space: string, mark: string) =>
      /^\d/.test(mark) ? `${space}${mark.slice(0, -1)}\\${mark.slice(-1)}` : `${space}\\${mark}`,
    )
    .replace(/@/g, '@\u200b');
}

/** Inline code for untrusted text. Inside a code span nothing is markup, so only its own delimiters, line
 *  breaks and (in a table) the cell separator need care; GitHub strips the `\` of `\|` inside table cells. */
export function codeSpan(text: string, options: { inTable?: boolean; max?: number } = {}): string {
  let body = clip(oneLine(text), options.max ?? 200);
  if (options.inTable) body = body.replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** A fenced code block that no content can close early: the fence is longer than any backtick run inside. */
export function codeBlock(text: string, language = ''): string {
  const body = stripVTControlCharacters(text)
    .replace(/\r\n?/g, '\n')
    .replace(CONTROLS, '')
    .replace(/\n$/, '');
  const longestRun = Math.max(0, ...(body.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${language}\n${body}\n${fence}`;
}

/** The hidden marker that finds the sticky comment again. The key (from a file path, a target, a platform) is
 *  percent-encoded outside a safe set, so it can never end the HTML comment or hide other markup. */
export function commentMarker(key: string): string {
  const safe = key.replace(/[^A-Za-z0-9._/:@+=,-]/g, (char) =>
    [...Buffer.from(char, 'utf8')]
      .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
      .join(''),
  );
  return `<!-- image-budget:${safe.replace(/-(?=-)/g, '%2D')} -->`;
}
