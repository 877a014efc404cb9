import { describe, expect, it } from '@jest/globals';
import { ExposeInvalidFormat } from '../../../src/lint/rules/ExposeInvalidFormat.js';
import { check } from './helpers.js';

describe('ExposeInvalidFormat', () => {
  it('reports host ports and addresses', () => {
    expect(
      check(ExposeInvalidFormat, 'FROM alpine:3.20\nEXPOSE 8080:80 80\n').map((f) => [f.line, f.message]),
    ).toEqual([
      [2, "EXPOSE instruction should not define an IP address or host-port mapping, found '8080:80'"],
    ]);
  });
});
