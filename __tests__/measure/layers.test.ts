import { describe, expect, it } from '@jest/globals';
import { analyzeFilesystem } from '../../src/measure/layers.js';
import { dir, file, hardlink, opaque, whiteout } from './support.js';

const hidden = (layers: Parameters<typeof analyzeFilesystem>[0]): number[] =>
  analyzeFilesystem(layers).layers.map((l) => l.hiddenBytes);

describe('analyzeFilesystem', () => {
  it('counts a file deleted in a later layer as hidden in the layer that shipped it', () => {
    const fs = analyzeFilesystem([[dir('a'), file('a/big', 1000), file('a/keep', 10)], [whiteout('a/big')]]);
    expect(fs.layers.map((l) => l.hiddenBytes)).toEqual([1000, 0]);
    expect(fs.hiddenBytes).toBe(1000);
    expect(fs.visibleBytes).toBe(10);
    expect(fs.layers[1]!.deletedFiles).toBe(1);
  });

  it('counts an overwritten file', () => {
    expect(hidden([[file('x', 500)], [file('x', 300)], [file('x', 200)]])).toEqual([500, 300, 0]);
  });

  it('hides a whole directory removed with one whiteout (rm -rf)', () => {
    expect(hidden([[dir('d'), file('d/a', 4), dir('d/e'), file('d/e/b', 6)], [whiteout('d')]])).toEqual([
      10, 0,
    ]);
  });

  it('an opaque directory hides lower content only, not its own layer', () => {
    const layers = [
      [dir('p'), file('p/x', 70)],
      [dir('p'), opaque('p'), file('p/y', 5)],
    ];
    expect(hidden(layers)).toEqual([70, 0]);
    expect(analyzeFilesystem(layers).visibleBytes).toBe(5);
  });

  it('a whiteout does not delete what its own layer adds', () => {
    expect(hidden([[file('f', 9)], [whiteout('f'), file('f', 4)]])).toEqual([9, 0]);
  });

  it('a file replacing a directory hides the directory content', () => {
    expect(hidden([[dir('d'), file('d/a', 3)], [file('d', 2)]])).toEqual([3, 0]);
  });

  it('keeps bytes visible while a hard link of the same layer still shows them', () => {
    expect(
      hidden([[file('bin/busybox', 100), hardlink('bin/ls', 'bin/busybox')], [whiteout('bin/busybox')]]),
    ).toEqual([0, 0]);
    expect(
      hidden([
        [file('bin/busybox', 100), hardlink('bin/ls', 'bin/busybox')],
        [whiteout('bin/busybox'), whiteout('bin/ls')],
      ]),
    ).toEqual([100, 0]);
  });

  it('sizes, counts and largest files per layer', () => {
    const fs = analyzeFilesystem(
      [[dir('a'), file('a/1', 1), file('a/3', 3), file('a/2', 2), hardlink('a/l', 'a/3')]],
      2,
    );
    expect(fs.layers[0]).toEqual({
      sizeBytes: 6,
      fileBytes: 6,
      hiddenBytes: 0,
      files: 4,
      deletedFiles: 0,
      entries: 5,
      largestFiles: [
        { path: '/a/3', sizeBytes: 3 },
        { path: '/a/2', sizeBytes: 2 },
      ],
    });
  });

  it('Σ regular-file bytes = visible + hidden', () => {
    const layers = [
      [dir('a'), file('a/x', 11), file('a/y', 13), file('b', 17)],
      [opaque('a'), file('a/z', 19), file('b', 23)],
      [whiteout('a'), file('c', 29)],
    ];
    const fs = analyzeFilesystem(layers);
    expect(fs.visibleBytes).toBe(23 + 29);
    expect(fs.hiddenBytes + fs.visibleBytes).toBe(11 + 13 + 17 + 19 + 23 + 29);
    expect(fs.layers.map((l) => l.hiddenBytes)).toEqual([11 + 13 + 17, 19, 0]);
  });
});
