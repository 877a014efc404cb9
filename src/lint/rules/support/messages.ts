// Wording of findings: excerpts of the file and did-you-mean suggestions.

/** Text of a finding-sized span: first line only, trimmed, shortened. */
export function excerpt(text: string, max = 60): string {
  const first = text.split('\n')[0]!.trim();
  return first.length > max ? first.slice(0, max - 1) + '…' : first;
}

/** How many option comparisons the suggestions of one file may make: a file of thousands of variables must not
 *  make them quadratic (past it, findings come without a hint). */
export interface SuggestBudget {
  left: number;
}

/** The closest option by edit distance under 3, as BuildKit suggests names; '' when none or an exact match. */
export function suggest(
  value: string,
  options: Iterable<string>,
  caseSensitive = true,
  budget: SuggestBudget = { left: Infinity },
): string {
  const v = caseSensitive ? value : value.toLowerCase();
  let best = '';
  let min = 3;
  for (const option of options) {
    if (budget.left-- <= 0) return '';
    // the distance is at least the difference in length
    if (Math.abs(option.length - v.length) >= min) continue;
    const o = caseSensitive ? option : option.toLowerCase();
    if (o === v) return '';
    const d = distance(v, o);
    if (d < min) {
      min = d;
      best = option;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let x = 1; x <= a.length; x++) {
    let prev = row[0]!;
    row[0] = x;
    for (let y = 1; y <= b.length; y++) {
      const keep = row[y]!;
      row[y] = Math.min(row[y]! + 1, row[y - 1]! + 1, prev + (a[x - 1] === b[y - 1] ? 0 : 1));
      prev = keep;
    }
  }
  return row[b.length]!;
}
