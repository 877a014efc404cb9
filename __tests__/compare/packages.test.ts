// The package diff of two inventories, and the version order it tells upgrades from downgrades by (pure).
import { describe, expect, it } from '@jest/globals';
import { compareVersions, diffPackages } from '../../src/compare/packages.js';
import type { InstalledPackage, PackageInventory } from '../../src/model.js';

describe('compareVersions', () => {
  it.each([
    ['1.0', '1.1', -1],
    ['1.10', '1.9', 1],
    ['1.0~rc1', '1.0', -1],
    ['1:0.1', '2.0', 1],
    ['1.2-3', '1.2-10', -1],
    ['3.18.4-r0', '3.18.4-r1', -1],
    ['1.0a', '1.0', 1],
    ['2.0.1', '2.0.1', 0],
  ])('%s vs %s', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
    expect(compareVersions(b, a)).toBe(expected === 0 ? 0 : -expected);
  });
});

const pkg = (
  name: string,
  version: string,
  bytes: number,
  extra: Partial<InstalledPackage> = {},
): InstalledPackage => ({
  ecosystem: 'deb',
  name,
  version,
  bytes,
  files: 1,
  ...extra,
});
const inventory = (packages: InstalledPackage[], unowned: Record<string, number>): PackageInventory => {
  const unownedBytes = Object.values(unowned).reduce((a, b) => a + b, 0);
  return {
    packages,
    fileBytes: packages.reduce((a, p) => a + p.bytes, 0) + unownedBytes,
    unownedBytes,
    unowned: Object.entries(unowned).map(([path, bytes]) => ({ path, bytes })),
    notRead: [],
  };
};

describe('diffPackages', () => {
  it('names additions, removals, up- and downgrades; the bytes add up', () => {
    const base = inventory(
      [
        pkg('keep', '1', 100),
        pkg('grow', '1', 50),
        pkg('old', '2.0', 300),
        pkg('back', '1.1', 10),
        pkg('gone', '1', 70),
      ],
      { '/var/lib/dpkg': 1000, '/etc': 5 },
    );
    const head = inventory(
      [
        pkg('keep', '1', 100),
        pkg('grow', '1', 80),
        pkg('old', '2.1', 320),
        pkg('back', '1.0', 9),
        pkg('new', '0.1', 4000),
        pkg('a', '1.0.0', 20, { ecosystem: 'npm', location: 'app/node_modules/a' }),
      ],
      { '/var/lib/dpkg': 1400, '/app': 11 },
    );
    head.notRead = ['rpm'];
    const diff = diffPackages(base, head)!;
    expect(diff.changes.map((c) => [c.name, c.kind, c.baseVersion, c.headVersion, c.deltaBytes])).toEqual([
      ['new', 'added', undefined, '0.1', 4000],
      ['old', 'upgraded', '2.0', '2.1', 20],
      ['a', 'added', undefined, '1.0.0', 20],
      ['back', 'downgraded', '1.1', '1.0', -1],
      ['gone', 'removed', '1', undefined, -70],
    ]);
    expect(diff.sameVersionDeltaBytes).toBe(30);
    expect(diff.unowned).toEqual({
      baseBytes: 1005,
      headBytes: 1411,
      deltaBytes: 406,
      folders: [
        { path: '/var/lib/dpkg', deltaBytes: 400 },
        { path: '/app', deltaBytes: 11 },
        { path: '/etc', deltaBytes: -5 },
      ],
    });
    const sum =
      diff.changes.reduce((a, c) => a + c.deltaBytes, 0) +
      diff.sameVersionDeltaBytes +
      diff.unowned.deltaBytes;
    expect(sum).toBe(diff.fileBytes.delta);
    expect(diff.notRead).toEqual(['rpm']);
  });

  it('without a base, every package is an addition; without inventories, no diff', () => {
    const head = inventory([pkg('x', '1', 10)], { '/app': 1 });
    expect(diffPackages(undefined, head)!.changes.map((c) => c.kind)).toEqual(['added']);
    expect(diffPackages(undefined, undefined)).toBeUndefined();
  });
});
