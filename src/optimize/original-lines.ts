// Maps offsets in the text after several passes of edits back to the original text, so every applied fix is
// reported at the line the user wrote, not at a line of some intermediate version.
import type { TextEdit } from '../model.js';
import { sortEdits } from './apply-edits.js';

/** Offset in the text before `edits` were applied; inside inserted text it maps to the edit's start. */
export function offsetBefore(offset: number, edits: readonly TextEdit[]): number {
  let delta = 0;
  for (const e of sortEdits(edits)) {
    const newStart = e.start + delta;
    if (offset < newStart) break;
    if (offset < newStart + e.text.length) return e.start;
    delta += e.text.length - (e.end - e.start);
  }
  return offset - delta;
}

/** Offset in the original text; `passes[i]` holds the edits of pass i, in the coordinates of its input text. */
export function originalOffset(offset: number, passes: readonly (readonly TextEdit[])[]): number {
  let o = offset;
  for (let p = passes.length - 1; p >= 0; p--) o = offsetBefore(o, passes[p]!);
  return o;
}
