import { describe, expect, it } from '@jest/globals';
import { DL3000 } from '../../../src/lint/rules/DL3000.js';
import { check, positions } from './helpers.js';

describe('DL3000 workdir-absolute', () => {
  it.each(['WORKDIR /app', 'WORKDIR $HOME/app', 'WORKDIR ${APP}', 'WORKDIR C:\\\\app', 'WORKDIR "/my app"'])(
    'accepts %s',
    (line) => {
      expect(check(DL3000, `FROM busybox:1.35\n${line}\n`)).toEqual([]);
    },
  );
  it('flags a relative path on its word', () => {
    const found = check(DL3000, 'FROM busybox:1.35\nWORKDIR  app\n');
    expect(positions(found)).toEqual([[2, 10, 2, 13]]);
    expect(found[0]!.message).toContain('"app"');
  });
});
