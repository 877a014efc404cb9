import { describe, expect, it } from '@jest/globals';
import { IB104 } from '../../../src/lint/rules/IB104.js';
import { applyFix, check, positions } from './helpers.js';

describe('IB104 apk-virtual-not-deleted', () => {
  it.each([
    'FROM alpine:3.20\nRUN apk add --no-cache --virtual .build gcc && make && apk del .build\n',
    'FROM alpine:3.20\nRUN apk add --no-cache -t .build gcc && make && apk del --no-network .build\n',
    'FROM alpine:3.20\nRUN apk add --no-cache --virtual .app-rundeps libssl3\n',
    'FROM alpine:3.20\nRUN apk add --no-network --virtual .httpd-so-deps $deps\n',
  ])('accepts %j', (text) => {
    expect(check(IB104, text)).toEqual([]);
  });

  it('flags a virtual package that is never deleted', () => {
    const found = check(IB104, 'FROM alpine:3.20\nRUN apk add --no-cache --virtual .build gcc && make\n');
    expect(positions(found)).toEqual([[2, 24, 2, 40]]);
    expect(found[0]!.fix).toBeUndefined();
  });

  it('merges the RUN that deletes it later', () => {
    const text =
      'FROM alpine:3.20\nRUN apk add --no-cache --virtual=.build gcc\nRUN make\nRUN apk del .build\n';
    const found = check(IB104, text);
    expect(positions(found)).toEqual([[2, 24, 2, 40]]);
    const fixed = applyFix(text, found[0]!);
    expect(fixed).toBe(
      'FROM alpine:3.20\nRUN apk add --no-cache --virtual=.build gcc \\\n    && make \\\n    && apk del .build\n',
    );
    expect(check(IB104, fixed)).toEqual([]);
  });
});
