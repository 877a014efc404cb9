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
});
