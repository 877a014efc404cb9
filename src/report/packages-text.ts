// The package diff in words, shared by the comment and the terminal: what each package change is and how the
// bytes split between packages and the files no package owns. Untrusted text (names, versions, paths) is
// returned raw: each caller escapes it for its medium.
import type { PackageChange, PackageDiff } from '../compare/types.js';
import { plural, signedBytes } from './units.js';

/** `added 1.6-2.1`, `upgraded 1.0 → 1.1`, `removed 2.0`. */
export function packageVersions(change: PackageChange): string {
  if (change.kind === 'added') return `added ${change.headVersion ?? ''}`.trimEnd();
  if (change.kind === 'removed') return `removed ${change.baseVersion ?? ''}`.trimEnd();
  return `${change.kind} ${change.baseVersion ?? ''} → ${change.headVersion ?? ''}`;
}

/** `jq (deb)`, `left-pad (npm, app/node_modules/left-pad)`. */
export function packageName(change: PackageChange): string {
  const where = change.location === undefined ? '' : `, ${change.location}`;
  return `${change.name} (${change.ecosystem}${where})`;
}

/** Whether the diff has anything to show. */
export function packagesChanged(diff: PackageDiff | undefined): diff is PackageDiff {
  return diff !== undefined && (diff.changes.length > 0 || diff.unowned.deltaBytes !== 0);
}

/** The largest additions: changes that grew, largest first (removals and shrinkage are counted in the summary). */
export function largestAdditions(diff: PackageDiff): PackageChange[] {
  return diff.changes.filter((c) => c.deltaBytes > 0 || c.kind === 'added' || c.kind === 'upgraded');
}

/** One line on how the bytes split: packages, same-version packages, bytes in no package. */
export function packageSummary(diff: PackageDiff): string {
  const counts = (['added', 'removed', 'upgraded', 'downgraded'] as const)
    .map((kind) => [kind, diff.changes.filter((c) => c.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kind}`);
  const packages = diff.changes.reduce((a, c) => a + c.deltaBytes, 0);
  const parts = [
    `${counts.length === 0 ? 'no package changed' : `${plural(diff.changes.length, 'package')} changed (${counts.join(', ')})`}: ${signedBytes(packages)}`,
  ];
  if (diff.sameVersionDeltaBytes !== 0)
    parts.push(`packages of unchanged versions ${signedBytes(diff.sameVersionDeltaBytes)}`);
  parts.push(`bytes in no package ${signedBytes(diff.unowned.deltaBytes)}`);
  let text = `${parts.join('; ')} (files ${signedBytes(diff.fileBytes.delta)} in all)`;
  if (diff.notRead.length > 0) text += `; not read: ${diff.notRead.join(', ')} database`;
  if (diff.incomplete) text += '; a package database was too large to read whole';
  return text;
}
