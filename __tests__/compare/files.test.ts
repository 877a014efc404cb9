// diffFiles over hand-made final file lists: what counts as added or grown, how folders are chosen, and which
// layer a folder's growth is put down to.
import { describe, expect, it } from '@jest/globals';
import { diffFiles } from '../../src/compare/files.js';
import type { FinalFiles, LayerMeasurement } from '../../src/model.js';

const files = (entries: [string, number, number][]): FinalFiles =>
  new Map(entries.map(([path, size, layer]) => [path, { size, layer }]));
const layers = [
  { index: 0, createdBy: '/bin/sh -c #(nop) ADD file:abc in / ' },
  { index: 1, createdBy: '/bin/sh -c #(nop) COPY dir:1 in /app ', line: 2 },
  { index: 2, createdBy: '/bin/sh -c npm ci', line: 3 },
] as LayerMeasurement[];

describe('diffFiles', () => {
  it('lists added and grown files, not shrunk, unchanged or removed ones', () => {
    const base = files([
      ['app/a', 100, 1],
      ['app/b', 500, 1],
      ['app/c', 50, 1],
      ['app/gone', 900, 1],
    ]);
    const head = files([
      ['app/a', 100, 1],
      ['app/b', 400, 1],
      ['app/c', 80, 2],
      ['app/new', 30, 2],
    ]);
    const growth = diffFiles(base, head, layers)!;
    expect(growth.files.map((f) => [f.path, f.kind, f.deltaBytes, f.layer, f.line])).toEqual([
      // the same growth: by path
      ['/app/c', 'grown', 30, 2, 3],
      ['/app/new', 'added', 30, 2, 3],
    ]);
    expect(growth.grownFiles).toBe(2);
    // /app lost more than it gained: it did not grow
    expect(growth.folders).toEqual([]);
  });

  it('lists the most specific folder, put down to the layer that wrote most of its growth', () => {
    const head = files([
      ['app/node_modules/x/index.js', 1000, 2],
      ['app/node_modules/y/index.js', 900, 2],
      ['app/server.js', 10, 1],
    ]);
    const growth = diffFiles(new Map(), head, layers)!;
    expect(growth.folders.map((f) => [f.path, f.deltaBytes, f.layer])).toEqual([
      ['/app/node_modules', 1900, 2],
      ['/app/node_modules/x', 1000, 2],
      ['/app/node_modules/y', 900, 2],
    ]);
  });

  it('says where a layer without a Dockerfile line came from', () => {
    const growth = diffFiles(new Map(), files([['bin/tool', 5, 0]]), layers)!;
    expect(growth.files[0]).toMatchObject({ layer: 0, createdBy: layers[0]!.createdBy });
    expect(growth.files[0]!.line).toBeUndefined();
  });

  it('is undefined when either side has no file list', () => {
    expect(diffFiles(undefined, new Map(), layers)).toBeUndefined();
    expect(diffFiles(new Map(), undefined, layers)).toBeUndefined();
  });
});
