import { describe, expect, it } from '@jest/globals';
import { alignLayers, layerKey } from '../../src/compare/align-layers.js';
import { compare, metricDelta, newBytesToPull } from '../../src/compare/compare.js';
import { image, type LayerSpec } from './measurement.js';

const BASE_LAYER: LayerSpec = ['COPY busybox /bin/busybox # buildkit', 2_000_000, 1_000_000, 'sha256:base'];

describe('metricDelta', () => {
  it.each([
    [100_000, 105_000, 1000, { delta: 5000, percent: 5, changed: true }],
    [100_000, 100_500, 1000, { delta: 500, percent: 0.5, changed: false }],
    [100_000, 99_000, 1000, { delta: -1000, percent: -1, changed: true }],
    [100_000, 100_000, 0, { delta: 0, percent: 0, changed: false }],
    [0, 10, 1, { delta: 10, percent: null, changed: true }],
  ])('base %d head %d floor %d', (base, head, floor, expected) => {
    expect(metricDelta(base, head, floor)).toEqual({ base, head, ...expected });
  });
  it('has no delta without a base', () => {
    expect(metricDelta(null, 5, 1)).toEqual({
      base: null,
      head: 5,
      delta: null,
      percent: null,
      changed: false,
    });
  });
});

describe('layerKey', () => {
  it.each([
    ['/bin/sh -c #(nop) COPY file:' + 'a'.repeat(64) + ' in /app ', 'COPY file:* in /app'],
    ['|2 A=1 B=x /bin/sh -c make', '/bin/sh -c make'],
    ['RUN /bin/sh -c make # buildkit', 'RUN /bin/sh -c make'],
    ['/bin/sh -c #(nop)  CMD ["sh"]', 'CMD ["sh"]'],
  ])('%s', (createdBy, key) => {
    expect(layerKey(createdBy)).toBe(key);
  });
});

describe('alignLayers', () => {
  it('pairs layers by instruction across an inserted layer and an edited one', () => {
    const base = image('base', [
      BASE_LAYER,
      ['RUN /bin/sh -c make # buildkit', 1000, 500],
      ['RUN /bin/sh -c old-step # buildkit', 3000, 1500],
      ['COPY app /app # buildkit', 4000, 2000],
    ]);
    const head = image('head', [
      BASE_LAYER,
      ['RUN /bin/sh -c fetch # buildkit', 9000, 4000],
      ['RUN /bin/sh -c make # buildkit', 1000, 500],
      ['RUN /bin/sh -c new-step # buildkit', 2000, 1000],
      ['COPY app /app # buildkit', 6000, 3000],
    ]);
    const changes = alignLayers(base.layers, head.layers, 1000);
    expect(changes.map((c) => [c.baseIndex, c.headIndex, c.kind, c.delta])).toEqual([
      [0, 0, 'same', 0],
      [null, 1, 'added', 9000],
      [1, 2, 'same', 0],
      [2, 3, 'shrunk', -1000],
      [3, 4, 'grown', 2000],
    ]);
  });
  it('reports base layers the head dropped', () => {
    const base = image('base', [BASE_LAYER, ['RUN /bin/sh -c gone', 700, 300]]);
    const head = image('head', [BASE_LAYER]);
    expect(
      alignLayers(base.layers, head.layers, 1).map((c) => [c.baseIndex, c.headIndex, c.kind, c.delta]),
    ).toEqual([
      [0, 0, 'same', 0],
      [1, null, 'removed', -700],
    ]);
  });
});

describe('newBytesToPull', () => {
  it('counts the compressed bytes of head layers the base lacks, each distinct layer once', () => {
    const base = image('base', [BASE_LAYER, ['RUN a', 10, 5, 'sha256:a']]);
    const head = image('head', [
      BASE_LAYER,
      ['RUN a', 10, 5, 'sha256:a'],
      ['RUN b', 300, 120, 'sha256:b'],
      ['RUN c', 400, 170, 'sha256:c'],
      ['RUN b again', 300, 120, 'sha256:b'],
    ]);
    expect(newBytesToPull(base, head)).toEqual({ bytes: 290, layers: 2 });
  });
  it('is 0 when only metadata changed (same layers, new config)', () => {
    const base = image('base', [BASE_LAYER, ['RUN a', 10, 5, 'sha256:a']]);
    const head = image('head', [BASE_LAYER, ['RUN a', 10, 5, 'sha256:a']]);
    head.config = { Cmd: ['/bin/other'] };
    expect(newBytesToPull(base, head)).toEqual({ bytes: 0, layers: 0 });
  });
  it('is the whole head without a baseline', () => {
    expect(newBytesToPull(null, image('head', [BASE_LAYER, ['RUN a', 10, 5]]))).toEqual({
      bytes: 1_000_005,
      layers: 2,
    });
  });
});

describe('compare', () => {
  const base = image('base', [
    BASE_LAYER,
    ['COPY app /app # buildkit', 4_000_000, 2_000_000, 'sha256:app1', 5],
  ]);
  const head = image('head', [
    BASE_LAYER,
    ['COPY app /app # buildkit', 7_000_000, 3_000_000, 'sha256:app2', 6],
    ['RUN /bin/sh -c touch /x # buildkit', 500, 100, 'sha256:x', 7],
  ]);

  it('computes deltas, grown layers, pull bytes and savings', () => {
    const optimized = image('opt', [BASE_LAYER, ['COPY app /app # buildkit', 5_000_000, 2_500_000]]);
    const result = compare(base, head, {
      minChange: 1000,
      buildSeconds: { base: 30, head: 45, sameCacheState: true },
      optimized,
    });
    expect(result.baseline).toEqual({ available: true });
    expect(result.uncompressed).toEqual({
      base: 6_000_000,
      head: 9_000_500,
      delta: 3_000_500,
      percent: (3_000_500 / 6_000_000) * 100,
      changed: true,
    });
    expect(result.compressed.delta).toBe(1_000_100);
    expect(result.layers).toEqual({ base: 2, head: 3, delta: 1, percent: 50, changed: true });
    expect(result.pullBytes).toBe(3_000_100);
    expect(result.pullLayers).toBe(2);
    // the 500-byte RUN layer is under the 1 kB noise floor, so only the COPY counts as grown
    expect(result.grownLayers.map((c) => [c.line, c.baseBytes, c.headBytes, c.delta, c.kind])).toEqual([
      [6, 4_000_000, 7_000_000, 3_000_000, 'grown'],
    ]);
    expect(result.buildSeconds).toEqual({
      base: 30,
      head: 45,
      delta: 15,
      percent: 50,
      changed: true,
      comparable: true,
      noise: 0.2,
      note: 'outside the ±20% noise of shared runners',
    });
    expect(result.optimized).toEqual({
      sizeBytes: 7_000_000,
      compressedBytes: 3_500_000,
      layerCount: 2,
      savingsBytes: 2_000_500,
      savingsCompressedBytes: 500_100,
      savingsPercent: (2_000_500 / 9_000_500) * 100,
    });
  });

  it.each([
    [30, 35, true, false, 'within the ±20% noise of shared runners'],
    [5, 6.5, true, false, 'within the ±20% noise of shared runners'],
    [30, 60, false, false, 'not comparable: the base and head builds ran with different cache states'],
  ])('build time %d → %d s (same cache %s) changed=%s', (b, h, same, changed, note) => {
    const time = compare(base, head, {
      minChange: 1,
      buildSeconds: { base: b, head: h, sameCacheState: same },
    }).buildSeconds!;
    expect([time.changed, time.note]).toEqual([changed, note]);
  });

  it('reports no baseline with its reason and still measures head', () => {
    const result = compare(null, head, {
      minChange: 1000,
      noBaselineReason: 'the base commit has no Dockerfile',
    });
    expect(result.baseline).toEqual({ available: false, reason: 'the base commit has no Dockerfile' });
    expect(result.uncompressed).toEqual({
      base: null,
      head: 9_000_500,
      delta: null,
      percent: null,
      changed: false,
    });
    expect(result.layerChanges).toEqual([]);
    expect(result.pullBytes).toBe(head.compressedBytes);
  });

  it('counts growth below min-change as unchanged', () => {
    const bigger = image('head', [BASE_LAYER, ['COPY app /app # buildkit', 4_000_900, 2_000_100]]);
    const result = compare(base, bigger, { minChange: 1000 });
    expect([result.uncompressed.delta, result.uncompressed.changed, result.grownLayers]).toEqual([
      900,
      false,
      [],
    ]);
  });
});
