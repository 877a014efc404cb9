import { describe, expect, it } from '@jest/globals';
import { DL3046 } from '../../../src/lint/rules/DL3046.js';
import { applyFix, check, positions } from './helpers.js';

describe('DL3046 useradd-no-log-init', () => {
  it.each([
    'RUN useradd app',
    'RUN useradd -u 12345 app',
    'RUN useradd -l -u 123456 app',
    'RUN useradd --no-log-init --uid=123456 app',
  ])('accepts %s', (line) => {
    expect(check(DL3046, `FROM debian\n${line}\n`)).toEqual([]);
  });

  it('flags a large UID without -l and adds -l after useradd', () => {
    const text = 'FROM debian\nRUN useradd --uid 1000000 -m app\n';
    const found = check(DL3046, text);
    expect(positions(found)).toEqual([[2, 5, 2, 33]]);
    const fixed = applyFix(text, found[0]!);
    expect(fixed).toBe('FROM debian\nRUN useradd -l --uid 1000000 -m app\n');
    expect(check(DL3046, fixed)).toEqual([]);
  });
});
