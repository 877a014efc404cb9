import { describe, expect, it } from '@jest/globals';
import { escapeCell, formatMarkdown } from '../../../src/lint/format/markdown.js';
import { paired, pairedRules, results, rules } from './fixtures.js';

describe('formatMarkdown', () => {
  it('prints a table with linked rule codes and escaped messages', () => {
    expect(formatMarkdown(results, { rules })).toBe(
      [
        '| File | Line | Rule | Severity | Message |',
        '| --- | ---: | --- | --- | --- |',
        '| app/Dockerfile | 2 | [DL3000](https://github.com/image-budget/image-budget/blob/main/docs/rules/DL3000.md) | error | Use an absolute WORKDIR path instead of &quot;a\\|b&quot;. |',
        '| app/Dockerfile | 3 | [SC2086](https://www.shellcheck.net/wiki/SC2086) | info | Double quote to prevent globbing and word splitting. |',
        '',
      ].join('\n'),
    );
    expect(formatMarkdown([{ file: 'Dockerfile', findings: [] }], { rules })).toBe(
      'No Dockerfile problems found in 1 file(s).\n',
    );
  });

  it('removes every Markdown and HTML meaning from a cell', () => {
    expect(escapeCell('<script>*x*</script>\n| @team [a](b) `c`')).toBe(
      '&lt;script&gt;\\*x\\*&lt;/script&gt; \\| @\u200bteam \\[a\\](b) \\`c\\`',
    );
  });

  it('names the codes a finding stands for too, each linked to its page', () => {
    const docs = 'https://github.com/image-budget/image-budget/blob/main/docs/rules/';
    expect(formatMarkdown([paired], { rules: pairedRules }).split('\n')[2]).toBe(
      `| Dockerfile | 3 | [DL3025](${docs}DL3025.md) (also [JSONArgsRecommended](${docs}JSONArgsRecommended.md)) | warning | Use arguments JSON notation for CMD and ENTRYPOINT arguments |`,
    );
  });
});
