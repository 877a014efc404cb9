import { describe, expect, it } from '@jest/globals';
import { parseDockerfile } from '../../src/lint/parse.js';

describe('parseDockerfile', () => {
  it('returns keywords and 1-based lines, tolerating BOM and CRLF', () => {
    const parsed = parseDockerfile('\uFEFFFROM busybox:1.35\r\n\r\nRUN echo hi \\\r\n  there\r\nCMD ["sh"]\r\n');
    expect(parsed.instructions.map((i) => [i.keyword, i.line, i.endLine])).toEqual([
      ['FROM', 1, 1],
      ['RUN', 3, 4],
      ['CMD', 5, 5],
    ]);
    expect(parsed.instructions[2]!.form).toBe('exec');
  });

  it('keeps heredoc bodies out of the instruction list, also with a space before a quoted delimiter', () => {
    const parsed = parseDockerfile("FROM busybox:1.35\nRUN << 'EOF'\nFROM nope\nrm -rf /x\nEOF\nCMD sh\n");
    expect(parsed.instructions.map((i) => i.keyword)).toEqual(['FROM', 'RUN', 'CMD']);
    const run = parsed.instructions[1]!;
    expect(run.heredocs).toEqual([
      expect.objectContaining({ delimiter: 'EOF', quoted: true, body: 'FROM nope\nrm -rf /x', bodyLine: 3 }),
    ]);
    expect(run.shell?.commands.map((c) => c.name)).toEqual(['FROM', 'rm']);
  });

  it('maps shell words back to the source across continuation lines and comments', () => {
    const text = 'FROM busybox:1.35\nRUN apt-get update && \\\n  # refresh\n  apt-get install -y "curl"\n';
    const parsed = parseDockerfile(text);
    const install = parsed.instructions[1]!.shell!.commands[1]!;
    expect(install.words.map((w) => text.slice(w.start, w.end))).toEqual(['apt-get', 'install', '-y', '"curl"']);
    expect(install.before).toBe('&&');
  });

  it('resolves ARG defaults in FROM and names stages', () => {
    const parsed = parseDockerfile('ARG V=1.35\nFROM busybox:${V} AS Build\nFROM build\n');
    expect(parsed.stages.map((s) => [s.name, s.resolvedImage, s.fromStage])).toEqual([
      ['build', 'busybox:1.35', false],
      [undefined, 'build', true],
    ]);
  });

  it('lints ONBUILD triggers as instructions of their own', () => {
    const parsed = parseDockerfile('FROM busybox:1.35\nONBUILD COPY --chown=1 a /b\n');
    const trigger = parsed.instructions[1]!;
    expect([trigger.keyword, trigger.onbuild, trigger.flags[0]!.name, trigger.column]).toEqual(['COPY', true, 'chown', 9]);
  });

  it('honours # escape=` and reports unknown instructions as problems', () => {
    const parsed = parseDockerfile('# escape=`\nFROM busybox:1.35\nRUN echo a `\n  b\nFOO bar\n');
    expect(parsed.escape).toBe('`');
    expect(parsed.instructions[1]!.args).toBe('echo a   b');
    expect(parsed.problems).toEqual([expect.objectContaining({ line: 5, message: 'unknown instruction FOO' })]);
  });
});
