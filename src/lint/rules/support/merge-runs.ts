// Merging consecutive RUNs: when joining them with `&&` keeps their meaning, and the edits that do it.
import { isWindowsImage } from '../../../dockerfile/parse.js';
import type { Comment, Instruction, ParsedDockerfile, Stage } from '../../../dockerfile/types.js';
import type { Fix, TextEdit } from '../../../model.js';
import { type ScriptShape, scanScript } from './script-shape.js';
import { isPlainRun } from './stages.js';

export type MergeVerdict = { ok: true; runs: Instruction[] } | { ok: false; reason: string };

/**
 * Whether the RUNs from `first` to `last` (inclusive, file order) can become one RUN with `&&` joins and behave
 * the same: only RUNs in between (comments allowed), all shell form without flags or heredocs, a POSIX shell,
 * no state carried from one script into the next (cd, set -e, export…), and each later script a single and-or
 * chain so that a failure still stops the build where it did.
 */
export function canMergeRuns(file: ParsedDockerfile, first: Instruction, last: Instruction): MergeVerdict {
  if (last.index <= first.index) return { ok: false, reason: 'the RUNs are not in file order' };
  // the cheap checks first, and no list until they pass
  let other: Instruction | undefined;
  for (let k = first.index; k <= last.index; k++) {
    const ins = file.instructions[k]!;
    if (ins.keyword !== 'RUN' || ins.onbuild) {
      other = ins;
      break;
    }
  }
  if (other) {
    return {
      ok: false,
      reason: `${other.onbuild ? 'ONBUILD ' : ''}${other.keyword} at line ${other.line} lies between them`,
    };
  }
  const runs = file.instructions.slice(first.index, last.index + 1);
  if (runs.some((r) => r.stage !== first.stage)) return { ok: false, reason: 'they are in different stages' };
  // a pragma for one of the later RUNs would end up inside a continuation and stop applying to it
  const pragma = factsOf(file).pragmas.find((c) => c.line > first.line && c.line < last.line);
  if (pragma)
    return { ok: false, reason: `the ignore comment at line ${pragma.line} belongs to one of them` };
  const custom = customShell(file, first);
  if (custom) return { ok: false, reason: custom };
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k]!;
    const reason =
      anyRunBlocker(run) ??
      (k < runs.length - 1 ? notLastBlocker(run) : null) ??
      (k > 0 ? laterRunBlocker(run) : null);
    if (reason !== null) return { ok: false, reason };
  }
  return { ok: true, runs };
}

/** Why `run` cannot be part of a merge at all, or null. */
function anyRunBlocker(run: Instruction): string | null {
  if (run.flags.length > 0) return `the RUN at line ${run.line} has --${run.flags[0]!.name}`;
  if (run.form !== 'shell' || run.heredocs.length > 0) {
    return `the RUN at line ${run.line} uses ${run.heredocs.length > 0 ? 'a heredoc' : 'exec form'}`;
  }
  const shape = shapeOf(run);
  if (shape.unbalanced) return `the RUN at line ${run.line} could not be read reliably`;
  if (shape.functionDefinition) return `the RUN at line ${run.line} defines a shell function`;
  return null;
}

/** Why `run` cannot be followed by the next RUN's commands, or null. */
function notLastBlocker(run: Instruction): string | null {
  const shape = shapeOf(run);
  if (shape.hasComment) return `the RUN at line ${run.line} ends with a shell comment`;
  if (shape.trailingOperator) return `the RUN at line ${run.line} ends with ; or &`;
  if (shape.background) return `the RUN at line ${run.line} starts a background job`;
  if (shape.stateChanges.length > 0) {
    return `the RUN at line ${run.line} changes the shell state (${shape.stateChanges[0]}) for the commands after it`;
  }
  return null;
}

/** Why `run` cannot be joined after an earlier RUN with `&&`, or null. */
function laterRunBlocker(run: Instruction): string | null {
  const shape = shapeOf(run);
  if (shape.topLevelOr) {
    return `the RUN at line ${run.line} uses || outside a group, so joining it with && would run its fallback when an earlier RUN fails`;
  }
  if (shape.topLevelList) {
    return `the RUN at line ${run.line} is a ;-list, so joining it with && would change which failures stop the build`;
  }
  return null;
}

/**
 * For a RUN of the image itself at `stage.instructions[i]`: the index of the last instruction of the stage that
 * canMergeRuns would merge it with, or `i` when none. The same verdicts as asking canMergeRuns about each growing
 * run of RUNs, but each RUN and each gap between two RUNs is looked at once (IB116 asks this of every RUN). A
 * stage's instructions follow each other in the file, so only the RUNs themselves and the gaps need checking.
 */
export function lastMergeable(file: ParsedDockerfile, stage: Stage, i: number): number {
  const list = stage.instructions;
  const first = list[i]!;
  // the cheap checks first: most RUNs are not followed by another, and their scripts need no reading then
  if (i + 1 >= list.length || !isPlainRun(list[i + 1]!)) return i;
  if (customShell(file, first) !== null || anyRunBlocker(first) !== null) return i;
  const pragmas = factsOf(file).pragmas;
  let j = i;
  while (j + 1 < list.length) {
    const prev = list[j]!;
    const next = list[j + 1]!;
    if (!isPlainRun(next)) break;
    if (pragmas.some((c) => c.line > prev.line && c.line < next.line)) break;
    if (notLastBlocker(prev) !== null || anyRunBlocker(next) !== null || laterRunBlocker(next) !== null)
      break;
    j++;
  }
  return j;
}

/** The edits that merge the RUNs `first`…`last` (assumes canMergeRuns said yes): each later RUN keyword becomes
 *  `&& ` on a continuation line; comment lines between them are kept inside the continuation. */
export function mergeRunsEdits(file: ParsedDockerfile, runs: Instruction[]): TextEdit[] {
  const edits: TextEdit[] = [];
  const indent = continuationIndent(file, runs[0]!);
  for (let k = 1; k < runs.length; k++) {
    const prev = runs[k - 1]!;
    const next = runs[k]!;
    const from = prev.argsSpan?.end ?? prev.end;
    const to = next.argsSpan?.start ?? next.end;
    const between = file.text.slice(from, to);
    // the comment lines between the two, each with its newline
    const lines = between.split('\n');
    let kept = '';
    for (let k = 1; k < lines.length - 1; k++) if (/^\s*#/.test(lines[k]!)) kept += lines[k]! + '\n';
    const text = ` ${file.escape}\n${kept}${indent}&& `;
    edits.push({ start: from, end: to, text });
  }
  return edits;
}

/** A fix merging the RUNs from `first` to `last`, or the reason it cannot be done. */
export function mergeRunsFix(
  file: ParsedDockerfile,
  first: Instruction,
  last: Instruction,
  description = `Merge the RUNs at lines ${first.line}–${last.line} into one`,
): { fix: Fix } | { reason: string } {
  const verdict = canMergeRuns(file, first, last);
  if (!verdict.ok) return { reason: verdict.reason };
  return { fix: { description, edits: mergeRunsEdits(file, verdict.runs) } };
}

/** Appending `&& command` to the end of a RUN script keeps its meaning (no trailing comment or `;`). */
export function canAppendTo(run: Instruction): boolean {
  if (run.keyword !== 'RUN' || run.form !== 'shell' || run.heredocs.length > 0 || !run.argsSpan) return false;
  const shape = shapeOf(run);
  return !shape.unbalanced && !shape.hasComment && !shape.trailingOperator && !shape.functionDefinition;
}

/** Edit appending `command` on a new continuation line at the end of a RUN (see canAppendTo). */
export function appendToRunEdit(file: ParsedDockerfile, run: Instruction, command: string): TextEdit {
  const at = run.argsSpan!.end;
  return { start: at, end: at, text: ` ${file.escape}\n${continuationIndent(file, run)}&& ${command}` };
}

/** The indentation of the RUN's continuation lines, or four spaces. */
export function continuationIndent(file: ParsedDockerfile, run: Instruction): string {
  const text = file.text;
  const end = run.argsSpan?.end ?? run.end;
  // the lines after the first, up to the first indented one (usually the second): no list of all the lines
  let at = text.indexOf('\n', run.start);
  while (at >= 0 && at < end) {
    const next = text.indexOf('\n', at + 1);
    const line = text.slice(at + 1, next >= 0 && next < end ? next : end);
    at = next;
    if (/^\s*#/.test(line) || line.trim() === '') continue;
    const m = /^([ \t]*)/.exec(line)!;
    if (m[1]!.length > 0) return m[1]!;
  }
  return '    ';
}

/** A SHELL instruction before `ins` (or a Windows base): `&&` and `\` continuations may not mean what we think. */
function customShell(file: ParsedDockerfile, ins: Instruction): string | null {
  const first = factsOf(file).firstShell;
  const shell = first !== undefined && first.index < ins.index ? first : undefined;
  if (shell) return `the SHELL at line ${shell.line} may not be a POSIX shell`;
  const stage = file.stages[ins.stage];
  if (stage && isWindowsImage(stage.resolvedImage)) return 'the base image is Windows';
  return null;
}

/** What canMergeRuns reads of the whole file, whichever RUNs it is asked about. */
interface FileFacts {
  /** The ignore pragmas among the comments, in file order. */
  pragmas: Comment[];
  /** The first SHELL instruction. */
  firstShell: Instruction | undefined;
}

// IB116 asks lastMergeable about every RUN: read the file's comments and SHELLs once.
const facts = new WeakMap<ParsedDockerfile, FileFacts>();

function factsOf(file: ParsedDockerfile): FileFacts {
  let f = facts.get(file);
  if (f === undefined) {
    f = {
      pragmas: file.comments.filter((c) => /^(hadolint|image-budget)\s+ignore\s*=/i.test(c.text)),
      firstShell: file.instructions.find((i) => i.keyword === 'SHELL'),
    };
    facts.set(file, f);
  }
  return f;
}

// lastMergeable asks about every RUN next to another, and other rules ask again: scan each script once.
const shapes = new WeakMap<Instruction, { args: string; shape: ScriptShape }>();

/** scanScript of the RUN's arguments, computed once per instruction (callers only read it). */
function shapeOf(run: Instruction): ScriptShape {
  const cached = shapes.get(run);
  if (cached && cached.args === run.args) return cached.shape;
  const shape = scanScript(run.args);
  shapes.set(run, { args: run.args, shape });
  return shape;
}
