import { describe, expect, it } from '@jest/globals';
import { DL3026 } from '../../../src/lint/rules/DL3026.js';
import { check, positions } from './helpers.js';

const trusted = (...trustedRegistries: string[]): { trustedRegistries: string[] } => ({ trustedRegistries });

describe('DL3026 trusted-registry', () => {
  it('is off without trusted registries', () => {
    expect(check(DL3026, 'FROM random.com/debian:12\n')).toEqual([]);
  });
  it.each([
    ['FROM ubuntu:24.04\nFROM o/ubuntu:1\nFROM docker.io/o/ubuntu:1\n', ['docker.io']],
    ['FROM foo.random.com/debian:12\n', ['x.com', '*.random.com']],
    ['FROM scratch\nFROM random.com/a:1 AS b\nFROM b\nCOPY --from=b /a /a\n', ['random.com']],
    ['ARG REG=ok.io\nFROM ${REG}/img:1\n', ['ok.io']],
    ['FROM anything.example/x:1\n', ['*']],
    [
      'FROM busybox:1.35\nRUN --mount=type=bind,from=trusted.com/i:1,target=/x true\n',
      ['docker.io', 'trusted.com'],
    ],
  ])('accepts %j with %j', (text, registries) => {
    expect(check(DL3026, text, trusted(...registries))).toEqual([]);
  });
  it('flags FROM, COPY --from and RUN --mount from= images', () => {
    const text =
      'FROM ubuntu:24.04\nCOPY --from=bad.io/r/i:1 /a /a\nRUN --mount=type=cache,from=bad.io/c:1,target=/c true\n';
    const found = check(DL3026, text, trusted('trusted.com'));
    expect(positions(found)).toEqual([
      [1, 6, 1, 18],
      [2, 6, 2, 25],
      [3, 5, 3, 49],
    ]);
    expect(found[0]!.message).toContain('"docker.io"');
  });
});
