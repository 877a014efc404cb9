import { describe, expect, it } from '@jest/globals';
import { DL3025 } from '../../../src/lint/rules/DL3025.js';
import { check, positions } from './helpers.js';
import { expectFix, expectNoFix } from './fix-assertions.js';

const FROM = 'FROM busybox:1.35\n';

describe('DL3025 exec-form-cmd', () => {
  it.each([
    'CMD ["node", "server.js"]',
    'ENTRYPOINT [ "tini", "--" ]',
    'HEALTHCHECK CMD ["wget", "-q", "localhost"]',
    'HEALTHCHECK NONE',
    'CMD [ "/bin/sh", "-c", \\\n  "echo a && \\\n   echo b" \\\n ]',
  ])('accepts %j', (line) => {
    expect(check(DL3025, `${FROM}${line}\n`)).toEqual([]);
  });
  it('flags the shell-form command', () => {
    const found = check(DL3025, `${FROM}HEALTHCHECK --interval=5s CMD wget -q localhost || exit 1\n`);
    expect(positions(found)).toEqual([[2, 31, 2, 58]]);
    expect(found[0]!.fix).toBeUndefined();
  });
  it('fixes a plain command into JSON', () => {
    expectFix(
      DL3025,
      `${FROM}CMD node server.js --port=80\n`,
      `${FROM}CMD ["node", "server.js", "--port=80"]\n`,
    );
    expectFix(DL3025, `${FROM}HEALTHCHECK CMD kong health\n`, `${FROM}HEALTHCHECK CMD ["kong", "health"]\n`);
    expectFix(DL3025, `${FROM}ENTRYPOINT /app/run\n`, `${FROM}ENTRYPOINT ["/app/run"]\n`);
    // a CMD in an unrelated stage does not matter
    expectFix(
      DL3025,
      `${FROM}ENTRYPOINT /app/run\nFROM busybox:1.35\nCMD ["-v"]\n`,
      `${FROM}ENTRYPOINT ["/app/run"]\nFROM busybox:1.35\nCMD ["-v"]\n`,
    );
  });
  it.each([
    ['a variable', 'CMD node $APP'],
    ['an operator', 'CMD a && b'],
    ['quotes', 'CMD echo "hi there"'],
    ['a glob', 'CMD cat *.log'],
    ['a redirection', 'CMD run >/dev/null'],
    ['a shell builtin', 'CMD exec node app.js'],
    ['an assignment', 'CMD FOO=1 node app.js'],
    ['a SHELL override', 'SHELL ["/bin/bash", "-c"]\nCMD node app.js'],
    ['an ENTRYPOINT that a later CMD would feed', 'ENTRYPOINT app\nCMD ["--help"]'],
    ['a CMD next to an ENTRYPOINT', 'ENTRYPOINT ["tini", "--"]\nCMD node app.js'],
    ['several lines', 'CMD node \\\n  app.js'],
    [
      'an ENTRYPOINT in the stage it builds on',
      'FROM busybox:1.35 AS b\nENTRYPOINT ["tini", "--"]\nFROM b\nCMD node app.js',
    ],
    ['a CMD in a stage built on it', 'FROM busybox:1.35 AS b\nENTRYPOINT app\nFROM b\nCMD ["-v"]'],
  ])('does not fix with %s', (_why, body) => {
    expectNoFix(DL3025, `${FROM}${body}\n`);
  });
});
