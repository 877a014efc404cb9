import { describe, expect, it } from '@jest/globals';
import { IB112 } from '../../../src/lint/rules/IB112.js';
import { check, positions } from './helpers.js';

describe('IB112 curl-pipe-shell', () => {
  it.each([
    'RUN curl -fsSL https://e.test/i.sh -o /tmp/i.sh && echo "abc  /tmp/i.sh" | sha256sum -c - && sh /tmp/i.sh',
    'RUN curl -fsSL https://e.test/i.sh | tee /tmp/i.sh',
  ])('accepts %s', (line) => {
    expect(check(IB112, `FROM busybox:1.35\n${line}\n`)).toEqual([]);
  });

  it.each([
    ['RUN curl -fsSL https://e.test/i.sh | sh', [2, 5, 2, 40]],
    ['RUN wget -qO- https://e.test/i.sh | sudo bash -s -- -y', [2, 5, 2, 55]],
    ['RUN bash -c "$(curl -fsSL https://e.test/i.sh)"', [2, 5, 2, 48]],
    // a check after the pipe comes too late: the script has already run
    ['RUN curl -fsSL https://e.test/i.sh | sh && gpg --verify x.sig x', [2, 5, 2, 40]],
    ['RUN curl -fsSL https://e.test/i.sh | sh && echo "abc  f" | sha256sum -c -', [2, 5, 2, 40]],
  ])('flags %s', (line, position) => {
    expect(positions(check(IB112, `FROM busybox:1.35\n${line}\n`))).toEqual([position]);
  });
});
