import { describe, expect, it } from '@jest/globals';
import { DL3010 } from '../../../src/lint/rules/DL3010.js';
import { check, positions } from './helpers.js';

const FROM = 'FROM busybox:1.35\n';

describe('DL3010 add-to-extract-archives', () => {
  it.each([
    'COPY app.tar /srv/\n',
    'COPY package.json /srv/\nRUN tar -xf package.json\n',
    'COPY --from=build /out/app.tar /srv/app.tar\nRUN tar -xf /srv/app.tar\n',
    'COPY app.tar /srv/\nRUN tar -cf /srv/app.tar /etc\n',
    'COPY app.tar /srv/\nFROM busybox:1.35\nRUN tar -xf /srv/app.tar\n',
  ])('accepts %j', (body) => {
    expect(check(DL3010, `${FROM}${body}`)).toEqual([]);
  });
  it('flags tar -x of the copied archive by its full path', () => {
    const found = check(DL3010, `${FROM}COPY app.tar.gz /srv\nRUN tar -xzf /srv/app.tar.gz -C /srv\n`);
    expect(positions(found)).toEqual([[3, 5, 3, 37]]);
    expect(found[0]!.suggestion).toBe('ADD app.tar.gz <directory>/');
  });
  it('flags old-style options and the file name alone', () => {
    const found = check(
      DL3010,
      `${FROM}COPY dist/app.tgz /srv/\nWORKDIR /srv\nRUN echo go && tar xzf app.tgz\n`,
    );
    expect(positions(found)).toEqual([[4, 16, 4, 31]]);
  });
  it('flags a copy to a file name', () => {
    expect(positions(check(DL3010, `${FROM}COPY a/b.tar /b.tar\nRUN tar --extract --file=/b.tar\n`))).toEqual(
      [[3, 5, 3, 32]],
    );
  });
});
