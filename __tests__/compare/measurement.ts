// Builds ImageMeasurement values for compare/verdict/report tests: layers are given as
// [createdBy, sizeBytes, compressedBytes, diffId?, line?]; image totals are the layer sums.
import type { ImageMeasurement, LayerMeasurement } from '../../src/model.js';

export type LayerSpec = [createdBy: string, size: number, compressed: number, diffId?: string, line?: number];

export function layer(index: number, spec: LayerSpec): LayerMeasurement {
  const [createdBy, sizeBytes, compressedBytes, diffId, line] = spec;
  const result: LayerMeasurement = {
    index,
    diffId: diffId ?? `sha256:${createdBy.length.toString(16)}-${index}-${sizeBytes}`,
    createdBy,
    sizeBytes,
    compressedBytes,
    hiddenBytes: 0,
    files: 1,
    deletedFiles: 0,
    largestFiles: [],
  };
  if (line !== undefined) result.line = line;
  return result;
}

export function image(name: string, specs: LayerSpec[]): ImageMeasurement {
  const layers = specs.map((spec, index) => layer(index, spec));
  const sizeBytes = layers.reduce((sum, l) => sum + l.sizeBytes, 0);
  return {
    image: name,
    sizeBytes,
    compressedBytes: layers.reduce((sum, l) => sum + l.compressedBytes, 0),
    layerCount: layers.filter((l) => l.sizeBytes > 0).length,
    totalLayerCount: layers.length,
    hiddenBytes: 0,
    efficiency: 1,
    dive: { efficiency: 1, wastedBytes: 0, userWastedPercent: 0, userSizeBytes: sizeBytes },
    layers,
    config: { Cmd: ['/bin/sh'] },
  };
}
