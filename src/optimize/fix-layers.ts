// How many layers one fix removes from the built image, counted from the Dockerfile: the optimizer builds the
// image with every fix at once, so per fix only this count is known without a build per fix.
import { parseDockerfile, stageLineage, targetStage } from '../dockerfile/parse.js';
import type { ParsedDockerfile } from '../dockerfile/types.js';
import { optimizeDockerfile, type OptimizeOptions } from './optimize.js';

const LAYER_MAKERS = new Set(['RUN', 'COPY', 'ADD']);

/** RUN/COPY/ADD instructions of the built stage (the target, else the last) and the stages it is built FROM. */
export function layerInstructions(file: ParsedDockerfile, target?: string): number {
  let count = 0;
  for (const stage of stageLineage(file, targetStage(file, target)))
    for (const i of stage.instructions) if (LAYER_MAKERS.has(i.keyword) && !i.onbuild) count++;
  return count;
}

/** Layers removed by the fix with `key` applied alone (never negative: a fix that splits nothing adds none). */
export function layersRemovedByFix(
  text: string,
  key: string,
  options: Omit<OptimizeOptions, 'accept'>,
  target?: string,
): number {
  const before = layerInstructions(parseDockerfile(text), target);
  const alone = optimizeDockerfile(text, { ...options, accept: (k) => k === key });
  return Math.max(0, before - layerInstructions(parseDockerfile(alone.optimized), target));
}
