// What BuildKit's checks read beyond the parsed model: variables a word expands, the keyword as written, the
// key/value pairs of ARG/ENV/LABEL, spelling suggestions and whether a name is a valid image reference.
import type { Instruction, ParsedDockerfile, Stage } from '../../../dockerfile/types.js';

export interface Expansion {
  result: string;
  /** Variables the word uses that are set. */
  matched: Set<string>;
  /** Variables the word uses that are not set. */
  unmatched: Set<string>;
}

/** Expands `$name`, `${name}` and `${name<op>word}` in a Dockerfile word as the builder does (quotes removed,
 *  single quotes stop expansion, the escape character keeps the next character), noting every variable read. */
export function expandWord(word: string, env: ReadonlyMap<string, string>, escape: string = '\\'): Expansion {
  const matched = new Set<string>();
  const unmatched = new Set<string>();
  let i = 0;
  const get = (name: string): string | undefined => {
    const v = env.get(name);
    if (v === undefined) unmatched.add(name);
    else matched.add(name);
    return v;
  };
  const readName = (): string => {
    const m = /^(?:[A-Za-z_][A-Za-z0-9_]*|[0-9])/.exec(word.slice(i));
    if (!m) return '';
    i += m[0].length;
    return m[0];
  };
  const dollar = (): string => {
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
    if (c === '}' || c === undefined) return get(name) ?? '';
    let op = c;
    if (c === ':') op += word[i++] ?? '';
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
        return unset ? arg : value!;
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
  function until(stop: string | null, inDouble = false): string {
    let out = '';
    while (i < word.length) {
      const c = word[i]!;
      if (stop !== null && c === stop) return out;
      if (c === escape) {
        i++;
        if (i < word.length) out += word[i++];
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

/** The instruction's keyword as written (`from`, `Copy`); for an ONBUILD trigger, the ONBUILD keyword. */
export function keywordAsWritten(file: ParsedDockerfile, ins: Instruction): { text: string; start: number } {
  const lineStart = file.lineStarts[ins.line - 1] ?? 0;
  const start = ins.onbuild
    ? lineStart + (/^\s*/.exec(file.text.slice(lineStart))?.[0].length ?? 0)
    : ins.start;
  const m = /^\S+/.exec(file.text.slice(start, start + 64));
  return { text: m ? m[0] : ins.keyword, start };
}

export interface KeyValue {
  key: string;
  /** Raw value text (quotes kept); null for a bare ARG name. */
  value: string | null;
}

/** The pairs of ARG / ENV / LABEL. `legacy` when ENV or LABEL use the old `key value` form. */
export function keyValues(ins: Instruction): { pairs: KeyValue[]; legacy: boolean } {
  const words = ins.words.map((w) => w.raw);
  if (words.length === 0) return { pairs: [], legacy: false };
  if (ins.keyword !== 'ARG' && !words[0]!.includes('=')) {
    const key = words[0]!;
    const value = ins.args.slice(ins.args.indexOf(key) + key.length).trim();
    return { pairs: [{ key, value }], legacy: true };
  }
  const pairs: KeyValue[] = [];
  for (const w of words) {
    const eq = w.indexOf('=');
    if (eq < 0) pairs.push({ key: w, value: null });
    else pairs.push({ key: w.slice(0, eq), value: w.slice(eq + 1) });
  }
  return { pairs, legacy: false };
}

/** How many option comparisons the suggestions of one file may make: a file of thousands of variables must not
 *  make them quadratic (past it, findings come without a hint). */
export interface SuggestBudget {
  left: number;
}

/** The closest option by edit distance under 3, as BuildKit suggests names; '' when none or an exact match. */
export function suggest(
  value: string,
  options: Iterable<string>,
  caseSensitive = true,
  budget: SuggestBudget = { left: Infinity },
): string {
  const v = caseSensitive ? value : value.toLowerCase();
  let best = '';
  let min = 3;
  for (const option of options) {
    if (budget.left-- <= 0) return '';
    // the distance is at least the difference in length
    if (Math.abs(option.length - v.length) >= min) continue;
    const o = caseSensitive ? option : option.toLowerCase();
    if (o === v) return '';
    const d = distance(v, o);
    if (d < min) {
      min = d;
      best = option;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let x = 1; x <= a.length; x++) {
    let prev = row[0]!;
    row[0] = x;
    for (let y = 1; y <= b.length; y++) {
      const keep = row[y]!;
      row[y] = Math.min(row[y]! + 1, row[y - 1]! + 1, prev + (a[x - 1] === b[y - 1] ? 0 : 1));
      prev = keep;
    }
  }
  return row[b.length]!;
}

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN =
  '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?';
const REFERENCE = new RegExp(
  `^(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$`,
);

/** Whether `name` parses as an image reference (`busybox:latest`, `ghcr.io/o/r@sha256:…`); `busybox:` and ''
 *  do not. A first part with a dot, a colon or `localhost` is a registry, as Docker reads it. */
export function isImageReference(name: string): boolean {
  if (name === '' || /^[a-f0-9]{64}$/.test(name)) return false;
  return REFERENCE.test(name);
}

/** Platform variables the builder defines before any ARG: the global scope can use them undeclared. */
export const PREDEFINED_PLATFORM_ARGS: ReadonlyMap<string, string> = new Map([
  ['BUILDPLATFORM', 'linux/amd64'],
  ['BUILDOS', 'linux'],
  ['BUILDARCH', 'amd64'],
  ['BUILDVARIANT', ''],
  ['TARGETPLATFORM', 'linux/amd64'],
  ['TARGETOS', 'linux'],
  ['TARGETARCH', 'amd64'],
  ['TARGETVARIANT', ''],
]);

export interface GlobalScope {
  /** The values of the global scope: predefined platform variables and global ARGs with a value. */
  env: Map<string, string>;
  /** Every global ARG name, with or without a value. */
  declared: Set<string>;
}

/** The ARGs before the first FROM, as the builder reads them: a build argument replaces a default. */
export function globalScope(
  file: ParsedDockerfile,
  buildArgs: Readonly<Record<string, string>>,
  escape: string = file.escape,
): GlobalScope {
  const env = new Map(PREDEFINED_PLATFORM_ARGS);
  const declared = new Set<string>();
  for (const ins of file.instructions) {
    if (ins.stage >= 0) break;
    if (ins.keyword !== 'ARG') continue;
    for (const { key, value } of keyValues(ins).pairs) {
      declared.add(key);
      const given = Object.hasOwn(buildArgs, key) ? buildArgs[key] : undefined;
      const v = given ?? (value === null ? undefined : expandWord(value, env, escape).result);
      if (v !== undefined) env.set(key, v);
    }
  }
  return { env, declared };
}

/** The raw `--platform` value and the image word of a FROM, and the stage name as written. */
export function fromParts(stage: Stage): { platform?: string; image: string; nameWord?: string } {
  const from = stage.from;
  const platform = from.flags.find((f) => f.name === 'platform')?.value ?? undefined;
  const words = from.words.map((w) => w.raw);
  return {
    ...(platform !== undefined ? { platform } : {}),
    image: words[0] ?? '',
    ...(words.length >= 3 ? { nameWord: words[2]! } : {}),
  };
}
