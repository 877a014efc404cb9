// BuildKit's own switches for its Dockerfile checks, applied outside the rules as pragmas are: the file's
// `# check=skip=…;error=true;experimental=…` line (or the BUILDKIT_DOCKERFILE_CHECK build argument, which takes
// its place), and a `# check=…` comment just above one instruction, which adds to the file's for that
// instruction only. Besides, where a BuildKit check and a hadolint rule report the same problem on the same line,
// one finding stands for both (`also`).
import type { Finding } from '../model.js';
import type { Instruction, ParsedDockerfile } from '../dockerfile/types.js';

export interface CheckOptions {
  skipAll: boolean;
  skip: ReadonlySet<string>;
  experimentalAll: boolean;
  experimental: ReadonlySet<string>;
  /** `error=true`: every finding left fails the check. */
  error: boolean;
}

export const NO_CHECK_OPTIONS: CheckOptions = {
  skipAll: false,
  skip: new Set(),
  experimentalAll: false,
  experimental: new Set(),
  error: false,
};

/** The rule names of a `skip=` or `experimental=` list: `all`, or names split on commas. */
function ruleList(value: string): { all: boolean; names: string[] } {
  const v = value.trim();
  if (v === 'all') return { all: true, names: [] };
  return { all: false, names: v.split(',').map((n) => n.trim()) };
}

/** Reads `skip=a,b;error=true;experimental=c` (at most three parts, as BuildKit); null when it is not valid
 *  (BuildKit then fails the build, or for an instruction's comment ignores it). */
export function parseCheckOptions(text: string): CheckOptions | null {
  const source = text.trim();
  if (source === '') return NO_CHECK_OPTIONS;
  let skipAll = false;
  let experimentalAll = false;
  let error = false;
  const skip = new Set<string>();
  const experimental = new Set<string>();
  const parts = source.split(';');
  // BuildKit splits into three parts at most: anything after a third `;` belongs to the third part
  const limited = parts.length > 3 ? [...parts.slice(0, 2), parts.slice(2).join(';')] : parts;
  for (const part of limited) {
    const eq = part.indexOf('=');
    if (eq < 0) return null;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1);
    if (key === 'skip') {
      const list = ruleList(value);
      if (list.all) skipAll = true;
      for (const n of list.names) skip.add(n);
    } else if (key === 'experimental') {
      const list = ruleList(value);
      if (list.all) experimentalAll = true;
      for (const n of list.names) experimental.add(n);
    } else if (key === 'error') {
      const v = value.trim().toLowerCase();
      if (['1', 't', 'true'].includes(v)) error = true;
      else if (['0', 'f', 'false'].includes(v)) error = false;
      else return null;
    } else return null;
  }
  return { skipAll, skip, experimentalAll, experimental, error };
}

function merge(base: CheckOptions, extra: CheckOptions): CheckOptions {
  return {
    skipAll: base.skipAll || extra.skipAll,
    skip: new Set([...base.skip, ...extra.skip]),
    experimentalAll: base.experimentalAll || extra.experimentalAll,
    experimental: new Set([...base.experimental, ...extra.experimental]),
    error: base.error || extra.error,
  };
}

/** The options for the whole file: the BUILDKIT_DOCKERFILE_CHECK build argument when given, else the file's
 *  `# check=` directive. */
export function fileCheckOptions(
  parsed: ParsedDockerfile,
  buildArgs: Readonly<Record<string, string>> = {},
): CheckOptions {
  const fromArg = buildArgs.BUILDKIT_DOCKERFILE_CHECK;
  const text = fromArg ?? parsed.directives.check ?? '';
  return parseCheckOptions(text) ?? NO_CHECK_OPTIONS;
}

const prevCache = new WeakMap<ParsedDockerfile, Map<number, string[]>>();

/** The comments BuildKit gives an instruction: those since the end of the instruction before it, an empty `#`
 *  starting the list anew, directives at the top left out. Keyed by instruction index (ONBUILD triggers: none). */
export function previousComments(parsed: ParsedDockerfile, ins: Instruction): string[] {
  let map = prevCache.get(parsed);
  if (map === undefined) {
    map = new Map();
    const skipTo = parsed.directiveLines ?? 0;
    const comments = parsed.comments;
    let c = 0;
    let prevEnd = 0;
    for (const i of parsed.instructions) {
      if (i.onbuild) continue;
      const list: string[] = [];
      while (c < comments.length && comments[c]!.line < i.line) {
        const comment = comments[c]!;
        c++;
        if (comment.line <= prevEnd || comment.line <= skipTo) continue;
        if (comment.text === '') list.length = 0;
        else list.push(comment.text);
      }
      while (c < comments.length && comments[c]!.line <= i.endLine) c++;
      map.set(i.index, list);
      prevEnd = i.endLine;
    }
    prevCache.set(parsed, map);
  }
  return map.get(ins.index) ?? [];
}

/** The options for one instruction: the file's, plus its first `# check=` comment (the value ends at a space). */
export function instructionCheckOptions(
  parsed: ParsedDockerfile,
  ins: Instruction | undefined,
  base: CheckOptions,
): CheckOptions {
  if (ins === undefined) return base;
  for (const comment of previousComments(parsed, ins)) {
    const m = /^\s*([A-Za-z][A-Za-z0-9]*)\s*=\s*(.+?)\s*$/.exec(comment);
    if (!m || m[1]!.toLowerCase() !== 'check') continue;
    const options = parseCheckOptions(m[2]!.split(' ')[0]!);
    return options ? merge(base, options) : base;
  }
  return base;
}

/** The instruction (not an ONBUILD trigger) whose lines hold `line`. */
export function instructionAtLine(parsed: ParsedDockerfile, line: number): Instruction | undefined {
  const list = parsed.instructions;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.line <= line) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0; k--) {
    const ins = list[k]!;
    if (ins.onbuild) continue;
    return ins.endLine >= line ? ins : undefined;
  }
  return undefined;
}

export interface CheckRuleInfo {
  experimental: boolean;
}

/** Applies the check options to the findings of BuildKit's checks (`rules`: their codes): drops skipped ones and
 *  experimental ones not asked for, and under `error=true` makes the rest errors that fail the check (`checkError`)
 *  whatever the threshold. Other findings pass as they are. */
export function applyCheckOptions(
  findings: Finding[],
  parsed: ParsedDockerfile,
  rules: ReadonlyMap<string, CheckRuleInfo>,
  buildArgs: Readonly<Record<string, string>> = {},
): Finding[] {
  if (!findings.some((f) => rules.has(f.rule))) return findings;
  const file = fileCheckOptions(parsed, buildArgs);
  const out: Finding[] = [];
  for (const f of findings) {
    const info = rules.get(f.rule);
    if (info === undefined) {
      out.push(f);
      continue;
    }
    const options = instructionCheckOptions(parsed, instructionAtLine(parsed, f.line), file);
    if (info.experimental) {
      if (!options.experimentalAll && !options.experimental.has(f.rule)) continue;
    } else if (options.skipAll || options.skip.has(f.rule)) continue;
    out.push(options.error ? { ...f, severity: 'error', checkError: true } : f);
  }
  return out;
}

/** One finding where a BuildKit check and a hadolint rule it pairs with (`pairs`: BuildKit code → hadolint codes)
 *  report on the same line: the hadolint finding stays (its code is the one older configs name) and carries the
 *  BuildKit code in `also`; a check under `error=true` makes it an error that fails the check, as the build fails. */
export function mergePairedFindings(
  findings: Finding[],
  pairs: ReadonlyMap<string, readonly string[]>,
): Finding[] {
  const paired = findings.filter((f) => pairs.has(f.rule));
  if (paired.length === 0) return findings;
  const dropped = new Set<Finding>();
  const also = new Map<Finding, string[]>();
  const failing = new Set<Finding>();
  for (const bk of paired) {
    const codes = pairs.get(bk.rule)!;
    const partner = findings.find(
      (f) =>
        f !== bk && f.line === bk.line && f.file === bk.file && codes.includes(f.rule) && !dropped.has(f),
    );
    if (partner === undefined) continue;
    dropped.add(bk);
    const list = also.get(partner) ?? [];
    if (!list.includes(bk.rule)) list.push(bk.rule);
    also.set(partner, list);
    if (bk.checkError) failing.add(partner);
  }
  const out: Finding[] = [];
  for (const f of findings) {
    if (dropped.has(f)) continue;
    const extra = also.get(f);
    if (extra === undefined) out.push(f);
    else if (failing.has(f))
      out.push({ ...f, also: [...(f.also ?? []), ...extra], severity: 'error', checkError: true });
    else out.push({ ...f, also: [...(f.also ?? []), ...extra] });
  }
  return out;
}
