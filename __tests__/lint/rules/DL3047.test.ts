import { describe, expect, it } from '@jest/globals';
import { DL3047 } from '../../../src/lint/rules/DL3047.js';
import { applyFix, check, positions } from './helpers.js';

describe('DL3047 wget-progress', () => {
  it.each([
    'RUN wget --progress=dot:giga https://example.com/a.tgz',
    'RUN wget -q https://example.com/a.tgz',
    'RUN wget -qO- https://example.com/a.tgz',
    'RUN wget -nv https://example.com/a.tgz',
    'RUN wget -o /tmp/log https://example.com/a.tgz',
    'RUN wget --append-output=/tmp/log https://example.com/a.tgz',
    'RUN powershell -Command Sleep 2 ; wget -Uri https://example.com/a.exe -OutFile C:\\a.exe',
  ])('accepts %s', (line) => {
    expect(check(DL3047, `FROM debian:bookworm-slim\n${line}\n`)).toEqual([]);
  });

  it('flags the command and adds -nv after wget', () => {
    const text = 'FROM debian:bookworm-slim\nRUN wget -O /a.tgz https://example.com/a.tgz\n';
    const found = check(DL3047, text);
    expect(positions(found)).toEqual([[2, 5, 2, 45]]);
    const fixed = applyFix(text, found[0]!);
    expect(fixed).toBe('FROM debian:bookworm-slim\nRUN wget -nv -O /a.tgz https://example.com/a.tgz\n');
    expect(check(DL3047, fixed)).toEqual([]);
  });

  // the same fix on every base: an image built on busybox or alpine need not say so in its name
  it.each(['busybox:1.35', 'alpine:3.20', 'mycompany/base:1.2'])('fixes with -nv on %s', (image) => {
    const text = `FROM ${image}\nRUN wget https://example.com/a.tgz\n`;
    const found = check(DL3047, text);
    expect(found).toHaveLength(1);
    expect(applyFix(text, found[0]!)).toBe(`FROM ${image}\nRUN wget -nv https://example.com/a.tgz\n`);
  });
});
