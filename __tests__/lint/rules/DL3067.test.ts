import { describe, expect, it } from '@jest/globals';
import { DL3067 } from '../../../src/lint/rules/DL3067.js';
import { check, positions } from './helpers.js';

describe('DL3067 copy-whole-filesystem', () => {
  it.each(['COPY / /', 'COPY --from=build /app /', 'COPY --from=build / /app', 'COPY --from=build /a /b /'])(
    'accepts %s',
    (line) => {
      expect(check(DL3067, `FROM debian\n${line}\n`)).toEqual([]);
    },
  );

  it.each([
    ['COPY --from=build / /', [[2, 19, 2, 22]]],
    ['COPY --from=build "/" "/"', [[2, 19, 2, 26]]],
    ['COPY --link --from=build / /', [[2, 26, 2, 29]]],
  ])('flags %s', (line, expected) => {
    expect(positions(check(DL3067, `FROM debian\n${line}\n`))).toEqual(expected);
  });
});
