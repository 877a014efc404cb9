import { valuesOf } from '../../dockerfile/shell.js';
import type { ParsedDockerfile, Word } from '../../dockerfile/types.js';
import { mountsOf } from '../../dockerfile/mounts.js';
import type { Rule } from '../types.js';

const SECRET_NAME =
  /(^|[_-])(pass(word|wd)?|pwd|secret|token|api[_-]?key|apikey|private[_-]?key|access[_-]?key|secret[_-]?key|client[_-]?secret|credentials?|auth[_-]?token)([_-]|$)/i;
/** Names that hold a path, a size or a switch about a secret, not the secret itself. */
const NOT_SECRET_NAME =
  /[_-](file|path|dir|filename|length|size|ttl|timeout|expiry|expires|type|header|name|prefix|url|uri|url_path|endpoint|host|port|config|helper|id)$/i;
const SECRET_VALUE: [RegExp, string][] = [
  [/\bAKIA[0-9A-Z]{16}\b/, 'an AWS access key id'],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, 'a private key'],
  [/\bgh[pousr]_[A-Za-z0-9]{36,}\b/, 'a GitHub token'],
  [/\bxox[abprs]-[A-Za-z0-9-]{10,}/, 'a Slack token'],
  [/\bglpat-[A-Za-z0-9_-]{20,}/, 'a GitLab token'],
  [/^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]+@/i, 'a URL with a password'],
  // `password=hunter2` inside a longer value (a connection string, a query); `password=$PASS` is not a literal,
  // and `password: now` (a space after the separator) reads as prose
  [
    /(?:^|[^A-Za-z0-9])(?:pass(?:word|wd)?|pwd|secret|token|api[_-]?key)[=:](?!\$)[^\s&;,'"]{3,}/i,
    'an inline password or token',
  ],
];
/** Text every SECRET_VALUE pattern needs (AKIA, a PEM header, a token prefix, `://`, a secret's key name): one scan
 *  rules out all seven for most values. */
const SECRET_VALUE_HINT =
  /AKIA|-----BEGIN |gh[pousr]_|xox[abprs]-|glpat-|:\/\/|pass|pwd|secret|token|api[_-]?key/i;
/** Switches, paths (a secret file's location is not the secret) and placeholders with no letter or digit (`_`). */
const HARMLESS_VALUE = /^(|yes|no|true|false|on|off|0|1|none|null|\/[\w./-]*|[^A-Za-z0-9]+)$/i;

/** ENV and ARG values are stored in the image config and history: anyone who pulls the image can read them. */
export const IB110: Rule = {
  meta: {
    code: 'IB110',
    name: 'secret-in-env-arg',
    severity: 'error',
    category: 'security',
    fixable: false,
    description: 'An ENV or ARG looks like it carries a secret (password, token, API key, private key).',
    docs: 'docs/rules/IB110.md',
    keywords: ['ENV', 'ARG'],
  },
  create(context) {
    let secretIds: Set<string> | undefined;
    return {
      instruction(ins) {
        if (ins.keyword !== 'ENV' && ins.keyword !== 'ARG') return;
        for (const [name, value, at] of pairs(ins.keyword, ins.words)) {
          const valueHit =
            value === null || !SECRET_VALUE_HINT.test(value)
              ? undefined
              : SECRET_VALUE.find(([re]) => re.test(value));
          const nameHit =
            SECRET_NAME.test(name) &&
            !NOT_SECRET_NAME.test(name) &&
            holdsValue(ins.keyword, value) &&
            // the name of a secret, not the secret: `RUN --mount=type=secret,id=$NAME` is the recommended way
            !(secretIds ??= secretIdVariables(context.file)).has(name);
          if (!valueHit && !nameHit) continue;
          const what = valueHit ? `holds what looks like ${valueHit[1]}` : 'looks like a secret';
          context.report({
            at,
            message: `${ins.keyword} ${name} ${what}: ${ins.keyword} values stay readable in the image config and history. Pass it with RUN --mount=type=secret (BuildKit) or at run time.`,
          });
        }
      },
    };
  },
};

/** Variables a `RUN --mount=type=secret,id=$NAME` names its secret with. */
function secretIdVariables(file: ParsedDockerfile): Set<string> {
  const names = new Set<string>();
  for (const ins of file.instructions) {
    for (const mount of mountsOf(ins)) {
      if (mount.type !== 'secret' || mount.id === undefined) continue;
      const m = /^\$\{?([A-Za-z_]\w*)\}?/.exec(mount.id);
      if (m) names.add(m[1]!);
    }
  }
  return names;
}

/** Whether a secret-named ENV or ARG holds a value worth hiding. An ARG without a value, or with an empty one, is
 *  filled by --build-arg, and that value lands in the image history; an ENV value must be more than a switch or
 *  a path. */
function holdsValue(keyword: string, value: string | null): boolean {
  if (keyword === 'ARG' && (value === null || value === '')) return true;
  return value !== null && !HARMLESS_VALUE.test(value);
}

/** (name, value, word) pairs: `K=V` words, or the legacy `ENV K V` form; value null for `ARG K`. */
function pairs(keyword: string, words: Word[]): [string, string | null, Word][] {
  const out: [string, string | null, Word][] = [];
  if (words.length === 0) return out;
  const first = words[0]!;
  if (keyword === 'ENV' && !first.value.includes('=')) {
    out.push([first.value, valuesOf(words.slice(1)).join(' '), first]);
    return out;
  }
  for (const w of words) {
    const eq = w.value.indexOf('=');
    out.push(eq < 0 ? [w.value, null, w] : [w.value.slice(0, eq), w.value.slice(eq + 1), w]);
  }
  return out;
}
