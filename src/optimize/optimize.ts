// The optimizer: lint, apply the fixes the findings carry, re-lint the new text, until nothing more changes.
// Pure: text in, text and a record of what was done out. Every pass must keep the Dockerfile parseable with
// the same stages; a fix that would break that is dropped (with the reason) and never tried again.
import { lintParsed } from '../lint/engine.js';
import { normalise, parseDockerfile, position } from '../dockerfile/parse.js';
import type { ParsedDockerfile } from '../dockerfile/types.js';
import type { Linter } from '../lint/linter.js';
import type { LintSettings, Rule } from '../lint/types.js';
import type { Finding, Fix, TextEdit } from '../model.js';
import { applyEdits, selectBatches, type EditBatch } from './apply-edits.js';
import { planDockerignore } from './dockerignore.js';
import { originalOffset } from './original-lines.js';

export type FixLevel = NonNullable<Fix['level']>;

export interface OptimizeOptions {
  file?: string;
  /** `safe` (default) applies only safe fixes; `aggressive` also applies fixes marked aggressive. */
  level?: FixLevel;
  rules?: readonly Rule[];
  /** The run's Linter: only fixes of findings it reports under its configuration (ignored rules, pragmas,
   *  severities) are applied. Without one: every rule, no configuration. */
  linter?: Linter;
  settings?: Partial<LintSettings>;
  /** Lines of the existing `.dockerignore` (null: none). Overrides `settings.dockerignore`. */
  dockerignore?: string[] | null;
  /** More `.dockerignore` lines to propose (defaults seen in the context, `.gitignore` entries). */
  dockerignoreCandidates?: string[];
  /** Context listing for the exact `.dockerignore` check (relative, `/`-separated). */
  contextFiles?: string[];
  /** Pass limit (default 10): rules that keep rewriting each other must not loop forever. */
  maxPasses?: number;
  /** Which fixes may be applied, by their key (see `fixKey`); used to build fixes one group at a time. */
  accept?: (key: string) => boolean;
}

export interface AppliedFix {
  /** Groups the same change at several places: `DL3015: Add --no-install-recommends`. */
  key: string;
  rule: string;
  name: string;
  description: string;
  /** Line in the original Dockerfile. */
  line: number;
  pass: number;
  level: FixLevel;
  /** `.dockerignore` lines this fix added. */
  dockerignore?: string[];
}

export interface SkippedFix {
  key: string;
  rule: string;
  description: string;
  /** Line in the original Dockerfile (approximate for fixes found after other fixes moved text). */
  line: number;
  reason: string;
}

export interface OptimizeResult {
  file: string;
  original: string;
  optimized: string;
  /** The Dockerfile text changed or `.dockerignore` lines were added. */
  changed: boolean;
  applied: AppliedFix[];
  skipped: SkippedFix[];
  dockerignore: { added: string[]; rejected: { line: string; reason: string }[] };
  passes: number;
  /** False when the pass limit was reached or fixes undid each other. */
  stable: boolean;
  /** Findings on the optimized text. */
  remaining: Finding[];
}

export function fixKey(rule: string, description: string): string {
  return `${rule}: ${description}`;
}

const CONTEXT_DESCRIPTION = 'Exclude files the image does not need from the build context';
/** The key of the optimizer's own `.dockerignore` proposal (defaults and `.gitignore` entries). */
export const DOCKERIGNORE_KEY = fixKey('dockerignore', CONTEXT_DESCRIPTION);

interface Candidate {
  finding: Finding;
  fix: Fix;
  key: string;
  fingerprint: string;
}

/**
 * Optimizes Dockerfile text. Never throws for any Dockerfile; the output keeps the input's line endings.
 * Idempotent by construction: the result is run through the optimizer again until nothing changes, so
 * optimizing the output never finds more to do (rules that judge a merged RUN differently from its parts
 * otherwise leave work for a second run).
 */
export function optimizeDockerfile(input: string, options: OptimizeOptions = {}): OptimizeResult {
  const refused = refusedByBuilder(input, options);
  if (refused !== undefined) return refused;
  const existing =
    options.dockerignore !== undefined ? options.dockerignore : (options.settings?.dockerignore ?? null);
  let result = optimizeSettled(input, options);
  for (let round = 0; round < 4; round++) {
    const added = result.dockerignore.added;
    const again = optimizeSettled(result.optimized, {
      ...options,
      dockerignore: existing === null && added.length === 0 ? null : [...(existing ?? []), ...added],
    });
    if (!again.changed) return { ...result, remaining: again.remaining };
    result = combine(result, again);
  }
  return { ...result, stable: false };
}

/**
 * A file the builder refuses (a DL1000 parse problem, such as `FROM image # text`) is left as it is: its fixes
 * would be edits to a Dockerfile that does not build, and the result would look like a valid optimized file. The
 * result says why, as one fix not applied.
 */
function refusedByBuilder(input: string, options: OptimizeOptions): OptimizeResult | undefined {
  const file = options.file ?? 'Dockerfile';
  const parsed = parseDockerfile(normalise(input), file);
  const problem = parsed.problems[0];
  if (problem === undefined) return undefined;
  const description = 'Optimize the Dockerfile';
  return {
    file,
    original: input,
    optimized: input,
    changed: false,
    applied: [],
    skipped: [
      {
        key: fixKey('DL1000', description),
        rule: 'DL1000',
        description,
        line: problem.line,
        reason: `the builder refuses this file (${problem.message}); fix that first`,
      },
    ],
    dockerignore: { added: [], rejected: [] },
    passes: 0,
    stable: true,
    remaining: lintFor(options, parsed, options.settings ?? {}),
  };
}

/** The findings the optimizer acts on: the run's Linter's, or every rule's without configuration. */
function lintFor(
  options: OptimizeOptions,
  parsed: ParsedDockerfile,
  settings: Partial<LintSettings>,
): Finding[] {
  if (options.linter) return options.linter.lintRules(parsed, settings);
  return lintParsed(parsed, { ...(options.rules ? { rules: options.rules } : {}), settings });
}

function combine(first: OptimizeResult, then: OptimizeResult): OptimizeResult {
  const skipped = [...first.skipped];
  for (const s of then.skipped)
    if (!skipped.some((x) => x.key === s.key && x.reason === s.reason)) skipped.push(s);
  const rejected = [...first.dockerignore.rejected];
  for (const r of then.dockerignore.rejected) if (!rejected.some((x) => x.line === r.line)) rejected.push(r);
  return {
    ...then,
    original: first.original,
    changed: true,
    applied: [...first.applied, ...then.applied.map((a) => ({ ...a, pass: a.pass + first.passes }))],
    skipped,
    dockerignore: { added: [...first.dockerignore.added, ...then.dockerignore.added], rejected },
    passes: first.passes + then.passes,
  };
}

/** One optimization run, restarted without any fix that does not settle. */
function optimizeSettled(input: string, options: OptimizeOptions): OptimizeResult {
  // A fix whose rule reports the same problem again at the same place after the fix landed does not settle
  // (a rule bug): applying it again would stack copies. Start over without it, so the result stays idempotent.
  const unsettled = new Map<string, SkippedFix>();
  for (let attempt = 0; ; attempt++) {
    const r = optimizeOnce(input, options, unsettled, attempt < 8);
    if (!('restart' in r)) return r;
    unsettled.set(r.restart.site, r.restart.skip);
  }
}

interface Restart {
  restart: { site: string; skip: SkippedFix };
}

function optimizeOnce(
  input: string,
  options: OptimizeOptions,
  unsettled: ReadonlyMap<string, SkippedFix>,
  detect: boolean,
): OptimizeResult | Restart {
  const file = options.file ?? 'Dockerfile';
  const level = options.level ?? 'safe';
  const maxPasses = options.maxPasses ?? 10;
  const accept = options.accept ?? ((): boolean => true);
  const existingIgnore =
    options.dockerignore !== undefined ? options.dockerignore : (options.settings?.dockerignore ?? null);
  const original = normalise(input);
  // parsed once per text: each pass's result is the next pass's input
  let parsed = parseDockerfile(original, file);
  const originalLines = parsed.lineStarts;

  let text = original;
  const passEdits: TextEdit[][] = [];
  const seen = new Set<string>([text]);
  const blocked = new Set<string>();
  const applied: AppliedFix[] = [];
  const skipped: SkippedFix[] = [...unsettled.values()];
  const appliedSites = new Map<string, number>();
  const ignoreAdded: string[] = [];
  const ignoreRejected: { line: string; reason: string }[] = [];
  let stable = false;
  let passes = 0;

  const lintWith = (parsed: ParsedDockerfile): Finding[] =>
    lintFor(options, parsed, { ...options.settings, dockerignore: currentIgnore() });
  const currentIgnore = (): string[] | null =>
    existingIgnore === null && ignoreAdded.length === 0 ? null : [...(existingIgnore ?? []), ...ignoreAdded];
  const originalAt = (parsed: ParsedDockerfile, f: Finding): number =>
    originalOffset((parsed.lineStarts[f.line - 1] ?? 0) + f.column - 1, passEdits);
  const originalLine = (parsed: ParsedDockerfile, f: Finding): number =>
    position(originalLines, originalAt(parsed, f)).line;
  // the same rule, at the same original spot, proposing the same new text: the same fix again
  const siteOf = (parsed: ParsedDockerfile, c: Candidate): string =>
    JSON.stringify([c.key, originalAt(parsed, c.finding), c.fix.edits.map((e) => e.text)]);
  const skip = (parsed: ParsedDockerfile, c: Candidate, reason: string): void => {
    blocked.add(c.fingerprint);
    skipped.push({
      key: c.key,
      rule: c.finding.rule,
      description: c.fix.description,
      line: originalLine(parsed, c.finding),
      reason,
    });
  };

  for (let pass = 1; pass <= maxPasses; pass++) {
    passes = pass;
    const candidates = lintWith(parsed)
      .filter((f): f is Finding & { fix: Fix } => f.fix !== undefined)
      .filter((f) => (f.fix.level ?? 'safe') === 'safe' || level === 'aggressive')
      .map((f) => toCandidate(f, f.fix, text))
      .filter((c) => accept(c.key) && !blocked.has(c.fingerprint))
      .filter((c) => !unsettled.has(siteOf(parsed, c)));
    const again = candidates.find(
      (c) => c.fix.edits.length > 0 && (appliedSites.get(siteOf(parsed, c)) ?? pass) < pass,
    );
    if (detect && again !== undefined) {
      const reason =
        'its rule still reports the problem after the fix (the fix does not settle); not applied';
      const skip = {
        key: again.key,
        rule: again.finding.rule,
        description: again.fix.description,
        line: originalLine(parsed, again.finding),
        reason,
      };
      return { restart: { site: siteOf(parsed, again), skip } };
    }

    const selection = selectBatches<Candidate>(
      candidates.map((c) => ({ id: c, edits: c.fix.edits })),
      text.length,
    );
    for (const { batch, reason } of selection.invalid) skip(parsed, batch.id, `invalid fix: ${reason}`);
    const landed = landSafely(parsed, selection.accepted, (batch, reason) => skip(parsed, batch.id, reason));
    const next = landed.text;
    const nextParsed = parseDockerfile(next, file);

    // fixes that only add .dockerignore lines, and the lines of fixes whose edits landed
    const withIgnore = [
      ...landed.batches.map((b) => b.id),
      ...candidates.filter((c) => c.fix.edits.length === 0 && (c.fix.dockerignore?.length ?? 0) > 0),
    ];
    const ignoreLinesThisPass: string[] = [];
    const recorded: { c: Candidate; lines: string[] }[] = [];
    for (const c of withIgnore) {
      const proposed = c.fix.dockerignore ?? [];
      const plan = planDockerignore({
        dockerfile: nextParsed,
        existing: currentIgnore(),
        candidates: proposed,
        ...(options.contextFiles ? { contextFiles: options.contextFiles } : {}),
      });
      ignoreAdded.push(...plan.added);
      ignoreLinesThisPass.push(...plan.added);
      for (const r of plan.rejected)
        if (!ignoreRejected.some((x) => x.line === r.line)) ignoreRejected.push(r);
      if (c.fix.edits.length > 0 || plan.added.length > 0) recorded.push({ c, lines: plan.added });
      else blocked.add(c.fingerprint); // nothing it proposes can be added: do not ask again
    }
    for (const { c, lines } of recorded) {
      if (!appliedSites.has(siteOf(parsed, c))) appliedSites.set(siteOf(parsed, c), pass);
      applied.push({
        key: c.key,
        rule: c.finding.rule,
        name: c.finding.name,
        description: c.fix.description,
        line: originalLine(parsed, c.finding),
        pass,
        level: c.fix.level ?? 'safe',
        ...(lines.length > 0 ? { dockerignore: lines } : {}),
      });
    }

    if (next === text && ignoreLinesThisPass.length === 0) {
      stable = true;
      break;
    }
    passEdits.push(landed.batches.flatMap((b) => [...b.edits]));
    if (next !== text && seen.has(next)) break; // fixes undo each other: stop, not stable
    seen.add(next);
    text = next;
    parsed = nextParsed;
  }

  // lines added early are checked again against the final text (a later fix may have changed a COPY)
  const finalParsed = parsed;
  const recheck = planDockerignore({
    dockerfile: finalParsed,
    existing: existingIgnore,
    candidates: ignoreAdded,
    ...(options.contextFiles ? { contextFiles: options.contextFiles } : {}),
  });
  const extra = planDockerignore({
    dockerfile: finalParsed,
    existing: [...(existingIgnore ?? []), ...recheck.added],
    candidates: accept(DOCKERIGNORE_KEY) ? (options.dockerignoreCandidates ?? []) : [],
    ...(options.contextFiles ? { contextFiles: options.contextFiles } : {}),
  });
  for (const r of [...recheck.rejected, ...extra.rejected]) {
    if (!ignoreRejected.some((x) => x.line === r.line)) ignoreRejected.push(r);
  }
  const added = [...recheck.added, ...extra.added];
  if (extra.added.length > 0) {
    applied.push({
      key: DOCKERIGNORE_KEY,
      rule: 'dockerignore',
      name: 'dockerignore',
      description: CONTEXT_DESCRIPTION,
      line: 1,
      pass: passes,
      level: 'safe',
      dockerignore: extra.added,
    });
  }

  const remaining = lintWith(finalParsed);
  for (const f of remaining) {
    if (!f.fix || skipped.some((s) => s.key === fixKey(f.rule, f.fix!.description))) continue;
    const key = fixKey(f.rule, f.fix.description);
    const aggressive = (f.fix.level ?? 'safe') === 'aggressive' && level !== 'aggressive';
    const reason = aggressive
      ? 'aggressive fix: applied only with --level aggressive'
      : !accept(key)
        ? 'not selected'
        : stable
          ? 'overlaps another fix'
          : 'pass limit reached or fixes undo each other';
    skipped.push({
      key,
      rule: f.rule,
      description: f.fix.description,
      line: originalLine(finalParsed, f),
      reason,
    });
  }

  const changed = text !== original || added.length > 0;
  return {
    file,
    original: input,
    optimized: text === original ? input : restoreLineEndings(input, text),
    changed,
    applied,
    skipped,
    dockerignore: { added, rejected: ignoreRejected },
    passes,
    stable,
    remaining,
  };
}

function toCandidate(finding: Finding, fix: Fix, text: string): Candidate {
  const edits = fix.edits.map((e) => [text.slice(e.start, e.end), e.text, e.start]);
  return {
    finding,
    fix,
    key: fixKey(finding.rule, fix.description),
    fingerprint: JSON.stringify([finding.rule, fix.description, edits, fix.dockerignore ?? []]),
  };
}

/**
 * Applies the accepted batches together when the result still parses with the same stages; otherwise one at a
 * time, dropping each batch that breaks the file.
 */
function landSafely(
  before: ParsedDockerfile,
  batches: EditBatch<Candidate>[],
  drop: (batch: EditBatch<Candidate>, reason: string) => void,
): { text: string; batches: EditBatch<Candidate>[] } {
  const tryApply = (set: EditBatch<Candidate>[]): { text: string; problem: string | null } => {
    const text = applyEdits(
      before.text,
      set.flatMap((b) => [...b.edits]),
    );
    return { text, problem: breakage(before, parseDockerfile(text, before.file), set.length) };
  };
  const all = tryApply(batches);
  if (all.problem === null) return { text: all.text, batches };
  const kept: EditBatch<Candidate>[] = [];
  for (const b of batches) {
    const attempt = tryApply([...kept, b]);
    if (attempt.problem === null) kept.push(b);
    else drop(b, attempt.problem);
  }
  return {
    text: applyEdits(
      before.text,
      kept.flatMap((b) => [...b.edits]),
    ),
    batches: kept,
  };
}

/** Why the edited file is no longer the same Dockerfile in shape; null when it is fine. */
export function breakage(before: ParsedDockerfile, after: ParsedDockerfile, fixes: number): string | null {
  const known = new Set(before.problems.map((p) => p.message));
  const fresh = after.problems.find((p) => !known.has(p.message));
  if (after.problems.length > before.problems.length || fresh !== undefined) {
    return `would make the Dockerfile unparseable (${fresh?.message ?? 'parse error'})`;
  }
  if (after.stages.length !== before.stages.length) return 'would change the number of build stages';
  const names = (p: ParsedDockerfile): string => p.stages.map((s) => s.name ?? '').join(',');
  if (names(after) !== names(before)) return 'would rename a build stage';
  if (after.instructions.length > before.instructions.length + fixes)
    return 'would add more instructions than fixes';
  if (after.instructions.length === 0 && before.instructions.length > 0)
    return 'would remove every instruction';
  return null;
}

function restoreLineEndings(input: string, text: string): string {
  const bom = input.startsWith('\uFEFF') ? '\uFEFF' : '';
  const crlf = /\r\n/.test(input);
  return bom + (crlf ? text.replace(/\n/g, '\r\n') : text);
}
