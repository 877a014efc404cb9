// The files and folders that grew, in words shared by the comment and the terminal: what changed and which layer
// (and Dockerfile line) wrote it. Untrusted text (paths, instructions) is returned raw: each caller escapes it.
import type { FileGrowth, GrownPath } from '../compare/types.js';
import { humanBytes } from './units.js';

/** Whether there is anything to show. */
export function filesGrew(growth: FileGrowth | undefined): growth is FileGrowth {
  return growth !== undefined && (growth.files.length > 0 || growth.folders.length > 0);
}

/** `added` or `grown from 1.2 MB`. */
export function growthKind(g: GrownPath): string {
  return g.kind === 'added' ? 'added' : `grown from ${humanBytes(g.baseBytes)}`;
}

/** `Dockerfile line 4 (layer 3)`, or `layer 3: RUN …` when the layer maps to no line. */
export function addedBy(g: GrownPath): string {
  if (g.layer < 0) return '';
  if (g.line !== undefined) return `Dockerfile line ${g.line} (layer ${g.layer + 1})`;
  const instruction = g.createdBy.replace(/^\/bin\/sh -c (#\(nop\) )?/, '').trim();
  return `layer ${g.layer + 1}${instruction === '' ? '' : `: ${instruction.length > 60 ? `${instruction.slice(0, 59)}…` : instruction}`}`;
}
