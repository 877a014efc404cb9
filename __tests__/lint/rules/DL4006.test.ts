import { describe, expect, it } from '@jest/globals';
import { DL4006 } from '../../../src/lint/rules/DL4006.js';
import { check, positions } from './helpers.js';

describe('DL4006 pipefail', () => {
  it.each(
    ['RUN wget -O - https://x | wc -l', 'RUN set -o pipefail && wget -O - https://x | wc -l'].map((run, i) =>
      i === 0 ? `SHELL ["/bin/bash", "-eo", "pipefail", "-c"]\n${run}` : run,
    ),
  )('accepts %s', (body) => {
    expect(check(DL4006, `FROM debian\n${body}\n`)).toEqual([]);
  });

  it.each([
    'SHELL ["/usr/local/bin/zsh", "-o", "pipefail", "-c"]',
    'SHELL ["pwsh", "-c"]',
    'SHELL ["cmd.exe", "/c"]',
  ])('accepts pipes after %s', (shell) => {
    expect(check(DL4006, `FROM debian\n${shell}\nRUN a | b\n`)).toEqual([]);
  });

  it('flags the whole pipeline and suggests a SHELL line, never a fix', () => {
    const found = check(DL4006, 'FROM debian\nRUN cd /x && curl -fsS https://x | tar -xz | sort && ls\n');
    expect(positions(found)).toEqual([[2, 14, 2, 50]]);
    expect(found[0]!.fix).toBeUndefined();
    expect(found[0]!.suggestion).toBe('SHELL ["/bin/bash", "-o", "pipefail", "-c"]');
  });

  it('suggests ash on busybox and alpine images', () => {
    expect(check(DL4006, 'FROM busybox:1.35\nRUN a | b\n')[0]!.suggestion).toBe(
      'SHELL ["/bin/ash", "-eo", "pipefail", "-c"]',
    );
  });

  it('resets per stage unless the stage builds on one that set it, and sh does not count', () => {
    const inherits = 'FROM debian AS a\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM a\nRUN a | b\n';
    expect(check(DL4006, inherits)).toEqual([]);
    const fresh = 'FROM debian AS a\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM debian\nRUN a | b\n';
    expect(positions(check(DL4006, fresh))).toEqual([[4, 5, 4, 10]]);
    expect(check(DL4006, 'FROM debian\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\nRUN a | b\n')).toHaveLength(
      1,
    );
  });
});
