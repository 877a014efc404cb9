// The variables an instruction sees, as the builder computes them: global ARGs (before the first FROM) for FROM
// lines; for the rest, the ARGs and ENVs of the stage so far, after the ENVs of the stages it is built FROM.
// Rules that judge a word holding `${VERSION}` ask here what it resolves to, instead of keeping their own scope.
// The pairs of ARG, ENV and LABEL are read here too, once for the model and every rule.
import { valuesOf } from './shell.js';
import { expandWord } from './expand.js';
import { stageLineage } from './parse.js';
import type { Instruction, ParsedDockerfile, Word } from './types.js';

export interface KeyValue {
  /** The name, quotes removed. */
  key: string;
  /** The value, quotes removed; null for a name alone (`ARG NAME`). */
  value: string | null;
  /** Name and value as written, quotes kept: BuildKit's checks expand these themselves. */
  raw: { key: string; value: string | null };
  /** The word that holds the name. */
  at: Word;
}

/**
 * The pairs of an ARG, ENV or LABEL: `A=1 B=2`, or the legacy `A 1` form (ENV and LABEL only), whose value is the
 * rest of the arguments. `legacy` says which form was used.
 */
export function keyValues(ins: Instruction): { pairs: KeyValue[]; legacy: boolean } {
  const words = ins.words;
  if (words.length === 0) return { pairs: [], legacy: false };
  const first = words[0]!;
  if (ins.keyword !== 'ARG' && !first.raw.includes('=')) {
    const rest = words.slice(1);
    const value = rest.length === 0 ? null : valuesOf(rest).join(' ');
    const raw =
      rest.length === 0 ? null : ins.args.slice(ins.args.indexOf(first.raw) + first.raw.length).trim();
    return {
      pairs: [{ key: first.value, value, raw: { key: first.raw, value: raw }, at: first }],
      legacy: true,
    };
  }
  const pairs = words.map((w): KeyValue => {
    const eq = w.value.indexOf('=');
    const rawEq = w.raw.indexOf('=');
    return {
      key: eq >= 0 ? w.value.slice(0, eq) : w.value,
      value: eq >= 0 ? w.value.slice(eq + 1) : null,
      raw:
        rawEq >= 0
          ? { key: w.raw.slice(0, rawEq), value: w.raw.slice(rawEq + 1) }
          : { key: w.raw, value: null },
      at: w,
    };
  });
  return { pairs, legacy: false };
}

/**
 * The variables `ins` can read, with their values: for a FROM (or an instruction before the first FROM) the
 * global ARGs above it; otherwise the ENVs of the stages it is built FROM, then the ARGs and ENVs of its own stage
 * above it (an ENV wins over an ARG of the same name). A build argument replaces an ARG's default, and `ARG NAME`
 * in a stage takes the global value. A name whose value is not known here is absent: an ARG left to
 * `--build-arg`, a value made from such a name, or whatever the base image defines.
 */
export function scopeAt(
  file: ParsedDockerfile,
  ins: Instruction,
  buildArgs: Readonly<Record<string, string>> = {},
): Map<string, string> {
  const given = (key: string): string | undefined =>
    Object.hasOwn(buildArgs, key) ? buildArgs[key] : undefined;
  const global = new Map<string, string>();
  const stage = ins.stage >= 0 ? file.stages[ins.stage] : undefined;
  const fromLine = !stage || (stage.from === ins && !ins.onbuild);
  for (const i of file.instructions) {
    if (i.stage >= 0 || (fromLine && i.index >= ins.index)) break;
    if (i.keyword === 'ARG') declareArgs(i, global, global, given, global, file.escape);
  }
  if (fromLine) return global;
  // ENV carries into stages built FROM this one; ARG ends with its stage (undefined: set from an unknown value)
  const env = new Map<string, string | undefined>();
  let view = new Map<string, string>();
  for (const s of stageLineage(file, stage).reverse()) {
    const args = new Map<string, string>();
    view = merged(args, env);
    for (const i of s.instructions) {
      if (s === stage && i.index >= ins.index) break;
      if (i.onbuild) continue;
      if (i.keyword === 'ARG') declareArgs(i, args, view, given, global, file.escape);
      else if (i.keyword === 'ENV')
        for (const { key, raw } of keyValues(i).pairs) {
          const value = raw.value;
          if (value === null) continue;
          const e = expandWord(value, view, file.escape);
          env.set(key, e.unmatched.size > 0 ? undefined : e.result);
        }
      else continue;
      view = merged(args, env);
    }
  }
  return view;
}

function declareArgs(
  ins: Instruction,
  into: Map<string, string>,
  view: ReadonlyMap<string, string>,
  given: (key: string) => string | undefined,
  global: ReadonlyMap<string, string>,
  escape: string,
): void {
  for (const { key, raw } of keyValues(ins).pairs) {
    const value = raw.value;
    let v = given(key);
    if (v === undefined && value !== null) {
      const e = expandWord(value, view, escape);
      if (e.unmatched.size === 0) v = e.result;
    } else if (v === undefined && into !== global) {
      v = global.get(key);
    }
    if (v === undefined) into.delete(key);
    else into.set(key, v);
  }
}

function merged(
  args: ReadonlyMap<string, string>,
  env: ReadonlyMap<string, string | undefined>,
): Map<string, string> {
  const view = new Map(args);
  for (const [k, v] of env) {
    if (v === undefined) view.delete(k);
    else view.set(k, v);
  }
  return view;
}

export interface Resolved {
  /** The word with every variable replaced (an unknown one by `unknownAs`, else by nothing, as the shell would). */
  text: string;
  /** Some variable of the word has no known value here (a build argument or the base image sets it). */
  unknown: boolean;
  /** The values of the known variables the word reads, in no particular order. */
  values: string[];
}

/** Resolves the variables of a word (as written: quotes and escapes read as the builder reads them) in the scope
 *  of `ins`; a variable without a known value becomes `unknownAs` when given, else nothing. A word without `$`
 *  comes back as it is, without building the scope. */
export function resolveWord(
  file: ParsedDockerfile,
  ins: Instruction,
  raw: string,
  buildArgs: Readonly<Record<string, string>> = {},
  escape: string = file.escape,
  unknownAs?: string,
): Resolved {
  if (!raw.includes('$'))
    return { text: expandWord(raw, new Map(), escape).result, unknown: false, values: [] };
  const scope = scopeAt(file, ins, buildArgs);
  const e = expandWord(raw, scope, escape);
  const values = [...e.matched].map((n) => scope.get(n)!);
  if (e.unmatched.size === 0 || unknownAs === undefined)
    return { text: e.result, unknown: e.unmatched.size > 0, values };
  for (const name of e.unmatched) scope.set(name, unknownAs);
  return { text: expandWord(raw, scope, escape).result, unknown: true, values };
}
