// The package-database parsers and the inventory of ordered layers (pure: hand-written layers).
import { describe, expect, it } from '@jest/globals';
import type { LayerEntry } from '../../src/measure/entries.js';
import {
  packageFileKind,
  parseApkInstalled,
  parseDpkgList,
  parseDpkgStatus,
  parseMd5sums,
  parsePythonMetadata,
  parseRecord,
  reducePackageFile,
} from '../../src/measure/package-files.js';
import { imagePackages, type PackageLayer } from '../../src/measure/packages.js';
import { file, whiteout } from './support.js';

const STATUS = `Package: libfoo1
Status: install ok installed
Architecture: amd64
Multi-Arch: same
Version: 1.2-3
Description: a library
 with a long description
 .
 over lines

Package: gone
Status: deinstall ok config-files
Version: 0.1

Package: tool
Status: install ok installed
Architecture: all
Version: 2:4.5~rc1-1
`;

describe('package-database files', () => {
  it('are recognised by path', () => {
    expect(packageFileKind('var/lib/dpkg/status')).toBe('dpkg-status');
    expect(packageFileKind('var/lib/dpkg/status-old')).toBeUndefined();
    expect(packageFileKind('var/lib/dpkg/status.d/base')).toBe('dpkg-status-d');
    expect(packageFileKind('var/lib/dpkg/status.d/base.md5sums')).toBe('dpkg-md5sums-d');
    expect(packageFileKind('var/lib/dpkg/info/libc6:amd64.list')).toBe('dpkg-list');
    expect(packageFileKind('var/lib/dpkg/info/libc6:amd64.md5sums')).toBeUndefined();
    expect(packageFileKind('lib/apk/db/installed')).toBe('apk-installed');
    expect(packageFileKind('app/node_modules/left-pad/package.json')).toBe('npm-package-json');
    expect(packageFileKind('app/node_modules/@scope/x/package.json')).toBe('npm-package-json');
    expect(packageFileKind('app/node_modules/left-pad/lib/package.json')).toBeUndefined();
    expect(packageFileKind('app/node_modules/.bin/package.json')).toBeUndefined();
    expect(packageFileKind('app/package.json')).toBeUndefined();
    expect(packageFileKind('usr/lib/python3/dist-packages/six-1.16.0.dist-info/METADATA')).toBe(
      'python-metadata',
    );
    expect(packageFileKind('x/six-1.16.0.dist-info/RECORD')).toBe('python-record');
    expect(packageFileKind('var/lib/rpm/rpmdb.sqlite')).toBe('rpm-db');
  });

  it('are kept reduced to what is read', () => {
    expect(reducePackageFile('npm-package-json', '{"name":"a","version":"1.0.0","description":"long"}')).toBe(
      '{"name":"a","version":"1.0.0"}',
    );
    expect(reducePackageFile('python-metadata', 'Name: six\nVersion: 1\n\nlong text\n')).toBe(
      'Name: six\nVersion: 1',
    );
    expect(reducePackageFile('python-record', 'six.py,sha256=abc,100\n"a,b.py",,\n')).toBe('six.py\na,b.py');
    expect(reducePackageFile('rpm-db', 'binary')).toBe('');
  });

  it('dpkg status: installed packages only, continuation lines joined', () => {
    expect(parseDpkgStatus(STATUS)).toEqual([
      { name: 'libfoo1', version: '1.2-3', architecture: 'amd64' },
      { name: 'tool', version: '2:4.5~rc1-1', architecture: 'all' },
    ]);
    // distroless status.d files carry no Status field
    expect(parseDpkgStatus('Package: base-files\nVersion: 12.4\n')).toEqual([
      { name: 'base-files', version: '12.4' },
    ]);
  });

  it('dpkg lists and md5sums: normalised paths', () => {
    expect(parseDpkgList('/.\n/usr\n/usr/bin/tool\n')).toEqual(['usr', 'usr/bin/tool']);
    expect(parseMd5sums('d41d8cd98f00b204e9800998ecf8427e  usr/bin/x\n')).toEqual(['usr/bin/x']);
  });

  it('apk installed db: F:/R: lines are the files', () => {
    const db =
      'C:Q1abc=\nP:musl\nV:1.2.4-r2\nA:x86_64\nF:lib\nR:ld-musl.so\nR:libc.so\n\nP:busybox\nV:1.36\nF:bin\nR:busybox\n';
    expect(parseApkInstalled(db)).toEqual([
      { name: 'musl', version: '1.2.4-r2', architecture: 'x86_64', files: ['lib/ld-musl.so', 'lib/libc.so'] },
      { name: 'busybox', version: '1.36', files: ['bin/busybox'] },
    ]);
  });

  it('python METADATA and RECORD', () => {
    expect(parsePythonMetadata('Metadata-Version: 2.1\nName: six\nVersion: 1.16.0\n')).toEqual({
      name: 'six',
      version: '1.16.0',
    });
    expect(parseRecord('six.py,sha256=x,34549\nsix.dist-info/RECORD,,\n../../bin/six,,\n')).toEqual([
      'six.py',
      'six.dist-info/RECORD',
      '../../bin/six',
    ]);
  });
});

const pf = (path: string, text: string) => ({ path, text });
const layer = (entries: LayerEntry[], packageFiles: { path: string; text: string }[] = []): PackageLayer => ({
  entries,
  packageFiles,
});

describe('the inventory of ordered layers', () => {
  it('owns files by dpkg list, apk db, RECORD and npm folder; the rest is unowned', () => {
    const inventory = imagePackages([
      layer(
        [
          file('var/lib/dpkg/status', 300),
          file('var/lib/dpkg/info/libfoo1:amd64.list', 40),
          file('var/lib/dpkg/info/tool.list', 20),
          file('usr/lib/libfoo.so.1', 1000),
          file('usr/bin/tool', 500),
          file('etc/hostname', 7),
        ],
        [
          pf('var/lib/dpkg/status', STATUS),
          pf('var/lib/dpkg/info/libfoo1:amd64.list', '/.\n/usr\n/usr/lib/libfoo.so.1\n'),
          pf('var/lib/dpkg/info/tool.list', '/usr/bin/tool\n/usr/bin/missing\n'),
        ],
      ),
      layer(
        [
          file('app/node_modules/a/package.json', 30),
          file('app/node_modules/a/index.js', 200),
          file('app/node_modules/a/node_modules/@s/b/package.json', 30),
          file('app/node_modules/a/node_modules/@s/b/b.js', 70),
          file('app/server.js', 11),
          file('site/six-1.dist-info/METADATA', 50),
          file('site/six-1.dist-info/RECORD', 60),
          file('site/six.py', 900),
          file('bin/six', 5),
        ],
        [
          pf('app/node_modules/a/package.json', '{"name":"a","version":"1.0.0"}'),
          pf('app/node_modules/a/node_modules/@s/b/package.json', '{"name":"@s/b","version":"2.0.0"}'),
          pf('site/six-1.dist-info/METADATA', 'Name: six\nVersion: 1'),
          pf(
            'site/six-1.dist-info/RECORD',
            'six.py\nsix-1.dist-info/METADATA\nsix-1.dist-info/RECORD\n../bin/six',
          ),
        ],
      ),
    ]);
    expect(inventory.packages).toEqual([
      { ecosystem: 'deb', name: 'libfoo1', version: '1.2-3', bytes: 1000, files: 1 },
      { ecosystem: 'deb', name: 'tool', version: '2:4.5~rc1-1', bytes: 500, files: 1 },
      {
        ecosystem: 'npm',
        name: '@s/b',
        version: '2.0.0',
        location: 'app/node_modules/a/node_modules/@s/b',
        bytes: 100,
        files: 2,
      },
      { ecosystem: 'npm', name: 'a', version: '1.0.0', location: 'app/node_modules/a', bytes: 230, files: 2 },
      { ecosystem: 'python', name: 'six', version: '1', location: 'site', bytes: 1015, files: 4 },
    ]);
    expect(inventory.fileBytes).toBe(
      300 + 40 + 20 + 1000 + 500 + 7 + 30 + 200 + 30 + 70 + 11 + 50 + 60 + 900 + 5,
    );
    expect(inventory.unownedBytes).toBe(300 + 40 + 20 + 7 + 11);
    expect(inventory.unowned).toEqual([
      { path: '/var/lib/dpkg', bytes: 360 },
      { path: '/app', bytes: 11 },
      { path: '/etc', bytes: 7 },
    ]);
    expect(inventory.notRead).toEqual([]);
  });

  it('reads the last layer’s database; whiteouts remove packages and their files', () => {
    const inventory = imagePackages([
      layer(
        [file('lib/apk/db/installed', 10), file('bin/a', 100), file('bin/b', 200)],
        [pf('lib/apk/db/installed', 'P:a\nV:1\nF:bin\nR:a\n\nP:b\nV:1\nF:bin\nR:b\n')],
      ),
      layer(
        [whiteout('bin/b'), file('lib/apk/db/installed', 5), file('bin/a', 150)],
        [pf('lib/apk/db/installed', 'P:a\nV:2\nF:bin\nR:a\n')],
      ),
      layer(
        [whiteout('var/lib/rpm'), file('var/lib/rpm/rpmdb.sqlite', 4096)],
        [pf('var/lib/rpm/rpmdb.sqlite', '')],
      ),
    ]);
    expect(inventory.packages).toEqual([{ ecosystem: 'apk', name: 'a', version: '2', bytes: 150, files: 1 }]);
    expect(inventory.notRead).toEqual(['rpm']);
    expect(inventory.unownedBytes).toBe(5 + 4096);
  });

  it('distroless: status.d stanzas, files from their md5sums', () => {
    const inventory = imagePackages([
      layer(
        [
          file('var/lib/dpkg/status.d/base-files', 80),
          file('var/lib/dpkg/status.d/base-files.md5sums', 90),
          file('etc/os-release', 267),
          file('usr/lib/os-release', 0),
        ],
        [
          pf(
            'var/lib/dpkg/status.d/base-files',
            'Package: base-files\nVersion: 12.4+deb12u5\nArchitecture: amd64\n',
          ),
          pf('var/lib/dpkg/status.d/base-files.md5sums', 'etc/os-release\nusr/lib/os-release'),
        ],
      ),
    ]);
    expect(inventory.packages).toEqual([
      { ecosystem: 'deb', name: 'base-files', version: '12.4+deb12u5', bytes: 267, files: 2 },
    ]);
    expect(inventory.unownedBytes).toBe(170);
  });
});
