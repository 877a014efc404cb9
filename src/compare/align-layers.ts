// Pairs base layers with head layers made by the same instruction, so "this layer grew" means something even
// when the PR inserts or removes instructions.
import { diffArrays } from 'diff';
import type { LayerMeasurement } from '../model.js';
import type { LayerChange } from './types.js';

/** The instruction a layer came from, without what changes from build to build: the classic builder's
 *  content hashes (`file:<sha>`), its build-arg prefix (`|2 A=1 B=2 /bin/sh -c`), `#(nop)` and BuildKit's tag. */
export function layerKey(createdBy: string): string {
  return createdBy
    .replace(/\b(file|dir|multi):[0-9a-f]{64}/g, '$1:*')
    .replace(/^\|\d+(\s+\S+=\S*)*\s+/, '')
    .replace(/^\/bin\/sh -c #\(nop\)\s*/, '')
    .replace(/\s+# buildkit$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function change(
  base: LayerMeasurement | undefined,
  head: LayerMeasurement | undefined,
  minChange: number,
): LayerChange {
  const baseBytes = base?.sizeBytes ?? 0;
  const headBytes = head?.sizeBytes ?? 0;
  const delta = headBytes - baseBytes;
  const shown = head ?? base!;
  const kind: LayerChange['kind'] =
    base === undefined
      ? 'added'
      : head === undefined
        ? 'removed'
        : delta >= minChange && delta > 0
          ? 'grown'
          : -delta >= minChange && delta < 0
            ? 'shrunk'
            : 'same';
  const result: LayerChange = {
    headIndex: head === undefined ? null : head.index,
    baseIndex: base === undefined ? null : base.index,
    createdBy: shown.createdBy,
    baseBytes,
    headBytes,
    delta,
    kind,
  };
  if (shown.line !== undefined) result.line = shown.line;
  return result;
}

/** Aligns the layer lists by instruction (a longest-common-subsequence diff over `layerKey`). A run of removed
 *  base layers directly followed by added head layers is paired position by position: the instruction was edited. */
export function alignLayers(
  base: LayerMeasurement[],
  head: LayerMeasurement[],
  minChange: number,
): LayerChange[] {
  const baseKeys = base.map((layer) => layerKey(layer.createdBy));
  const headKeys = head.map((layer) => layerKey(layer.createdBy));
  const parts = diffArrays(
    base.map((_, i) => i),
    head.map((_, i) => i),
    { comparator: (left: number, right: number) => baseKeys[left] === headKeys[right] },
  );
  const changes: LayerChange[] = [];
  let baseAt = 0;
  let headAt = 0;
  let pendingRemoved: number[] = [];
  const flushRemoved = (): void => {
    for (const index of pendingRemoved) changes.push(change(base[index], undefined, minChange));
    pendingRemoved = [];
  };
  for (const part of parts) {
    if (part.removed) {
      pendingRemoved.push(...Array.from({ length: part.count }, (_, k) => baseAt + k));
      baseAt += part.count;
    } else if (part.added) {
      for (let k = 0; k < part.count; k++) {
        const paired = pendingRemoved.shift();
        changes.push(change(paired === undefined ? undefined : base[paired], head[headAt + k], minChange));
      }
      headAt += part.count;
      flushRemoved();
    } else {
      flushRemoved();
      for (let k = 0; k < part.count; k++)
        changes.push(change(base[baseAt + k], head[headAt + k], minChange));
      baseAt += part.count;
      headAt += part.count;
    }
  }
  flushRemoved();
  return changes;
}
