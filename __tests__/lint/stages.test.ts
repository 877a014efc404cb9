import { describe, expect, it } from '@jest/globals';
import { findStage, parentStage, parseDockerfile, stageLineage } from '../../src/dockerfile/parse.js';
import { lintText } from '../../src/lint/engine.js';
import { stageChain } from '../../src/measure/attribute.js';

describe('stage resolution', () => {
  it('resolves a parent by name, case-insensitive, and by index (FROM 0)', () => {
    const file = parseDockerfile('FROM alpine:3.20 AS Base\nRUN echo a\nFROM BASE AS mid\nFROM 0\nFROM 1\nFROM 7\n');
    expect(file.stages.map((s) => parentStage(file, s)?.index)).toEqual([undefined, 0, 0, 1, undefined]);
    expect(file.stages.map((s) => s.fromStage)).toEqual([false, true, true, true, false]);
    expect(stageLineage(file, file.stages[3]).map((s) => s.index)).toEqual([3, 1, 0]);
    expect(findStage(file.stages, 'mid')?.index).toBe(1);
    expect(findStage(file.stages, 'mid', 1)).toBeUndefined();
    expect(findStage(file.stages, '2', 2)).toBeUndefined();
  });

  it('follows FROM 0 where only named parents were followed before', () => {
    // DL3025 (JSON CMD), IB106 (SDK base) and the history match used to stop at a numeric parent
    const text = 'FROM alpine:3.20\nRUN echo a\nFROM 0\nRUN echo b\n';
    const file = parseDockerfile(text);
    expect(stageChain(file).map((i) => i.line)).toEqual([2, 4]);
    // an image named by index is a stage, not an untagged image (DL3006)
    expect(lintText(text, 'Dockerfile').filter((f) => f.rule === 'DL3006')).toEqual([]);
  });
});
