// Hidden bytes: regular-file bytes a layer ships that a later layer deletes or overwrites, so no container sees
// them but every pull downloads them. The headline shows them only above a noise floor, so a few stray kilobytes
// of a rewritten config file do not crowd it: at least 1 MB and at least 1% of the image.
import type { ImageMeasurement } from '../model.js';
import type { ReportData } from './types.js';

export const HIDDEN_FLOOR_BYTES = 1_000_000;
export const HIDDEN_FLOOR_SHARE = 0.01;

export function hiddenAboveFloor(image: ImageMeasurement | null): boolean {
  return (
    image !== null &&
    image.hiddenBytes >= HIDDEN_FLOOR_BYTES &&
    image.hiddenBytes >= HIDDEN_FLOOR_SHARE * image.sizeBytes
  );
}

export interface HiddenBytes {
  base: number | null;
  head: number;
  /** The head layer with the most hidden bytes, and its Dockerfile line when known. */
  largest?: { bytes: number; line?: number; index: number };
}

/** The hidden bytes for the headline, or null when neither image has them above the floor (a PR that removes
 *  hidden bytes still shows the row, with the head at or near zero). */
export function hiddenBytes(report: ReportData): HiddenBytes | null {
  if (!hiddenAboveFloor(report.head) && !hiddenAboveFloor(report.base)) return null;
  const result: HiddenBytes = { base: report.base?.hiddenBytes ?? null, head: report.head.hiddenBytes };
  let largest: HiddenBytes['largest'];
  for (const layer of report.head.layers) {
    if (layer.hiddenBytes > 0 && (largest === undefined || layer.hiddenBytes > largest.bytes))
      largest = {
        bytes: layer.hiddenBytes,
        index: layer.index,
        ...(layer.line !== undefined ? { line: layer.line } : {}),
      };
  }
  if (largest !== undefined) result.largest = largest;
  return result;
}

/** "most of them (3 MB) in the layer of line 3", as a plain phrase; '' when no layer holds any. */
export function hiddenWhere(hidden: HiddenBytes, bytes: (n: number) => string): string {
  const largest = hidden.largest;
  if (largest === undefined) return '';
  const layer =
    largest.line === undefined ? `layer ${largest.index + 1}` : `the layer of line ${largest.line}`;
  return largest.bytes === hidden.head ? `all in ${layer}` : `${bytes(largest.bytes)} of them in ${layer}`;
}

/** The sentence under the headline that says what the row means and when it is shown. */
export function hiddenNote(where: string): string {
  return (
    `Hidden bytes are shipped in a layer but deleted or overwritten by a later one${where === '' ? '' : ` (${where})`}. ` +
    `Shown when at least ${HIDDEN_FLOOR_BYTES / 1e6} MB and ${HIDDEN_FLOOR_SHARE * 100}% of the image.`
  );
}
