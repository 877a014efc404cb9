import { describe, expect, it } from '@jest/globals';
import { classifyEntry, normalisePath } from '../../src/measure/entries.js';

describe('normalisePath', () => {
  it.each([
    ['./usr/bin/', 'usr/bin'],
    ['/etc/passwd', 'etc/passwd'],
    ['a/./b/../c', 'a/c'],
    ['./', ''],
    ['.', ''],
  ])('%s → %s', (input, expected) => expect(normalisePath(input)).toBe(expected));
});

describe('classifyEntry', () => {
  it('reads whiteouts as the path they delete', () => {
    expect(classifyEntry('root/example/.wh.somefile3.txt', 'file', 0)).toEqual({
      path: 'root/example/somefile3.txt',
      kind: 'whiteout',
      size: 0,
    });
    expect(classifyEntry('.wh.top', 'file', 0)).toEqual({ path: 'top', kind: 'whiteout', size: 0 });
  });
  it('reads an opaque marker as the directory it empties', () => {
    expect(classifyEntry('p/.wh..wh..opq', 'file', 0)).toEqual({ path: 'p', kind: 'opaque', size: 0 });
  });
  it('keeps aufs bookkeeping names apart', () => {
    expect(classifyEntry('.wh..wh.plnk', 'directory', 0)?.kind).toBe('other');
    expect(classifyEntry('.wh..wh.aufs', 'file', 0)?.kind).toBe('other');
  });
  it('maps tar types', () => {
    expect(classifyEntry('bin/', 'directory', 0)).toEqual({ path: 'bin', kind: 'dir', size: 0 });
    expect(classifyEntry('bin/sh', 'symlink', 0, 'busybox')).toEqual({
      path: 'bin/sh',
      kind: 'symlink',
      size: 0,
    });
    expect(classifyEntry('bin/ls', 'link', 0, '/bin/busybox')).toEqual({
      path: 'bin/ls',
      kind: 'hardlink',
      size: 0,
      linkTarget: 'bin/busybox',
    });
    expect(classifyEntry('dev/null', 'character-device', 0)?.kind).toBe('other');
    expect(classifyEntry('a.bin', 'file', 42)).toEqual({ path: 'a.bin', kind: 'file', size: 42 });
    expect(classifyEntry('./', 'directory', 0)).toBeNull();
  });
});
