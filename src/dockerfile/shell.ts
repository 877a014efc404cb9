// A small POSIX-shell reader for RUN bodies: splits a script into simple commands with their words and source
// offsets, so rules can ask "is there an `apt-get install` without `-y`?" and fixes can edit the exact spot.
// It is not a full shell parser: it understands quoting, escapes, $(…)/`…`, operators, redirections and the
// control keywords well enough for the questions Dockerfile rules ask (as hadolint's shell helpers do).

export interface ShellWord {
  /** The word with quotes and escapes removed (expansions such as $VAR are kept as written). */
  value: string;
  /** The word as written. */
  raw: string;
  /** Offsets in the Dockerfile text (ParsedDockerfile.text). */
  start: number;
  end: number;
}

export type Separator = '&&' | '||' | ';' | '|' | '&' | '\n' | '(' | ')';

export interface SimpleCommand {
  /** argv[0] value, e.g. `apt-get`; for `sudo X …` and `env A=1 X …` the name is still the first word. */
  name: string;
  /** Words after leading assignments and redirections, argv[0] included. */
  words: ShellWord[];
  /** `FOO=bar` words before the command name. */
  assignments: ShellWord[];
  /** Offsets of the first and last character (exclusive) of the command in the Dockerfile text. */
  start: number;
  end: number;
  /** Operator that precedes / follows this command (null at the start/end of the script). */
  before: Separator | null;
  after: Separator | null;
  /** Index of this command in ShellScript.commands. */
  index: number;
}

export interface ShellScript {
  /** The script text as the shell sees it (continuations joined). */
  text: string;
  commands: SimpleCommand[];
}

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

/** A word (already the ShellWord the command will hold: no copy per word) or an operator. */
type Token = ShellWord | Separator;

/**
 * Parses `text` (a shell script). `offsetOf(i)` maps an index in `text` to an offset in the Dockerfile text
 * (identity when omitted); the end offset of a word is `offsetOf(lastIndex) + 1`.
 */
export function parseShell(text: string, offsetOf: (i: number) => number = (i) => i): ShellScript {
  const tokens = tokenize(text, offsetOf);
  const commands: SimpleCommand[] = [];
  // the words of the command being read; toCommand copies them out, so one array serves every command
  const current: ShellWord[] = [];
  let before: Separator | null = null;
  const flush = (after: Separator | null): void => {
    const cmd = toCommand(current, before, after, commands.length);
    if (cmd) commands.push(cmd);
    current.length = 0;
  };
  // an index loop: this runs for every token of every RUN, also before V8 optimizes it (no iterator per step)
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (typeof t === 'string') {
      flush(t);
      before = t;
    } else {
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
class Script implements ShellScript {
  #byName: Map<string, SimpleCommand[]> | undefined;

  constructor(
    public text: string,
    public commands: SimpleCommand[],
  ) {}

  /** The commands of each program name (commandName), in script order; undefined for a ShellScript parseShell
   *  did not make. */
  static byNameOf(script: ShellScript): Map<string, SimpleCommand[]> | undefined {
    if (!(#byName in script)) return undefined;
    let byName = script.#byName;
    if (byName === undefined) {
      byName = new Map();
      const commands = script.commands;
      for (let k = 0; k < commands.length; k++) {
        const cmd = commands[k]!;
        const name = commandName(cmd);
        const list = byName.get(name);
        if (list) list.push(cmd);
        else byName.set(name, [cmd]);
      }
      script.#byName = byName;
    }
    return byName;
  }
}

function toCommand(
  tokens: ShellWord[],
  before: Separator | null,
  after: Separator | null,
  index: number,
): SimpleCommand | null {
  const words: ShellWord[] = [];
  const assignments: ShellWord[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const c0 = t.raw.charCodeAt(0);
    // every redirection starts with a digit, <, > or &: test for them before the regex
    if (
      ((c0 >= 48 && c0 <= 57) || c0 === 60 || c0 === 62 || c0 === 38) &&
      /^\d*(>>?|<<?|>&|<&|&>>?|>\|)/.test(t.raw) &&
      !t.raw.startsWith('<(') &&
      !t.raw.startsWith('>(')
    ) {
      // a redirection: skip its target too when the operator stands alone
      if (/^\d*(>>?|<<?|>&|<&|&>>?|>\|)-?$/.test(t.raw)) i++;
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
  if (words.length === 0 && assignments.length === 0) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const t of assignments) {
    if (t.start < start) start = t.start;
    if (t.end > end) end = t.end;
  }
  for (const t of words) {
    if (t.start < start) start = t.start;
    if (t.end > end) end = t.end;
  }
  return new Command(words[0]?.value ?? '', words, assignments, start, end, before, after, index);
}

/**
 * The SimpleCommand parseShell makes. Every rule asks for the program name and the words after the prefixes, so
 * each is worked out once per command, on first use, and kept in a private field: invisible to equality, JSON and
 * spreads, and much cheaper than a WeakMap lookup or a defineProperty per command (both showed up in profiles).
 */
class Command implements SimpleCommand {
  #effective: ShellWord[] | undefined;
  #program: string | undefined;

  constructor(
    public name: string,
    public words: ShellWord[],
    public assignments: ShellWord[],
    public start: number,
    public end: number,
    public before: Separator | null,
    public after: Separator | null,
    public index: number,
  ) {}

  /** effectiveWords, computed once (callers only read it). */
  static effectiveOf(cmd: SimpleCommand): ShellWord[] {
    if (!(#effective in cmd)) return withoutPrefixes(cmd.words);
    return (cmd.#effective ??= withoutPrefixes(cmd.words));
  }

  /** commandName, computed once; undefined for a SimpleCommand parseShell did not make. */
  static programOf(cmd: SimpleCommand): string | undefined {
    if (!(#program in cmd)) return undefined;
    return (cmd.#program ??= programName(Command.effectiveOf(cmd)));
  }
}

/** Characters (by code, below 128) that end or change a run of ordinary word characters in tokenize. */
const WORD_SPECIAL = codeTable(' \t\n;()|&\\\'"`$');
/** The same inside double quotes. */
const QUOTED_SPECIAL = codeTable('"\\$');

/** A look-up table by character code (below 128): true for the characters of `chars`. */
export function codeTable(chars: string): boolean[] {
  const table = new Array<boolean>(128).fill(false);
  for (const c of chars) table[c.charCodeAt(0)] = true;
  return table;
}

function tokenize(text: string, offsetOf: (i: number) => number): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === '\\' && text[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (c === '#') {
      while (i < n && text[i] !== '\n') i++;
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
    if (
      c === ';' ||
      c === '\n' ||
      c === '(' ||
      c === ')' ||
      (c === '|' && text[i + 1] !== '&') ||
      (c === '&' && text[i + 1] !== '>')
    ) {
      tokens.push(c as Separator);
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
      const ch = text[i]!;
      if (ch === ' ' || ch === '\t' || ch === '\n' || ch === ';' || ch === '(' || ch === ')') {
        if (
          ch === '(' &&
          (text[i - 1] === '$' || text[i - 1] === '<' || text[i - 1] === '>' || text[i - 1] === '=')
        ) {
          const close = matchParen(text, i);
          value += text.slice(i, close + 1);
          i = close + 1;
          continue;
        }
        break;
      }
      if (ch === '|' || (ch === '&' && !/[<>]/.test(text[i - 1] ?? '') && text[i + 1] !== '>')) break;
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
            const next = text[i + 1]!;
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
          while (j < n && !QUOTED_SPECIAL[text.charCodeAt(j)]) j++;
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
      while (j < n && !WORD_SPECIAL[text.charCodeAt(j)]) j++;
      value += text.slice(i, j);
      i = j;
    }
    // never stall on a character no branch consumed (that would loop forever)
    if (i === begin) {
      value = text[i]!;
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
function matchParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
    } else if (c === "'") {
      const close = text.indexOf("'", i + 1);
      if (close < 0) return text.length - 1;
      i = close;
    } else if (c === '(') {
      depth++;
    } else if (c === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return text.length - 1;
}

// ---------------------------------------------------------------- queries used by rules

/** Commands whose name (basename of argv[0]) is one of `names`, in script order; `sudo`/`env`/`command` prefixes
 *  are looked through. Callers must not change the list (it may be the script's own index entry). */
export function findCommands(script: ShellScript | undefined, ...names: string[]): SimpleCommand[] {
  if (!script) return NO_COMMANDS;
  const byName = Script.byNameOf(script);
  if (!byName) return script.commands.filter((c) => names.includes(commandName(c)));
  let found: SimpleCommand[] | undefined;
  let merged = false;
  for (let k = 0; k < names.length; k++) {
    const list = byName.get(names[k]!);
    // a name given twice counts once
    if (list === undefined || names.indexOf(names[k]!) !== k) continue;
    if (found === undefined) {
      found = list;
    } else {
      found = found.concat(list);
      merged = true;
    }
  }
  if (found === undefined) return NO_COMMANDS;
  // several names: back into script order
  return merged ? found.sort((a, b) => a.index - b.index) : found;
}

/** What findCommands returns when nothing matches: one empty list (its callers never change the list). */
const NO_COMMANDS: SimpleCommand[] = [];

/** Whether the script runs any of `names`: `findCommands(script, ...names).length > 0`, without the list. */
export function runsAny(script: ShellScript | undefined, names: readonly string[]): boolean {
  if (!script) return false;
  const byName = Script.byNameOf(script);
  if (!byName) return script.commands.some((c) => names.includes(commandName(c)));
  for (const name of names) if (byName.has(name)) return true;
  return false;
}

/** The program of a command's effective words: the basename of the first one ('' when there is none). */
function programName(effective: readonly ShellWord[]): string {
  return effective.length > 0 ? basename(effective[0]!.value) : '';
}

// every rule asks for command names: parseShell's commands keep theirs (see Command); other objects that have the
// SimpleCommand shape (built by hand) are answered from a WeakMap.
const names = new WeakMap<SimpleCommand, string>();

/** The effective program: basename of argv[0], looking through `sudo`, `env`, `command`, `exec`, `nohup`. */
export function commandName(cmd: SimpleCommand): string {
  const program = Command.programOf(cmd);
  if (program !== undefined) return program;
  let name = names.get(cmd);
  if (name === undefined) {
    name = programName(effectiveWords(cmd));
    names.set(cmd, name);
  }
  return name;
}

/** True when the command's program (prefixes looked through) is one of `names`. */
export function commandIs(cmd: SimpleCommand, ...names: string[]): boolean {
  return names.includes(commandName(cmd));
}

/** argv with `sudo [-u x]`, `env A=1`, `command`, `exec`, `nohup` prefixes removed (callers must not change it). */
export function effectiveWords(cmd: SimpleCommand): ShellWord[] {
  return Command.effectiveOf(cmd);
}

function withoutPrefixes(words: ShellWord[]): ShellWord[] {
  let w = words;
  for (;;) {
    const first = basename(w[0]?.value ?? '');
    if (first === 'sudo' || first === 'env' || first === 'command' || first === 'exec' || first === 'nohup') {
      let k = 1;
      while (
        k < w.length &&
        (w[k]!.value.startsWith('-') || (first === 'env' && /^[A-Za-z_]\w*=/.test(w[k]!.value)))
      ) {
        k += first === 'sudo' && /^-[ugCDhpRrTU]$/.test(w[k]!.value) ? 2 : 1;
      }
      w = w.slice(k);
      continue;
    }
    return w;
  }
}

/** Argument words after the program name (prefixes looked through). */
export function argsOf(cmd: SimpleCommand): ShellWord[] {
  return effectiveWords(cmd).slice(1);
}

/** True when the command has any of the flags: `-y` matches `-y`, `-qy`, `--yes=…` matches `--yes`. */
export function hasFlag(cmd: SimpleCommand, ...flags: string[]): boolean {
  const words = effectiveWords(cmd);
  for (let i = 1; i < words.length; i++) if (flagMatches(words[i]!.value, flags)) return true;
  return false;
}

export function flagMatches(word: string, flags: string[]): boolean {
  for (const f of flags) {
    if (f.startsWith('--')) {
      if (word === f || word.startsWith(f + '=')) return true;
    } else if (f.startsWith('-') && f.length === 2) {
      if (/^-[A-Za-z0-9]+$/.test(word) && word.includes(f[1]!)) return true;
    } else if (word === f) {
      return true;
    }
  }
  return false;
}

/** Non-flag arguments (words not starting with `-`), skipping the values of flags listed in `flagsWithValue`. */
export function positionalArgs(cmd: SimpleCommand, flagsWithValue: FlagList = []): ShellWord[] {
  // the words after the program (argsOf), read in place
  return positionalWords(effectiveWords(cmd), flagsWithValue, 1);
}

/** Flags that take the next word as their value: a list, or a set for long ones. */
export type FlagList = readonly string[] | ReadonlySet<string>;

/**
 * The one scanner of positional arguments: the words from `from` on that are not flags, skipping the value word of
 * each flag in `flagsWithValue`; after `--` every word is positional.
 */
export function positionalWords(
  words: readonly ShellWord[],
  flagsWithValue: FlagList = [],
  from = 0,
): ShellWord[] {
  const out: ShellWord[] = [];
  const takesValue = (v: string): boolean =>
    Array.isArray(flagsWithValue)
      ? flagsWithValue.includes(v)
      : (flagsWithValue as ReadonlySet<string>).has(v);
  for (let i = from; i < words.length; i++) {
    const v = words[i]!.value;
    if (v === '--') {
      for (let k = i + 1; k < words.length; k++) out.push(words[k]!);
      break;
    }
    if (v.startsWith('-')) {
      if (takesValue(v)) i++;
      continue;
    }
    out.push(words[i]!);
  }
  return out;
}

/** For `apt-get install x`, `pip install x`, `apk add x`: the subcommand word (first positional), lower-cased. */
export function subcommand(cmd: SimpleCommand, flagsWithValue: FlagList = []): string | undefined {
  return positionalArgs(cmd, flagsWithValue)[0]?.value;
}

export function basename(path: string): string {
  // indexOf first: lastIndexOf is a slow call, and most names have no slash
  if (path.indexOf('/') < 0) return path;
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The values of some words (`words.map((w) => w.value)`), always in an array made here: the arrays the rules read
 *  then have one shape whether empty or not, so code V8 optimized for one kind is not thrown away for the other. */
export function valuesOf(words: readonly { value: string }[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) out.push(words[k]!.value);
  return out;
}

/**
 * Whether a word, as written (`raw`), is nothing but expansions: `$pkgs`, `${PKGS:-a b}`, `"$@"`, `$(cat list)`,
 * `` `cat list` ``, `$A$B`. The shell computes such a word when the command runs, and unquoted it may split into
 * any number of arguments (a computed package list), so rules that judge an argument by its text cannot judge it.
 * A word with literal text beside an expansion (`foo=$VERSION`, `lib${X}-dev`, `'$literal'`) is not one.
 */
export function isExpansion(raw: string): boolean {
  let seen = false;
  let i = 0;
  while (i < raw.length) {
    const c = raw[i]!;
    if (c === '"') {
      i++;
      continue;
    }
    if (c === '`') {
      const close = closingBacktick(raw, i + 1);
      if (close < 0) return false;
      i = close + 1;
      seen = true;
      continue;
    }
    if (c !== '$') return false;
    const next = raw[i + 1];
    if (next === '{' || next === '(') {
      const close = closingBracket(raw, i + 1);
      if (close < 0) return false;
      i = close + 1;
    } else if (next !== undefined && /[A-Za-z_]/.test(next)) {
      i += 2;
      while (i < raw.length && /\w/.test(raw[i]!)) i++;
    } else if (next !== undefined && /[@*#?$!0-9-]/.test(next)) {
      i += 2;
    } else {
      return false;
    }
    seen = true;
  }
  return seen;
}

/** Index of the bracket closing the one at `open` (`{`/`(`, nested ones counted), -1 when it is never closed. */
function closingBracket(text: string, open: number): number {
  const opener = text[open]!;
  const closer = opener === '{' ? '}' : ')';
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') i++;
    else if (c === opener) depth++;
    else if (c === closer && --depth === 0) return i;
  }
  return -1;
}

/** Index of the backtick ending a command substitution whose body starts at `from`, -1 when there is none. */
function closingBacktick(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '`') return i;
  }
  return -1;
}
