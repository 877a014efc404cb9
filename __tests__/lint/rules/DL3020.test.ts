import { describe, expect, it } from '@jest/globals';
import { DL3020 } from '../../../src/lint/rules/DL3020.js';
import { check, positions } from './helpers.js';
import { expectFix, expectNoFix } from './fix-assertions.js';

const FROM = 'FROM busybox:1.35\n';

describe('DL3020 copy-not-add', () => {
  it.each([
    'ADD app.tar.gz /srv/',
    'ADD "file.tgz" /srv/',
    'ADD https://example.com/x /srv/',
    'ADD --checksum=sha256:0 https://example.com/x.bin /srv/',
    'ADD git@github.com:o/r.git /src',
    'COPY app.js /srv/',
  ])('accepts %s', (line) => {
    expect(check(DL3020, `${FROM}${line}\n`)).toEqual([]);
  });
  it('flags the ADD keyword', () => {
    const found = check(DL3020, `${FROM}ADD "file.zip" /srv/\n`);
    expect(positions(found)).toEqual([[2, 1, 2, 4]]);
    expect(found[0]!.message).toContain('"file.zip"');
  });
  it('fixes plain files by replacing the keyword only', () => {
    expectFix(DL3020, `${FROM}ADD --chown=app:app src/ /srv/\n`, `${FROM}COPY --chown=app:app src/ /srv/\n`);
    expectFix(DL3020, `${FROM}ONBUILD ADD ["a b", "/srv/"]\n`, `${FROM}ONBUILD COPY ["a b", "/srv/"]\n`);
  });
  it.each([
    ['an archive is among the sources', 'ADD app.tar conf/ /srv/'],
    ['a source is a variable', 'ADD $SRC /srv/'],
  ])('does not fix when %s', (_why, line) => {
    expectNoFix(DL3020, `${FROM}${line}\n`);
  });
});
