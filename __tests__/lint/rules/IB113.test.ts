import { describe, expect, it } from '@jest/globals';
import { IB113 } from '../../../src/lint/rules/IB113.js';
import { check, positions } from './helpers.js';

describe('IB113 add-url-no-checksum', () => {
  it.each([
    'ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://e.test/a.tgz /a.tgz',
    'ADD app.tgz /app/',
    'COPY https.txt /x',
  ])('accepts %s', (line) => {
    expect(check(IB113, `FROM busybox:1.35\n${line}\n`)).toEqual([]);
  });

  it('flags the URL', () => {
    const found = check(IB113, 'FROM busybox:1.35\nADD https://e.test/a.tgz /a.tgz\n');
    expect(positions(found)).toEqual([[2, 5, 2, 25]]);
    expect(found[0]!.suggestion).toBe('ADD --checksum=sha256:<digest> https://e.test/a.tgz /a.tgz');
  });

  it.each([
    'ADD https://github.com/moby/moby.git#0123456789abcdef0123456789abcdef01234567 /src',
    'ADD https://github.com/x/y.git?commit=0123456789abcdef0123456789abcdef01234567&keep-git-dir=1 /src',
  ])('accepts a Git source pinned to a commit: %s', (line) => {
    expect(check(IB113, `FROM busybox:1.35\n${line}\n`)).toEqual([]);
  });

  it('reads the commit from an ARG default', () => {
    const text =
      'FROM busybox:1.35\nARG UTIL_COMMIT=0123456789abcdef0123456789abcdef01234567\nADD https://github.com/x/util.git?commit=${UTIL_COMMIT} /src\n';
    expect(check(IB113, text)).toEqual([]);
  });

  it('asks a Git source at a branch or tag to pin the commit (no --checksum advice)', () => {
    const found = check(IB113, 'FROM busybox:1.35\nADD https://github.com/x/y.git#v1.2.3 /src\n');
    expect(positions(found)).toEqual([[2, 5, 2, 38]]);
    expect(found[0]!.message).toMatch(/pin the commit/);
    expect(found[0]!.suggestion).toBeUndefined();
  });
});
