// "Files that grew": the largest added or grown files and folders of head against base, each with the layer and
// Dockerfile line that wrote it.
import type { FileGrowth, GrownPath } from '../../compare/types.js';
import { escapeText } from '../escape.js';
import type { Section } from '../fit.js';
import { addedBy, filesGrew, growthKind } from '../files-text.js';
import { humanBytes, signedBytes } from '../units.js';

function table(kind: string, rows: GrownPath[]): string[] {
  return [
    `| ${kind} | change | size | Δ | added by |`,
    '| --- | --- | ---: | ---: | --- |',
    ...rows.map(
      (g) =>
        `| ${escapeText(g.path, 200)} | ${growthKind(g)} | ${humanBytes(g.headBytes)} | ${signedBytes(g.deltaBytes)} | ${escapeText(addedBy(g), 200)} |`,
    ),
  ];
}

export function filesSection(growth: FileGrowth | undefined): Section {
  const limits = [
    [10, 5],
    [3, 3],
  ];
  return {
    name: 'files',
    steps: limits.length,
    render(level) {
      if (!filesGrew(growth) || level >= limits.length) return '';
      const [folderCount, fileCount] = limits[level]!;
      const lines = ['#### Files that grew'];
      const folders = growth.folders.slice(0, folderCount);
      const files = growth.files.slice(0, fileCount);
      if (folders.length > 0) lines.push('', ...table('folder', folders));
      if (files.length > 0) lines.push('', ...table('file', files));
      if (growth.grownFiles > files.length)
        lines.push('', `… ${growth.grownFiles - files.length} more files were added or grew.`);
      return lines.join('\n');
    },
  };
}
