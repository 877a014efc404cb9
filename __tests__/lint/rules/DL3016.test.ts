import { describe, expect, it } from '@jest/globals';
import { DL3016 } from '../../../src/lint/rules/DL3016.js';
import { check, positions } from './helpers.js';

describe('DL3016 npm-pin-versions', () => {
  it.each([
    'RUN npm install',
    'RUN npm ci --omit dev',
    'RUN npm install -g express@4.1.1 @scope/pkg@^1',
    'RUN npm i ./local ../other ~/x /abs pkg-1.0.0.tgz',
    'RUN npm install git+https://github.com/o/r.git#v1.0.0',
    'RUN npm run --silent install',
    'RUN npm install --registry https://r.example.com sax@0.1.1',
  ])('accepts %s', (line) => {
    expect(check(DL3016, `FROM busybox:1.35\n${line}\n`)).toEqual([]);
  });
  it('flags the unpinned packages', () => {
    const found = check(
      DL3016,
      'FROM busybox:1.35\nRUN npm install --loglevel warn sax@1 @scope/pkg git://h/r.git\n',
    );
    expect(positions(found)).toEqual([[2, 39, 2, 63]]);
    expect(found[0]!.message).toContain('@scope/pkg, git://h/r.git');
  });
});
