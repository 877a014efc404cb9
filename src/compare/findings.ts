// New and fixed lint findings between base and head. Lines move when a PR edits a Dockerfile, so findings are
// matched by file, rule and message (as a multiset), never by line number.
import type { Finding } from '../model.js';
import type { FindingChanges } from './types.js';

const keyOf = (finding: Finding): string => `${finding.file}\u0000${finding.rule}\u0000${finding.message}`;

export function compareFindings(base: Finding[] | null, head: Finding[]): FindingChanges {
  if (base === null) return { added: [...head], fixed: [], unchanged: [], baselineKnown: false };
  const remaining = new Map<string, Finding[]>();
  for (const finding of base) {
    const list = remaining.get(keyOf(finding)) ?? [];
    list.push(finding);
    remaining.set(keyOf(finding), list);
  }
  const added: Finding[] = [];
  const unchanged: Finding[] = [];
  for (const finding of head) {
    const match = remaining.get(keyOf(finding));
    if (match !== undefined && match.length > 0) {
      match.shift();
      unchanged.push(finding);
    } else {
      added.push(finding);
    }
  }
  const fixed = [...remaining.values()].flat();
  return { added, fixed, unchanged, baselineKnown: true };
}
