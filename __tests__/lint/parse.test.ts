import { describe, expect, it } from '@jest/globals';
import { decodeDockerfile, parseDockerfile } from '../../src/dockerfile/parse.js';

describe('parseDockerfile', () => {
  it('returns keywords and 1-based lines, tolerating BOM and CRLF', () => {
    const parsed = parseDockerfile(
      '\uFEFFFROM busybox:1.35\r\n\r\nRUN echo hi \\\r\n  there\r\nCMD ["sh"]\r\n',
    );
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
    expect(install.words.map((w) => text.slice(w.start, w.end))).toEqual([
      'apt-get',
      'install',
      '-y',
      '"curl"',
    ]);
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
    expect([trigger.keyword, trigger.onbuild, trigger.flags[0]!.name, trigger.column]).toEqual([
      'COPY',
      true,
      'chown',
      9,
    ]);
  });

  it('honours # escape=` and reports unknown instructions as problems', () => {
    const parsed = parseDockerfile('# escape=`\nFROM busybox:1.35\nRUN echo a `\n  b\nFOO bar\n');
    expect(parsed.escape).toBe('`');
    expect(parsed.instructions[1]!.args).toBe('echo a   b');
    expect(parsed.problems).toEqual([
      expect.objectContaining({ line: 5, message: 'unknown instruction FOO' }),
    ]);
  });
});

describe('parseDockerfile quirks', () => {
  it('reports a FROM with more than `image [AS name]` as the builder does: `#` after the image is no comment', () => {
    // Docker 20.10: "dockerfile parse error line 1: FROM requires either one or three arguments"
    const problems = (text: string): [number, string][] =>
      parseDockerfile(text).problems.map((p) => [p.line, p.message]);
    expect(problems('FROM busybox:1.35 # text\nRUN true\n')).toEqual([
      [
        1,
        'FROM takes an image and an optional `AS name`, and `#` starts a comment only at the start of a line: move the comment to a line of its own',
      ],
    ]);
    expect(problems('FROM busybox:1.35\nFROM busybox:1.35 AS b # c\n').map(([line]) => line)).toEqual([2]);
    expect(problems('FROM a b\n')[0]![1]).toMatch(/FROM requires either one or three arguments/);
    for (const ok of ['FROM a\n', 'FROM --platform=$P a as b\n', 'FROM ${IMAGE} AS b\n', '# c\nFROM a\n'])
      expect(problems(ok)).toEqual([]);
  });

  it('reads <<-EOF (tabs stripped), "EOF" quoted and several heredocs in one instruction', () => {
    const text =
      'FROM busybox:1.35\nCOPY <<a.txt <<"b.txt" /dst/\none\na.txt\ntwo\nb.txt\nRUN <<-EOF\n\techo hi\n\tEOF\nCMD ["sh"]\n';
    const parsed = parseDockerfile(text);
    expect(parsed.instructions.map((i) => [i.keyword, i.line, i.endLine])).toEqual([
      ['FROM', 1, 1],
      ['COPY', 2, 6],
      ['RUN', 7, 9],
      ['CMD', 10, 10],
    ]);
    const copy = parsed.instructions[1]!;
    expect(copy.args).toBe('<<a.txt <<"b.txt" /dst/');
    expect(copy.heredocs.map((h) => [h.delimiter, h.quoted, h.body, h.bodyLine])).toEqual([
      ['a.txt', false, 'one', 3],
      ['b.txt', true, 'two', 5],
    ]);
    const run = parsed.instructions[2]!;
    expect([run.heredocs[0]!.stripTabs, run.shell?.commands[0]?.name]).toEqual([true, 'echo']);
    expect(parsed.problems).toEqual([]);
  });

  it('does not take <<EOF inside quotes or a <<< here-string for a heredoc', () => {
    const parsed = parseDockerfile('FROM busybox:1.35\nRUN echo "<<EOF" && cat <<<"x"\nCMD sh\n');
    expect(parsed.instructions.map((i) => i.keyword)).toEqual(['FROM', 'RUN', 'CMD']);
    expect(parsed.instructions[1]!.heredocs).toEqual([]);
  });

  it('reports a heredoc that never ends', () => {
    const parsed = parseDockerfile('FROM busybox:1.35\nRUN <<EOF\necho hi\n');
    expect(parsed.problems).toEqual([
      expect.objectContaining({ line: 2, message: 'heredoc <<EOF is never terminated' }),
    ]);
  });

  it('reads flags in any order: COPY --chown before --from', () => {
    const parsed = parseDockerfile(
      'FROM busybox:1.35 AS b\nFROM busybox:1.35\nCOPY --chown=1:1 --link --from=b /a /b\n',
    );
    const copy = parsed.instructions[2]!;
    expect(copy.flags.map((f) => [f.name, f.value])).toEqual([
      ['chown', '1:1'],
      ['link', null],
      ['from', 'b'],
    ]);
    expect(copy.words.map((w) => w.value)).toEqual(['/a', '/b']);
  });

  it('reads # syntax= and # check= directives only at the top', () => {
    const parsed = parseDockerfile(
      '# syntax=docker/dockerfile:1\n# check=skip=JSONArgsRecommended\n\n# escape=`\nFROM busybox:1.35\n',
    );
    expect(parsed.directives).toEqual({ syntax: 'docker/dockerfile:1', check: 'skip=JSONArgsRecommended' });
    expect(parsed.escape).toBe('\\');
  });

  it('keeps an escaped escape at the end of a line from continuing it', () => {
    const parsed = parseDockerfile(
      'FROM busybox:1.35\nENV C trailing\\\\\nENV D x\nENV E hello\\\n\\\nworld\n',
    );
    expect(parsed.instructions.map((i) => [i.keyword, i.line, i.endLine])).toEqual([
      ['FROM', 1, 1],
      ['ENV', 2, 2],
      ['ENV', 3, 3],
      ['ENV', 4, 6],
    ]);
  });

  it('reports ONBUILD triggers that are not allowed and instructions without arguments', () => {
    const parsed = parseDockerfile('FROM busybox:1.35\nONBUILD FROM x\nWORKDIR\nHEALTHCHECK\n');
    expect(parsed.problems.map((p) => [p.line, p.message])).toEqual([
      [2, 'ONBUILD FROM is not allowed: ONBUILD cannot trigger FROM'],
      [3, 'WORKDIR needs arguments'],
      [4, 'HEALTHCHECK needs arguments'],
    ]);
  });

  it('reports arguments the builder refuses (each checked against Docker Engine 20.10 with BuildKit)', () => {
    const parsed = parseDockerfile(
      [
        'FROM busybox:1.35',
        'EXPOSE 80 8000-8010/udp 80/TCP 80/sctp 80:80 1.2.3.4:80:80 ${PORT}/tcp',
        'EXPOSE abc',
        'EXPOSE 80/foo',
        'ENV A =x',
        'ENV =x',
        'ARG A=1 =2',
        'SHELL notjson',
        'SHELL ["/bin/bash", "-c"]',
        'COPY only',
        'COPY --chown=1:1 a b',
        'COPY ["C:\\\\Program Files\\\\Go","C:\\\\Go"]',
        'COPY <<EOF',
        'hi',
        'EOF',
        '',
      ].join('\n'),
    );
    expect(parsed.problems.map((p) => [p.line, p.message])).toEqual([
      [3, 'EXPOSE abc is not a port: write a number or a range, with an optional /tcp, /udp or /sctp'],
      [4, 'EXPOSE 80/foo is not a port: write a number or a range, with an optional /tcp, /udp or /sctp'],
      [6, 'ENV needs a name before each `=`'],
      [7, 'ARG needs a name before each `=`'],
      [8, 'SHELL needs its arguments as a JSON array: SHELL ["/bin/sh", "-c"]'],
      [10, 'COPY needs a source and a destination'],
      [13, 'COPY needs a source and a destination'],
    ]);
  });

  it('never throws, whatever the input', () => {
    for (const text of [
      '',
      '\n\n',
      '\\',
      'RUN \\',
      'ONBUILD',
      'FROM x\nRUN <<',
      '#',
      'RUN ["a",',
      '\u0000\uffff',
      'RUN a &>b',
    ]) {
      expect(() => parseDockerfile(text)).not.toThrow();
    }
  });
});

describe('decodeDockerfile', () => {
  const text = 'FROM busybox:1.35\nRUN echo é\n';
  it('decodes UTF-8 with and without byte-order mark', () => {
    expect(decodeDockerfile(Buffer.from(text, 'utf8'))).toBe(text);
    expect(
      decodeDockerfile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])),
    ).toBe(text);
  });
  it('decodes UTF-16 LE and BE, with a byte-order mark or without one', () => {
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeDockerfile(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toBe(text);
    expect(decodeDockerfile(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe(text);
    expect(decodeDockerfile(le)).toBe(text);
    expect(decodeDockerfile(be)).toBe(text);
  });
});
