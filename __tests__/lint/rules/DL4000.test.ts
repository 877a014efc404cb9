import { describe, expect, it } from '@jest/globals';
import { DL4000 } from '../../../src/lint/rules/DL4000.js';
import { applyFix, check, positions } from './helpers.js';

describe('DL4000 maintainer-deprecated', () => {
  it('accepts a maintainer label', () => {
    expect(check(DL4000, 'FROM debian:bookworm-slim\nLABEL maintainer="a@b.c"\n')).toEqual([]);
  });

  it('flags MAINTAINER and replaces it with a label', () => {
    const text = 'FROM debian:bookworm-slim\nMAINTAINER Jane Doe <jane@example.com>\nRUN true\n';
    const found = check(DL4000, text);
    expect(positions(found)).toEqual([[2, 1, 2, 39]]);
    const fixed = applyFix(text, found[0]!);
    expect(fixed).toBe(
      'FROM debian:bookworm-slim\nLABEL maintainer="Jane Doe <jane@example.com>"\nRUN true\n',
    );
    expect(check(DL4000, fixed)).toEqual([]);
  });

  it('keeps quotes balanced when the name is quoted or contains quotes', () => {
    const quoted = 'MAINTAINER "Jane Doe"\nFROM scratch\n';
    expect(applyFix(quoted, check(DL4000, quoted)[0]!)).toBe('LABEL maintainer="Jane Doe"\nFROM scratch\n');
    const inner = 'FROM scratch\nMAINTAINER Jane "JD" Doe\n';
    expect(applyFix(inner, check(DL4000, inner)[0]!)).toBe(
      'FROM scratch\nLABEL maintainer="Jane \\"JD\\" Doe"\n',
    );
  });
});
