import { describe, expect, it } from '@jest/globals';
import { DL3003 } from '../../../src/lint/rules/DL3003.js';
import { check, positions } from './helpers.js';

describe('DL3003 use-workdir', () => {
  it.each(['WORKDIR /opt', 'RUN echo cd', 'RUN make -C /src'])('accepts %s', (line) => {
    expect(check(DL3003, `FROM busybox:1.35\n${line}\n`)).toEqual([]);
  });
  it('flags cd as a command, in a continuation too', () => {
    const found = check(DL3003, 'FROM busybox:1.35\nRUN true \\\n  && cd /opt && make\n');
    expect(positions(found)).toEqual([[3, 6, 3, 13]]);
  });
});
