// The shape of a RUN script as far as merging and appending are concerned: where its top-level list breaks,
// whether a shell comment would swallow appended text, and which commands change the shell's own state (cd,
// set, export…) so that a command joined after them would behave differently. It reads the logical argument
// text (`Instruction.args`: continuations joined), tracking quotes, substitutions and compound commands.
import { codeTable } from '../../../dockerfile/shell.js';

export interface ScriptShape {
  /** A `#` comment: anything appended on the same logical line would be commented out. */
  hasComment: boolean;
  /** `;`, `&` or a newline outside any compound command: the script is a list, not one and-or chain. */
  topLevelList: boolean;
  /** `||` outside any compound command: `a && b || c` would run `c` when `a` fails. */
  topLevelOr: boolean;
  /** The script ends with `;` or `&`, so `&& next` cannot follow it directly. */
  trailingOperator: boolean;
  /** A command runs in the background (`&`): it would keep running while joined commands run. */
  background: boolean;
  /** Commands that change the state of the current shell (outside subshells), by name. */
  stateChanges: string[];
  /** A function definition (`name() {…}`). */
  functionDefinition: boolean;
  /** Quotes, parentheses or compound commands left open: the script cannot be reasoned about. */
  unbalanced: boolean;
}

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

type Frame = 'subshell' | 'block' | 'brace' | 'case';

// Sticky: tested at an index of the whole text (as `^…` on the rest of it, without slicing the rest off).
/** What may follow an assignment that stands alone (no command after it). */
const STANDALONE = /[ \t]*(?:&&|\|\||;|\n|&|\||\)|$)/y;

/** `()` after a word: a function definition. */
const FUNCTION_PARENS = /\s*\(\s*\)/y;

/** A quote at the start or the end of a word. */
const QUOTE_AT_EDGE = /^["']|["']$/;

export function scanScript(text: string): ScriptShape {
  const shape: ScriptShape = {
    hasComment: false,
    topLevelList: false,
    topLevelOr: false,
    trailingOperator: false,
    background: false,
    stateChanges: [],
    functionDefinition: false,
    unbalanced: false,
  };
  const stack: Frame[] = [];
  let atCommand = true;
  let lastToken: 'word' | 'list-op' | 'andor' = 'andor';
  let i = 0;
  const n = text.length;
  const subshellDepth = (): number => stack.filter((f) => f === 'subshell').length;

  while (i < n) {
    const c = text[i]!;
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === '#') {
      shape.hasComment = true;
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    // the two-character operators, compared character by character (no string per token)
    const next = text[i + 1];
    if ((c === '&' || c === '|') && next === c) {
      if (c === '|' && stack.length === 0) shape.topLevelOr = true;
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
      if (c === '&') shape.background = true;
      if (stack.length === 0) shape.topLevelList = true;
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
      } else if (top === 'subshell') {
        stack.pop();
        atCommand = false;
      } else {
        shape.unbalanced = true;
      }
      i++;
      lastToken = 'word';
      continue;
    }
    if (c === '<' || c === '>') {
      // a redirection operator: its target is an ordinary word, not a command
      while (i < n && /[<>&|-]/.test(text[i]!)) i++;
      while (i < n && (text[i] === ' ' || text[i] === '\t')) i++;
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
      if (
        end - start === 2 &&
        text.startsWith('in', start) &&
        stack.length > 0 &&
        stack[stack.length - 1] === 'case'
      )
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
      if (top === undefined || top === 'subshell' || top === 'brace') shape.unbalanced = true;
      atCommand = false;
      continue;
    }
    if (word === '{') {
      stack.push('brace');
      continue;
    }
    if (word === '}') {
      if (stack.pop() !== 'brace') shape.unbalanced = true;
      atCommand = false;
      continue;
    }
    if (CONTINUE_COMMAND.has(word)) continue;
    FUNCTION_PARENS.lastIndex = i;
    if (FUNCTION_PARENS.test(text) || word.endsWith('()')) {
      shape.functionDefinition = true;
      atCommand = false;
      continue;
    }
    const name = QUOTE_AT_EDGE.test(word) ? word.replace(/^["']|["']$/g, '') : word;
    if (STATE_COMMANDS.has(name) && subshellDepth() === 0) shape.stateChanges.push(name);
    atCommand = false;
  }
  if (stack.length > 0) shape.unbalanced = true;
  shape.trailingOperator = lastToken === 'list-op';
  return shape;
}

/** The characters (by code, below 128) readWord does more with than step over. */
const WORD_BREAKS = codeTable(' \t\n;|&<>()\\\'"`$');

/** End index of the word starting at `i` (quotes and substitutions included), or -1 when a quote never closes. */
function readWord(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    // an ordinary character (most of them): one table look-up instead of the tests below
    if (!WORD_BREAKS[text.charCodeAt(i)]) {
      i++;
      continue;
    }
    const c = text[i]!;
    if (
      c === ' ' ||
      c === '\t' ||
      c === '\n' ||
      c === ';' ||
      c === '|' ||
      c === '&' ||
      c === '<' ||
      c === '>'
    ) {
      return i;
    }
    if (c === '(' || c === ')') {
      if (c === '(' && /[$<>=@?*+!]/.test(text[i - 1] ?? '')) {
        const close = matchParen(text, i);
        if (close < 0) return -1;
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
      if (close < 0) return -1;
      i = close + 1;
      continue;
    }
    if (c === '"') {
      i++;
      while (i < n && text[i] !== '"') {
        if (text[i] === '\\') i++;
        else if (text[i] === '$' && text[i + 1] === '(') {
          const close = matchParen(text, i + 1);
          if (close < 0) return -1;
          i = close;
        }
        i++;
      }
      if (i >= n) return -1;
      i++;
      continue;
    }
    if (c === '`') {
      let k = i + 1;
      while (k < n && text[k] !== '`') k += text[k] === '\\' ? 2 : 1;
      if (k >= n) return -1;
      i = k + 1;
      continue;
    }
    if (c === '$' && text[i + 1] === '{') {
      const close = text.indexOf('}', i);
      if (close < 0) return -1;
      i = close + 1;
      continue;
    }
    i++;
  }
  return n;
}

/** Index of the `)` closing the `(` at `open`, skipping quotes; -1 when unbalanced. */
function matchParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === "'") {
      const close = text.indexOf("'", i + 1);
      if (close < 0) return -1;
      i = close;
    } else if (c === '"') {
      let k = i + 1;
      while (k < text.length && text[k] !== '"') k += text[k] === '\\' ? 2 : 1;
      if (k >= text.length) return -1;
      i = k;
    } else if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}
