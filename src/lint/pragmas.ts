// Inline pragmas, read from comments outside any rule: `# hadolint ignore=DL3008,DL3015` silences those codes on
// the instruction that starts on the next line (as hadolint: not across a blank line or another instruction; other
// comment lines may stand between, so an `image-budget` pragma can be stacked with a `hadolint` one), `# hadolint stage ignore=…` on the stage that starts next (or the current one), and
// `# hadolint global ignore=…` on the whole file; `# hadolint shell=powershell` tells the
// ShellCheck step which shell runs RUN. `image-budget` may stand in for `hadolint` in each form.
import type { Finding } from '../model.js';
import type { ParsedDockerfile } from '../dockerfile/types.js';
import { BUILDKIT_NAMES } from './rules/buildkit-names.js';

/** A code a pragma or the configuration may name: `DL3008`, `SC2086`, `IB101`, or a BuildKit check's name
 *  (`JSONArgsRecommended`; only the known ones, so that a stray word still drops the pragma as hadolint does). */
export function isRuleCode(code: string): boolean {
  return /^[A-Z]{2,3}\d{3,4}$/.test(code) || BUILDKIT_NAMES.has(code);
}

export interface Pragmas {
  /** Codes ignored in the whole file. */
  global: Set<string>;
  /** Codes ignored per instruction index. */
  byInstruction: Map<number, Set<string>>;
  /** Codes ignored per stage index. */
  byStage: Map<number, Set<string>>;
  /** The shell named by a `shell=` pragma (lower-case), when any. */
  shell?: string;
}

const PRAGMA_RE =
  /^(?:hadolint|image-budget)\s+(?:(global|stage)\s+)?ignore\s*=\s*([A-Za-z0-9_,\s]+?)\s*(?:#.*)?$/i;
const SHELL_RE = /^(?:hadolint|image-budget)\s+shell\s*=\s*(\S+)/i;

/** Parses `ignore=` code lists: `DL3008, DL3015` → [DL3008, DL3015]; null when one item is not a rule code
 *  (hadolint then drops the whole pragma rather than guess). */
function codes(list: string): string[] | null {
  const items = list
    .split(/[\s,]+/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
  return items.length > 0 && items.every(isRuleCode) ? items : null;
}

function addAll(map: Map<number, Set<string>>, key: number, list: string[]): void {
  const set = map.get(key) ?? new Set<string>();
  for (const c of list) set.add(c);
  map.set(key, set);
}

export function readPragmas(parsed: ParsedDockerfile): Pragmas {
  const pragmas: Pragmas = { global: new Set(), byInstruction: new Map(), byStage: new Map() };
  const ordered = parsed.instructions;
  let commentLines: Set<number> | undefined;
  for (const comment of parsed.comments) {
    // both forms start with hadolint or image-budget (any case): skip the two regexes for other comments
    if (comment.text.length === 0) continue;
    const c0 = comment.text.charCodeAt(0) | 0x20;
    if (c0 !== 0x68 && c0 !== 0x69) continue;
    const shell = SHELL_RE.exec(comment.text);
    if (shell) {
      pragmas.shell = shell[1]!.toLowerCase();
      continue;
    }
    const m = PRAGMA_RE.exec(comment.text);
    if (!m) continue;
    const list = codes(m[2]!);
    if (!list) continue;
    if (m[1] === 'global') {
      for (const c of list) pragmas.global.add(c);
      continue;
    }
    // the next instruction that starts after the comment (ONBUILD triggers share their ONBUILD's line)
    const at = firstAfter(ordered, comment.line);
    const next = ordered[at];
    if (m[1] === 'stage') {
      const stage = next ? next.stage : parsed.stages.length - 1;
      if (stage >= 0) addAll(pragmas.byStage, stage, list);
      continue;
    }
    if (!next) continue;
    // only comment lines between the pragma and the instruction
    commentLines ??= new Set(parsed.comments.map((c) => c.line));
    let adjacent = true;
    for (let l = comment.line + 1; l < next.line && adjacent; l++) adjacent = commentLines.has(l);
    if (!adjacent) continue;
    for (let k = at; k < ordered.length && ordered[k]!.line === next.line; k++)
      addAll(pragmas.byInstruction, ordered[k]!.index, list);
  }
  return pragmas;
}

/** The index of the first instruction that starts after `line` (instructions are in line order), or the length. */
function firstAfter(ordered: readonly { line: number }[], line: number): number {
  let lo = 0;
  let hi = ordered.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ordered[mid]!.line > line) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The codes silenced on each line, from the instruction and stage pragmas: built once per Pragmas, so that each
 *  finding is one look-up (a scan of every pragma per finding made a file of many pragmas quadratic). Instructions
 *  do not overlap (ONBUILD triggers share their ONBUILD's lines), nor do stages: the lines add up to the file's. */
const byLine = new WeakMap<Pragmas, Map<number, Set<string>[]>>();

function silencedByLine(pragmas: Pragmas, parsed: ParsedDockerfile): Map<number, Set<string>[]> {
  let lines = byLine.get(pragmas);
  if (lines !== undefined) return lines;
  lines = new Map();
  const add = (from: number, to: number, set: Set<string>): void => {
    for (let l = from; l <= to; l++) {
      const list = lines!.get(l);
      if (list === undefined) lines!.set(l, [set]);
      else if (!list.includes(set)) list.push(set);
    }
  };
  for (const [index, set] of pragmas.byStage) {
    const stage = parsed.stages[index];
    const last = stage?.instructions[stage.instructions.length - 1];
    if (stage && last) add(stage.from.line, last.endLine, set);
  }
  for (const [index, set] of pragmas.byInstruction) {
    const ins = parsed.instructions[index];
    if (ins) add(ins.line, ins.endLine, set);
  }
  byLine.set(pragmas, lines);
  return lines;
}

/** True when a pragma silences this finding. */
export function isSilenced(finding: Finding, pragmas: Pragmas, parsed: ParsedDockerfile): boolean {
  const code = finding.rule;
  const also = finding.also;
  if (pragmas.global.has(code)) return true;
  if (also !== undefined && also.some((c) => pragmas.global.has(c))) return true;
  if (pragmas.byStage.size === 0 && pragmas.byInstruction.size === 0) return false;
  const sets = silencedByLine(pragmas, parsed).get(finding.line);
  if (sets === undefined) return false;
  return sets.some((set) => set.has(code) || (also !== undefined && also.some((c) => set.has(c))));
}
