import { describe, expect, it } from '@jest/globals';
import { IB103 } from '../../../src/lint/rules/IB103.js';
import { applyFix, check, positions } from './helpers.js';

describe('IB103 cleanup-in-later-layer', () => {
  it.each([
    [
      'cleanup in the same RUN',
      'FROM debian\nRUN apt-get update && apt-get install -y x && rm -rf /var/lib/apt/lists/*\n',
    ],
    [
      'a RUN that fills its own cache',
      'FROM debian\nRUN apt-get update\nRUN apt-get update && apt-get install -y x && rm -rf /var/lib/apt/lists/*\n',
    ],
    ['nothing filled it', 'FROM debian\nRUN rm -rf /var/lib/apt/lists/*\n'],
  ])('accepts %s', (_name, text) => {
    expect(check(IB103, text)).toEqual([]);
  });

  it('moves the cleanup into the RUN that filled the lists and drops the emptied RUN', () => {
    const text =
      'FROM debian\nRUN apt-get update \\\n && apt-get install -y curl\nRUN apt-get clean && rm -rf /var/lib/apt/lists/*\nCMD ["sh"]\n';
    const found = check(IB103, text);
    expect(positions(found)).toEqual([[4, 5, 4, 49]]);
    const fixed = applyFix(text, found[0]!);
    expect(fixed).toBe(
      'FROM debian\nRUN apt-get update \\\n && apt-get install -y curl \\\n && apt-get clean && rm -rf /var/lib/apt/lists/*\nCMD ["sh"]\n',
    );
    expect(check(IB103, fixed)).toEqual([]);
  });

  it('removes only the cleanup step from a RUN that does more', () => {
    const text = 'FROM python:3.12\nRUN pip install flask\nRUN echo done && rm -rf /root/.cache/pip\n';
    const found = check(IB103, text);
    expect(positions(found)).toEqual([[3, 18, 3, 41]]);
    const fixed = applyFix(text, found[0]!);
    expect(fixed).toBe(
      'FROM python:3.12\nRUN pip install flask \\\n    && rm -rf /root/.cache/pip\nRUN echo done\n',
    );
    expect(check(IB103, fixed)).toEqual([]);
  });

  it('does not move the cleanup before a command that still needs the lists', () => {
    const text =
      'FROM debian\nRUN apt-get update\nRUN apt-get install -y x\nRUN rm -rf /var/lib/apt/lists/*\n';
    const found = check(IB103, text);
    expect(found).toHaveLength(1);
    expect(found[0]!.fix).toBeUndefined();
    expect(found[0]!.message).toContain('`apt-get` at line 3 still needs the cache');
  });

  it('keeps a cleanup inside an if block', () => {
    const text = 'FROM debian\nRUN apt-get update\nRUN if true; then rm -rf /var/lib/apt/lists/*; fi\n';
    const found = check(IB103, text);
    expect(found[0]!.fix).toBeUndefined();
  });

  it('leaves builder stages alone: only what is copied out of them ships', () => {
    const text =
      'FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nRUN rm -rf /var/lib/apt/lists/*\nFROM scratch\nCOPY --from=build / /\n';
    expect(check(IB103, text)).toEqual([]);
    // the same RUNs in the final stage are reported
    expect(check(IB103, text.replace(' AS build', '').split('FROM scratch')[0]!)).toHaveLength(1);
  });
});
