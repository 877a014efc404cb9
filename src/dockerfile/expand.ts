// Variable expansion in Dockerfile words as the builder does it, for the model (FROM images against the global
// ARGs) and for the checks that judge which variables a word reads.
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
