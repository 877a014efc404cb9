import { describe, expect, it } from '@jest/globals';
import { lintText } from '../../src/lint/engine.js';
import { decodeDockerfile, parseDockerfile, quoteText } from '../../src/dockerfile/parse.js';

const BACKTICK = '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n';

function words(text: string, index: number): string[] {
  return parseDockerfile(text).instructions[index]!.words.map((w) => w.value);
}

describe('the escape directive in instruction words', () => {
  it('keeps the backslash of WORKDIR C:\\app with # escape=` (no DL3000)', () => {
    const text = `${BACKTICK}WORKDIR C:\\app\n`;
    expect(words(text, 1)).toEqual(['C:\\app']);
    expect(lintText(text).filter((f) => f.rule === 'DL3000' || f.rule === 'DL1000')).toEqual([]);
  });

  it('splits COPY with Windows paths on whitespace only, a trailing backslash included', () => {
    const text = `${BACKTICK}COPY --from=build C:\\out\\app.exe C:\\out\\ C:\\app\\\nCMD ["C:\\\\app\\\\app.exe"]\n`;
    const parsed = parseDockerfile(text);
    const copy = parsed.instructions[1]!;
    expect(copy.flags.map((f) => [f.name, f.value])).toEqual([['from', 'build']]);
    expect(copy.words.map((w) => [w.value, w.raw])).toEqual([
      ['C:\\out\\app.exe', 'C:\\out\\app.exe'],
      ['C:\\out\\', 'C:\\out\\'],
      ['C:\\app\\', 'C:\\app\\'],
    ]);
    // the backslash ending the COPY line is not a continuation: CMD is an instruction of its own
    expect(parsed.instructions.map((i) => [i.keyword, i.line])).toEqual([
      ['FROM', 2],
      ['COPY', 3],
      ['CMD', 4],
    ]);
  });

  it('reads ENV A=C:\\x with the backslash kept', () => {
    const text = `${BACKTICK}ENV A=C:\\x B="C:\\y z"\n`;
    expect(words(text, 1)).toEqual(['A=C:\\x', 'B=C:\\y z']);
  });

  it('takes a backtick-escaped space as part of the word, and source spans stay exact', () => {
    const text = `${BACKTICK}COPY my\` file.txt C:\\my\` dir\\\nLABEL a=x\`"y\n`;
    const parsed = parseDockerfile(text);
    const copy = parsed.instructions[1]!;
    expect(copy.words.map((w) => w.value)).toEqual(['my file.txt', 'C:\\my dir\\']);
    expect(copy.words.map((w) => text.slice(w.start, w.end))).toEqual(['my` file.txt', 'C:\\my` dir\\']);
    // an escaped quote opens no quoted string
    expect(parsed.instructions[2]!.words.map((w) => w.value)).toEqual(['a=x"y']);
  });

  it('joins a backtick continuation before splitting words', () => {
    const text = `${BACKTICK}ENV A=C:\\a \`\n    B=C:\\b\n`;
    expect(words(text, 1)).toEqual(['A=C:\\a', 'B=C:\\b']);
  });

  it('leaves shell-form commands, JSON exec form and heredoc detection on their own escapes', () => {
    const text =
      `${BACKTICK}RUN echo a\\ b\nCMD ["C:\\\\app\\\\run.exe", "a\\"b"]\n` +
      'COPY <<EOF C:\\app\\x.txt\nhello\nEOF\nENTRYPOINT echo c\\ d\n';
    const parsed = parseDockerfile(text);
    const [, run, cmd, copy, entrypoint] = parsed.instructions;
    // RUN and shell-form CMD/ENTRYPOINT go to the shell as written: its escape is the backslash
    expect(run!.words.map((w) => w.value)).toEqual(['echo', 'a b']);
    expect(run!.shell?.commands[0]?.words.map((w) => w.value)).toEqual(['echo', 'a b']);
    expect(entrypoint!.words.map((w) => w.value)).toEqual(['echo', 'c d']);
    // JSON decodes its own escapes
    expect([cmd!.form, ...cmd!.words.map((w) => w.value)]).toEqual(['exec', 'C:\\app\\run.exe', 'a"b']);
    expect(copy!.heredocs.map((h) => [h.delimiter, h.body])).toEqual([['EOF', 'hello']]);
    expect(copy!.words.map((w) => w.value)).toEqual(['<<EOF', 'C:\\app\\x.txt']);
    expect(parsed.problems).toEqual([]);
  });

  it('keeps the default backslash escape as before, the backtick an ordinary character', () => {
    const text = 'FROM busybox:1.35\nWORKDIR C:\\app\nENV A=a\\ b B=x`y C=C:\\x\nCOPY my\\ file.txt /dst/\n';
    const parsed = parseDockerfile(text);
    expect(parsed.escape).toBe('\\');
    expect(parsed.instructions.slice(1).map((i) => i.words.map((w) => w.value))).toEqual([
      ['C:app'],
      ['A=a b', 'B=x`y', 'C=C:x'],
      ['my file.txt', '/dst/'],
    ]);
    expect(lintText(text).filter((f) => f.rule === 'DL3000')).toHaveLength(1);
  });
});

describe('parse problems quoting file text', () => {
  it('shows control characters as escapes and cuts long text', () => {
    const parsed = parseDockerfile(
      '\u001b[2J\u0007EVIL\u0085\u009b31m x\nFROM busybox:1.35\nONBUILD B\u0000D\tx\n' +
        `${'A'.repeat(500)}\n`,
    );
    const messages = parsed.problems.map((p) => p.message);
    expect(messages).toEqual([
      'unknown instruction \\x1b[2J\\x07EVIL\\u0085\\u009b31m',
      'unknown instruction B\\x00D after ONBUILD',
      `unknown instruction ${'A'.repeat(80)}…`,
    ]);
    expect(messages.filter((m) => /[\u0000-\u001f\u007f-\u009f]/.test(m))).toEqual([]);
  });

  it('escapes the text of an invalid escape directive', () => {
    const parsed = parseDockerfile('# escape=\u001b]0;x\u0007\nFROM busybox:1.35\n');
    expect(parsed.problems.map((p) => p.message)).toEqual([
      'invalid escape character "\\x1b]0;x\\x07": use \\ or `',
    ]);
  });

  it('reports a binary file without a control character in any DL1000 message', () => {
    // ESC [31m, and CSI as UTF-8 (C2 9B)
    const bytes = Buffer.from([
      0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0x1b, 0x5b, 0x33, 0x31, 0x6d, 10, 0xc2, 0x9b,
    ]);
    const findings = lintText(decodeDockerfile(bytes)).filter((f) => f.rule === 'DL1000');
    expect(findings.map((f) => f.message)).toEqual([
      'unknown instruction \\x7fELF\\x02\\x01\\x01\\x00\\x00\\x00\\x1b[31m',
      'unknown instruction \\u009b',
    ]);
  });

  it('quoteText: tab and newline escaped too, ordinary text and surrogate pairs untouched, cut between characters', () => {
    expect(quoteText('a\tb\nc')).toBe('a\\x09b\\x0ac');
    expect(quoteText('FOO é 😀')).toBe('FOO é 😀');
    expect(quoteText(`${'x'.repeat(79)}😀`)).toBe(`${'x'.repeat(79)}…`);
    expect(quoteText(`${'x'.repeat(78)}\u0000`)).toBe(`${'x'.repeat(78)}…`);
  });
});
