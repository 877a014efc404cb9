// Applies fixes as text edits. A fix is atomic: all of its edits land or none do. Fixes whose edits touch or
// overlap an already accepted fix wait for the next pass (the linter reports them again on the new text), the
// way ESLint's fixer does it: touching counts as overlapping because the order of two edits at the same
// offset would be a guess.
import type { TextEdit } from '../model.js';

export interface EditBatch<T> {
  id: T;
  edits: readonly TextEdit[];
}

export interface EditSelection<T> {
  accepted: EditBatch<T>[];
  /** Overlapping an accepted batch: try again on the next pass. */
  deferred: EditBatch<T>[];
  /** Edits out of range, not integers, or overlapping each other inside the batch: never applicable. */
  invalid: { batch: EditBatch<T>; reason: string }[];
}

/** Why a batch's edits cannot be applied to a text of `length` characters, or null when they can. */
export function invalidReason(edits: readonly TextEdit[], length: number): string | null {
  for (const e of edits) {
    if (!Number.isInteger(e.start) || !Number.isInteger(e.end)) return 'edit offsets are not integers';
    if (e.start < 0 || e.end < e.start || e.end > length)
      return `edit [${e.start}, ${e.end}) is outside the text`;
    if (typeof e.text !== 'string') return 'edit text is not a string';
  }
  const sorted = sortEdits(edits);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.start < sorted[i - 1]!.end) return 'the fix has overlapping edits';
    if (sorted[i]!.start === sorted[i - 1]!.start && sorted[i]!.end === sorted[i]!.start) {
      return 'the fix has two edits at the same offset';
    }
  }
  return null;
}

/** Edits in text order (by start, then end). */
export function sortEdits(edits: readonly TextEdit[]): TextEdit[] {
  return [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
}

function touches(a: TextEdit, b: TextEdit): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Picks batches in order of their first edit, skipping any that touches an accepted one. */
export function selectBatches<T>(batches: readonly EditBatch<T>[], length: number): EditSelection<T> {
  const result: EditSelection<T> = { accepted: [], deferred: [], invalid: [] };
  const valid: EditBatch<T>[] = [];
  for (const batch of batches) {
    const reason = invalidReason(batch.edits, length);
    if (reason !== null) result.invalid.push({ batch, reason });
    else if (batch.edits.length > 0) valid.push(batch);
  }
  const firstStart = (b: EditBatch<T>): number => Math.min(...b.edits.map((e) => e.start));
  // stable sort: equal starts keep the caller's order (rule order), so the outcome never depends on chance
  const ordered = valid
    .map((b, i) => ({ b, i }))
    .sort((x, y) => firstStart(x.b) - firstStart(y.b) || x.i - y.i);
  const taken: TextEdit[] = [];
  for (const { b } of ordered) {
    if (b.edits.some((e) => taken.some((t) => touches(e, t)))) {
      result.deferred.push(b);
    } else {
      result.accepted.push(b);
      taken.push(...b.edits);
    }
  }
  return result;
}

/** Applies non-overlapping edits to `text`. Throws when they overlap or fall outside (a caller bug). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const reason = invalidReason(edits, text.length);
  if (reason !== null) throw new Error(`cannot apply edits: ${reason}`);
  let out = '';
  let at = 0;
  for (const e of sortEdits(edits)) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}
