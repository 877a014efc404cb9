// "Largest additions": the packages that grew the image, with versions and installed bytes, and the bytes that
// belong to no package, by folder.
import type { PackageDiff } from '../../compare/types.js';
import { escapeText } from '../escape.js';
import type { Section } from '../fit.js';
import {
  largestAdditions,
  packageName,
  packagesChanged,
  packageSummary,
  packageVersions,
} from '../packages-text.js';
import { humanBytes, signedBytes } from '../units.js';

export function packagesSection(diff: PackageDiff | undefined): Section {
  const limits = [20, 5];
  return {
    name: 'packages',
    steps: limits.length,
    render(level) {
      if (!packagesChanged(diff) || level >= limits.length) return '';
      const additions = largestAdditions(diff);
      const shown = additions.slice(0, limits[level]);
      const lines = ['#### Largest additions', '', escapeText(packageSummary(diff), 1000)];
      if (shown.length > 0) {
        lines.push(
          '',
          '| package | change | installed | Δ |',
          '| --- | --- | ---: | ---: |',
          ...shown.map(
            (c) =>
              `| ${escapeText(packageName(c), 200)} | ${escapeText(packageVersions(c), 200)} | ${humanBytes(c.headBytes)} | ${signedBytes(c.deltaBytes)} |`,
          ),
        );
        if (shown.length < additions.length)
          lines.push('', `… ${additions.length - shown.length} more packages grew.`);
      }
      const folders = diff.unowned.folders.filter((f) => f.deltaBytes > 0).slice(0, level === 0 ? 5 : 2);
      if (folders.length > 0)
        lines.push(
          '',
          `Bytes in no package: ${folders.map((f) => `${escapeText(f.path, 200)} ${signedBytes(f.deltaBytes)}`).join(', ')}`,
        );
      return lines.join('\n');
    },
  };
}
