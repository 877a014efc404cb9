import { describe, expect, it } from '@jest/globals';
import { parseDockerfile } from '../../src/lint/parse.js';

describe('parseDockerfile', () => {
  it('returns keywords and 1-based lines, tolerating BOM and CRLF', () => {
    const parsed = parseDockerfile('\uFEFFFROM busybox:1.35\r\n\r\nRUN echo hi \\\r\n  there\r\nCMD ["sh"]\r\n');
    expect(parsed.map((i) => [i.keyword, i.line])).toEqual([
      ['FROM', 1],
      ['RUN', 3],
      ['CMD', 5],
    ]);
  });
});
