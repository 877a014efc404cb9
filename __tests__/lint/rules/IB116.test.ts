import { describe, expect, it } from '@jest/globals';
import { IB116 } from '../../../src/lint/rules/IB116.js';
import { applyFix, check, positions } from './helpers.js';

describe('IB116 consecutive-runs', () => {
  it.each([
    ['a USER between', 'FROM busybox:1.35\nRUN echo a\nUSER nobody\nRUN echo b\n'],
    ['a flag', 'FROM busybox:1.35\nRUN echo a\nRUN --network=none echo b\n'],
    ['exec form', 'FROM busybox:1.35\nRUN echo a\nRUN ["echo", "b"]\n'],
    ['a heredoc', 'FROM busybox:1.35\nRUN echo a\nRUN <<EOT\necho b\nEOT\n'],
    ['cd carried over', 'FROM busybox:1.35\nRUN cd /tmp\nRUN touch x\n'],
    ['set -e carried over', 'FROM busybox:1.35\nRUN set -e\nRUN false; echo b\n'],
    ['export carried over', 'FROM busybox:1.35\nRUN export A=1\nRUN echo $A\n'],
    ['a ;-list after the first', 'FROM busybox:1.35\nRUN echo a\nRUN false; echo b\n'],
    ['a trailing comment', 'FROM busybox:1.35\nRUN echo a # note\nRUN echo b\n'],
    ['a background job', 'FROM busybox:1.35\nRUN sleep 1 & echo a\nRUN echo b\n'],
    ['a custom SHELL', 'FROM busybox:1.35\nSHELL ["/bin/bash", "-c"]\nRUN echo a\nRUN echo b\n'],
    ['different stages', 'FROM busybox:1.35\nRUN echo a\nFROM busybox:1.35\nRUN echo b\n'],
    ['an ignore pragma', 'FROM busybox:1.35\nRUN echo a\n# hadolint ignore=DL3008\nRUN echo b\n'],
  ])('does not merge across %s', (_name, text) => {
    expect(check(IB116, text)).toEqual([]);
  });

  it('merges a chain, keeping comments and each command on its own line', () => {
    const text =
      'FROM busybox:1.35\nRUN echo a \\\n  && echo b\n# then c\nRUN echo c\n\nRUN (cd /tmp && echo d)\n';
    const found = check(IB116, text);
    expect(positions(found)).toEqual([[5, 1, 5, 4]]);
    expect(found[0]!.message).toBe(
      'The RUNs at lines 2, 5, 7 can be one RUN: each RUN adds a layer and a build step.',
    );
    const fixed = applyFix(text, found[0]!);
    expect(fixed).toBe(
      'FROM busybox:1.35\nRUN echo a \\\n  && echo b \\\n# then c\n  && echo c \\\n  && (cd /tmp && echo d)\n',
    );
    expect(check(IB116, fixed)).toEqual([]);
  });

  it('allows a ;-list as the first RUN and state changes in the last', () => {
    const text = 'FROM busybox:1.35\nRUN echo a; echo b\nRUN cd /tmp && echo c\n';
    const found = check(IB116, text);
    expect(applyFix(text, found[0]!)).toBe(
      'FROM busybox:1.35\nRUN echo a; echo b \\\n    && cd /tmp && echo c\n',
    );
  });

  it('uses the backtick escape when the file declares it', () => {
    const text = '# escape=`\nFROM busybox:1.35\nRUN echo a\nRUN echo b\n';
    const found = check(IB116, text);
    expect(applyFix(text, found[0]!)).toBe('# escape=`\nFROM busybox:1.35\nRUN echo a `\n    && echo b\n');
  });

  it('does not treat an if-block or a subshell cd as carried state', () => {
    const text =
      'FROM busybox:1.35\nRUN if [ -f /x ]; then echo y; fi\nRUN (cd /tmp && echo z)\nRUN echo w\n';
    expect(check(IB116, text)).toHaveLength(1);
    const fixed = applyFix(text, check(IB116, text)[0]!);
    expect(fixed).toBe(
      'FROM busybox:1.35\nRUN if [ -f /x ]; then echo y; fi \\\n    && (cd /tmp && echo z) \\\n    && echo w\n',
    );
  });
});
