import { describe, expect, it } from '@jest/globals';
import { parseDockerfile } from '../../src/dockerfile/parse.js';
import { layerInstructions, layersRemovedByFix } from '../../src/optimize/fix-layers.js';
import { fixKey } from '../../src/optimize/optimize.js';

const OPTIONS = { dockerignore: null, settings: { dockerignore: null, contextEntries: [] } };

describe('layersRemovedByFix', () => {
  it('counts the RUN a merge removes from the built image', () => {
    const text = 'FROM busybox:1.35\nRUN echo a > /a\nRUN echo b > /b\nCMD ["sh"]\n';
    expect(layerInstructions(parseDockerfile(text))).toBe(2);
    expect(layersRemovedByFix(text, fixKey('IB116', 'Merge the RUNs at lines 2, 3'), OPTIONS)).toBe(1);
  });

  it('counts nothing for a fix in a stage the built image does not contain', () => {
    const text =
      'FROM busybox:1.35 AS build\nRUN echo a > /a\nRUN echo b > /b\n' +
      'FROM busybox:1.35\nCOPY --from=build /a /a\n';
    const key = fixKey('IB116', 'Merge the RUNs at lines 2, 3');
    expect(layersRemovedByFix(text, key, OPTIONS)).toBe(0);
    // built with --target build, the merge is in the image
    expect(layersRemovedByFix(text, key, OPTIONS, 'build')).toBe(1);
  });

  it('counts nothing for a fix that changes a RUN without removing one', () => {
    const text = 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y curl\n';
    expect(layersRemovedByFix(text, fixKey('DL3015', 'Add --no-install-recommends'), OPTIONS)).toBe(0);
  });
});
