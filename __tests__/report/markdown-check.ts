// Structural checks on rendered Markdown: what GitHub would show broken or unsafe.
const ALLOWED_TAGS = new Set(['details', 'summary', 'sub', 'br']);

function cells(row: string): number {
  // Split on pipes not escaped by a backslash; the leading and trailing pipes delimit the row.
  return row.trim().split(/(?<!\\)\|/).length - 2;
}

/** Returns every problem found: unclosed fences or <details>, ragged tables, raw HTML, live @-mentions. */
export function markdownProblems(markdown: string): string[] {
  const problems: string[] = [];
  let fence: string | null = null;
  let details = 0;
  let tableCells: number | null = null;
  markdown.split('\n').forEach((line, index) => {
    const at = `line ${index + 1}`;
    if (fence !== null) {
      if (new RegExp(`^${fence}\`*\\s*$`).test(line)) fence = null;
      return;
    }
    const open = /^(`{3,})/.exec(line);
    if (open) {
      fence = open[1]!;
      tableCells = null;
      return;
    }
    if (line.startsWith('|')) {
      const count = cells(line);
      if (tableCells === null) tableCells = count;
      else if (count !== tableCells)
        problems.push(`${at}: table row with ${count} cells, header has ${tableCells}`);
    } else {
      tableCells = null;
    }
    // Outside code spans: strip them (any backtick run length) before looking for markup.
    const prose = line.replace(/(`+)(?:(?!\1).)*?\1/g, '');
    for (const match of prose.matchAll(/<(\/?)([A-Za-z][A-Za-z0-9-]*)/g)) {
      const tag = match[2]!.toLowerCase();
      if (!ALLOWED_TAGS.has(tag)) problems.push(`${at}: raw HTML <${match[1]}${tag}>`);
      if (tag === 'details') details += match[1] === '/' ? -1 : 1;
      if (details < 0) problems.push(`${at}: </details> without <details>`);
    }
    if (prose.includes('<!--') && index !== 0) problems.push(`${at}: HTML comment`);
    if (/@[A-Za-z0-9]/.test(prose)) problems.push(`${at}: live @-mention`);
  });
  if (fence !== null) problems.push('unclosed code fence');
  if (details !== 0) problems.push(`${details} unclosed <details>`);
  return problems;
}
