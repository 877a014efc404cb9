// "Largest additions" in the comment, the terminal report and the JSON report.
import { describe, expect, it } from '@jest/globals';
import { diffPackages } from '../../src/compare/packages.js';
import { formatCheckText } from '../../src/cli/check-text.js';
import { renderComment } from '../../src/report/markdown.js';
import { parseJsonReport, serializeReport } from '../../src/report/report-json.js';
import type { PackageInventory } from '../../src/model.js';
import { reportData } from './fixture.js';
import { markdownProblems } from './markdown-check.js';

const BASE: PackageInventory = {
  packages: [{ ecosystem: 'deb', name: 'libc6', version: '2.36-9', bytes: 12_000_000, files: 300 }],
  fileBytes: 12_500_000,
  unownedBytes: 500_000,
  unowned: [{ path: '/var/lib/dpkg', bytes: 500_000 }],
  notRead: [],
};
const HEAD: PackageInventory = {
  packages: [
    { ecosystem: 'deb', name: 'jq', version: '1.6-2.1', bytes: 102_000, files: 8 },
    { ecosystem: 'deb', name: 'libc6', version: '2.36-9', bytes: 12_000_000, files: 300 },
    { ecosystem: 'deb', name: 'libjq1', version: '1.6-2.1', bytes: 390_000, files: 4 },
    {
      ecosystem: 'npm',
      name: 'left_pad',
      version: '1.3.0',
      location: 'app/node_modules/left_pad',
      bytes: 900,
      files: 2,
    },
  ],
  fileBytes: 13_100_000,
  unownedBytes: 607_100,
  unowned: [
    { path: '/var/lib/dpkg', bytes: 600_000 },
    { path: '/app', bytes: 7_100 },
  ],
  notRead: [],
};

function data() {
  const report = reportData();
  report.comparison.packages = diffPackages(BASE, HEAD)!;
  return report;
}

describe('largest additions', () => {
  it('the comment names each package with its versions and bytes, and the bytes in no package', () => {
    const body = renderComment(data());
    expect(body).toContain('#### Largest additions');
    expect(body).toContain('| libjq1 (deb) | added 1.6-2.1 | 390 kB | +390 kB |');
    expect(body).toContain('| jq (deb) | added 1.6-2.1 | 102 kB | +102 kB |');
    expect(body).toContain(
      '| left\\_pad (npm, app/node\\_modules/left\\_pad) | added 1.3.0 | 900 B | +900 B |',
    );
    expect(body).toContain(
      '3 packages changed (3 added): +493 kB; bytes in no package +107 kB (files +600 kB in all)',
    );
    expect(body).toContain('Bytes in no package: /var/lib/dpkg +100 kB, /app +7.1 kB');
    expect(markdownProblems(body)).toEqual([]);
  });

  it('the terminal report lists them too', () => {
    const text = formatCheckText(data());
    expect(text).toContain('  largest additions: 3 packages changed (3 added): +493 kB');
    expect(text).toContain('     +390 kB  libjq1 (deb) added 1.6-2.1');
    expect(text).toContain('    bytes in no package: /var/lib/dpkg +100 kB, /app +7.1 kB');
  });

  it('the JSON report carries the diff with raw bytes', () => {
    const parsed = parseJsonReport(serializeReport(data()), 'report.json');
    expect(parsed.comparison.packages!.changes.map((c) => [c.name, c.deltaBytes])).toEqual([
      ['libjq1', 390_000],
      ['jq', 102_000],
      ['left_pad', 900],
    ]);
    expect(parsed.comparison.packages!.unowned.deltaBytes).toBe(107_100);
  });

  it('without package data nothing is added to the comment', () => {
    expect(renderComment(reportData())).not.toContain('Largest additions');
    expect(formatCheckText(reportData())).not.toContain('largest additions');
  });
});
