import { describe, expect, it } from '@jest/globals';
import { IB102 } from '../../../src/lint/rules/IB102.js';
import { applyFix, check, positions } from './helpers.js';

describe('IB102 apt-update-separate', () => {
  it.each([
    'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y curl\n',
    'FROM debian:bookworm-slim\nRUN apt-get update\n',
    'FROM debian:bookworm-slim\nRUN apt-get update\nFROM debian:bookworm-slim\nRUN apt-get install -y curl\n',
  ])('accepts %j', (text) => {
    expect(check(IB102, text)).toEqual([]);
  });

  it('flags the update and joins it with the install', () => {
    const text =
      'FROM debian:bookworm-slim\nRUN apt-get -q update\nRUN apt-get install -y --no-install-recommends curl\n';
    const found = check(IB102, text);
    expect(positions(found)).toEqual([[2, 5, 2, 22]]);
    const fixed = applyFix(text, found[0]!);
    expect(fixed).toBe(
      'FROM debian:bookworm-slim\nRUN apt-get -q update \\\n    && apt-get install -y --no-install-recommends curl\n',
    );
    expect(check(IB102, fixed)).toEqual([]);
  });

  it('says why it cannot join', () => {
    const found = check(
      IB102,
      'FROM debian:bookworm-slim\nRUN apt-get update\nUSER app\nRUN apt-get install -y curl\n',
    );
    expect(found[0]!.fix).toBeUndefined();
    expect(found[0]!.message).toContain('Not merged automatically: USER at line 3 lies between them.');
  });
});
