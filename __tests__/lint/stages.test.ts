import { describe, expect, it } from '@jest/globals';
import {
  findStage,
  parentStage,
  parseDockerfile,
  stageLineage,
  targetStage,
} from '../../src/dockerfile/parse.js';
import { layerInstructions } from '../../src/optimize/fix-layers.js';
import { lintText } from '../../src/lint/engine.js';
import { stageChain } from '../../src/measure/attribute.js';

describe('stage resolution', () => {
  it('resolves a parent by name, case-insensitive, the nearest of a repeated name', () => {
    const file = parseDockerfile(
      'FROM alpine:3.20 AS Base\nRUN echo a\nFROM BASE AS mid\nFROM mid\nFROM alpine:3.20 AS mid\nFROM mid\n',
    );
    expect(file.stages.map((s) => parentStage(file, s)?.index)).toEqual([undefined, 0, 1, undefined, 3]);
    expect(file.stages.map((s) => s.fromStage)).toEqual([false, true, true, false, true]);
    expect(stageLineage(file, file.stages[2]).map((s) => s.index)).toEqual([2, 1, 0]);
    expect(findStage(file.stages, 'mid')?.index).toBe(3);
    expect(findStage(file.stages, 'mid', 1)).toBeUndefined();
  });

  it('takes an index for COPY --from, but not in FROM', () => {
    // BuildKit looks FROM up by stage name only: `FROM 0` is an image called 0, while COPY --from=0 is stage 0
    const text = 'FROM alpine:3.20\nRUN echo a\nFROM 0\nRUN echo b\n';
    const file = parseDockerfile(text);
    expect(file.stages[1]!.fromStage).toBe(false);
    expect(parentStage(file, file.stages[1])).toBeUndefined();
    expect(stageChain(file).map((i) => i.line)).toEqual([4]);
    expect(findStage(file.stages, '0', 1)?.index).toBe(0);
    expect(findStage(file.stages, '1', 1)).toBeUndefined();
    // an image reference without a tag, as any other (DL3006)
    expect(
      lintText(text, 'Dockerfile')
        .filter((f) => f.rule === 'DL3006')
        .map((f) => f.line),
    ).toEqual([3]);
  });

  it('finds the --target stage in one place: by name, case-insensitive, else the last stage', () => {
    const file = parseDockerfile(
      'FROM alpine:3.20 AS Build\nRUN a\nRUN b\nFROM build AS test\nRUN c\nFROM alpine:3.20\nCOPY x /\n',
    );
    expect(targetStage(file)?.index).toBe(2);
    expect(targetStage(file, 'TEST')?.index).toBe(1);
    expect(targetStage(file, 'nope')).toBeUndefined();
    // the measure's history matching and the optimizer's layer count read the same stages
    expect(stageChain(file, 'test').map((i) => i.line)).toEqual([2, 3, 5]);
    expect(layerInstructions(file, 'test')).toBe(3);
    expect(layerInstructions(file)).toBe(1);
  });

  it('resolves FROM against the global ARGs as the builder expands them', () => {
    const file = parseDockerfile(
      '# syntax=docker/dockerfile:1\n# check=skip=all\nARG V=3.20\nARG IMG="alpine:${V}" EMPTY=\nFROM ${IMG}\nFROM ${EMPTY:-busybox}:1.35\nFROM ${NOPE}debian\n',
    );
    expect(file.stages.map((s) => s.resolvedImage)).toEqual(['alpine:3.20', 'busybox:1.35', 'debian']);
    // the directives at the top are a fact of the model, not re-read from the text by the checks
    expect(file.directiveLines).toBe(2);
  });
});
