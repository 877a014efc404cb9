import { describe, expect, it } from '@jest/globals';
import { codeBlock, codeSpan, commentMarker, escapeText } from '../../src/report/escape.js';
import { markdownProblems } from './markdown-check.js';

describe('escapeText', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['<!-- image-budget:other -->', '&lt;!-- image-budget:other --&gt;'],
    ['ping @octocat and @org/team', 'ping @\u200boctocat and @\u200borg/team'],
    ['a | b', 'a \\| b'],
    ['line1\nline2\r\nline3\u2028x', 'line1 line2 line3 x'],
    ['`code` and *bold* _em_ ~~s~~', '\\`code\\` and \\*bold\\* \\_em\\_ \\~\\~s\\~\\~'],
    ['[click](https://evil.example)', '\\[click\\](https://evil.example)'],
    ['![img](x)', '!\\[img\\](x)'],
    ['fixes #12', 'fixes \\#12'],
    ['- item', '\\- item'],
    ['1. item', '1\\. item'],
    ['$x^2$', '\\$x^2\\$'],
    ['back\\slash', 'back\\\\slash'],
    ['bell\u0007 nul\u0000', 'bell nul'],
    ['\u001b[1;31merror\u001b[0m: \u009b32mok', 'error: ok'],
    ['a & b', 'a &amp; b'],
  ])('%j', (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });
  it('clips long text', () => {
    expect(escapeText('x'.repeat(600), 10)).toBe('xxxxxxxxx…');
  });
});

describe('codeSpan', () => {
  it.each([
    ['RUN make', {}, '`RUN make`'],
    ['echo `date`', {}, '`` echo `date` ``'],
    ['```', {}, '```` ``` ````'],
    ['a | b', { inTable: true }, '`a \\| b`'],
    ['a | b', {}, '`a | b`'],
    ['two\nlines', {}, '`two lines`'],
    ['  ', {}, '`  `'],
  ])('%j %j', (text, options, expected) => {
    expect(codeSpan(text, options)).toBe(expected);
  });
});

describe('codeBlock', () => {
  it('drops whole terminal escape sequences (colours, links), not only their ESC', () => {
    const output =
      '\u001b[31mstep failed\u001b[0m\n\u001b]8;;http://x\u0007link\u001b]8;;\u0007 \u001b[2K\rdone';
    expect(codeBlock(output)).toBe('```\nstep failed\nlink \ndone\n```');
  });

  it('uses a fence longer than any backtick run inside, so the content cannot close it', () => {
    const block = codeBlock('before\n````\n```\nafter\n', 'diff');
    expect(block).toBe('`````diff\nbefore\n````\n```\nafter\n`````');
    expect(markdownProblems(`${block}\n\ntext`)).toEqual([]);
  });
});

describe('commentMarker', () => {
  it.each([
    ['Dockerfile', '<!-- image-budget:Dockerfile -->'],
    [
      'docker/api.Dockerfile:runtime@linux/arm64',
      '<!-- image-budget:docker/api.Dockerfile:runtime@linux/arm64 -->',
    ],
    ['evil --> <b>x</b>', '<!-- image-budget:evil%20%2D-%3E%20%3Cb%3Ex%3C/b%3E -->'],
    ['a---b', '<!-- image-budget:a%2D%2D-b -->'],
    ['ünï code', '<!-- image-budget:%C3%BCn%C3%AF%20code -->'],
  ])('%j', (key, marker) => {
    expect(commentMarker(key)).toBe(marker);
  });
  it('keeps distinct keys distinct', () => {
    expect(commentMarker('a b')).not.toBe(commentMarker('a%20b'.replace('%20', '_')));
  });
});
