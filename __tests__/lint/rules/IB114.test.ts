import { describe, expect, it } from '@jest/globals';
import { IB114 } from '../../../src/lint/rules/IB114.js';
import { check, positions } from './helpers.js';

const runs = (n: number): string => Array.from({ length: n }, (_, i) => `RUN echo ${i}\n`).join('');

describe('IB114 too-many-layers', () => {
  it('accepts a file at the threshold', () => {
    expect(check(IB114, `FROM busybox:1.35\n${runs(3)}`, { maxLayers: 3 })).toEqual([]);
  });

  it('ignores layers of stages that do not reach the final image', () => {
    expect(
      check(IB114, `FROM busybox:1.35 AS build\n${runs(5)}FROM busybox:1.35\nCOPY --from=build /x /x\n`, {
        maxLayers: 3,
      }),
    ).toEqual([]);
  });

  it('counts the final stage and the stages it builds on', () => {
    const text = `FROM busybox:1.35 AS base\n${runs(2)}FROM base\n${runs(2)}`;
    const found = check(IB114, text, { maxLayers: 3 });
    expect(positions(found)).toEqual([[4, 1, 4, 10]]);
    expect(found[0]!.message).toContain('gets 4 layers');
  });
});
