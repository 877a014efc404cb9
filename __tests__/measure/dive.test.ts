import { describe, expect, it } from '@jest/globals';
import { diveNumbers } from '../../src/measure/dive.js';
import { dir, file, opaque, whiteout } from './support.js';

const sizes = (layers: Parameters<typeof diveNumbers>[0]): number[] =>
  layers.map((l) => l.reduce((a, e) => a + e.size, 0));
const dive = (layers: Parameters<typeof diveNumbers>[0]) => diveNumbers(layers, sizes(layers));

describe('diveNumbers', () => {
  it('a deleted file wastes its size once (the whiteout is a 0-byte copy)', () => {
    const d = dive([[file('base', 50)], [file('f', 100)], [whiteout('f')]]);
    expect(d.wastedBytes).toBe(100);
    expect(d.userSizeBytes).toBe(100);
    expect(d.userWastedPercent).toBe(1);
    // paths: base 50/50, f min 0 of 100
    expect(d.efficiency).toBe(50 / 150);
  });

  it('an overwritten file counts every copy as wasted, the surviving one too', () => {
    const d = dive([[file('x', 500)], [file('x', 300)]]);
    expect(d.wastedBytes).toBe(800);
    expect(d.efficiency).toBe(300 / 800);
  });

  it('rm -rf of a directory is no waste, but its size enters the efficiency sums', () => {
    const d = dive([[dir('d'), file('d/a', 40), file('d/b', 60)], [whiteout('d')]]);
    expect(d.wastedBytes).toBe(0);
    // d/a 40/40, d/b 60/60, d (whiteout of a directory) 100/100
    expect(d.efficiency).toBe(1);
  });

  it('ignores opaque markers', () => {
    const d = dive([
      [dir('p'), file('p/x', 70)],
      [dir('p'), opaque('p'), file('p/y', 5)],
    ]);
    expect(d.wastedBytes).toBe(0);
    expect(d.efficiency).toBe(1);
  });

  it('empty directories are leaves with 0-byte copies', () => {
    const d = dive([[dir('e')], [dir('e')]]);
    expect(d.wastedBytes).toBe(0);
    expect(d.efficiency).toBe(1);
  });

  it('no content: efficiency 1, nothing wasted', () => {
    expect(dive([[]])).toEqual({ efficiency: 1, wastedBytes: 0, userWastedPercent: 0, userSizeBytes: 0 });
  });
});
