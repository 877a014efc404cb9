// A complete ReportData built through the real compare and decide functions.
import { compare } from '../../src/compare/compare.js';
import { compareFindings } from '../../src/compare/findings.js';
import type { Finding, Severity } from '../../src/model.js';
import type { ReportData } from '../../src/report/types.js';
import { decide } from '../../src/verdict/verdict.js';
import { image } from '../compare/measurement.js';

export function finding(
  rule: string,
  line: number,
  severity: Severity = 'warning',
  message = `${rule} says so`,
): Finding {
  return {
    file: 'Dockerfile',
    line,
    column: 1,
    endLine: line,
    endColumn: 4,
    rule,
    name: `${rule.toLowerCase()}-name`,
    severity,
    category: 'size',
    message,
    fixable: false,
  };
}

export const BASE = image('base', [
  ['COPY busybox /bin/busybox # buildkit', 2_000_000, 1_000_000, 'sha256:bb', 1],
  ['RUN /bin/sh -c apt-get install -y curl # buildkit', 40_000_000, 15_000_000, 'sha256:apt1', 3],
  ['COPY app /app # buildkit', 8_000_000, 3_000_000, 'sha256:app1', 5],
]);

export const HEAD = image('head', [
  ['COPY busybox /bin/busybox # buildkit', 2_000_000, 1_000_000, 'sha256:bb', 1],
  ['RUN /bin/sh -c apt-get install -y curl git # buildkit', 55_000_000, 21_000_000, 'sha256:apt2', 3],
  ['COPY app /app # buildkit', 8_000_000, 3_000_000, 'sha256:app1', 6],
  ['RUN /bin/sh -c dd if=/dev/zero of=/big bs=1M count=5 # buildkit', 5_000_000, 10_000, 'sha256:big', 7],
]);

export const OPTIMIZED = image('opt', [
  ['COPY busybox /bin/busybox # buildkit', 2_000_000, 1_000_000, 'sha256:bb', 1],
  [
    'RUN /bin/sh -c apt-get install -y --no-install-recommends curl git # buildkit',
    30_000_000,
    12_000_000,
    'sha256:o',
    3,
  ],
  ['COPY app /app # buildkit', 8_000_000, 3_000_000, 'sha256:app1', 6],
]);

export const DIFF = [
  '--- Dockerfile',
  '+++ Dockerfile (optimized)',
  '@@ -3 +3 @@',
  '-RUN apt-get install -y curl git',
  '+RUN apt-get install -y --no-install-recommends curl git && rm -rf /var/lib/apt/lists/*',
].join('\n');

export function reportData(overrides: Partial<ReportData> = {}): ReportData {
  const baseFindings = [finding('DL3008', 3), finding('DL3009', 3)];
  const headFindings = [finding('DL3008', 3), finding('DL3015', 3, 'info'), finding('IB101', 7, 'error')];
  const comparison = compare(BASE, HEAD, {
    minChange: 1000,
    buildSeconds: { base: 20, head: 22, sameCacheState: true },
    optimized: OPTIMIZED,
  });
  const limits = {
    budget: 60_000_000,
    sizeMetric: 'uncompressed' as const,
    maxIncrease: { percent: 10 },
    maxLayers: 10,
  };
  const verdict = decide(comparison, headFindings, {
    ...limits,
    lint: true,
    lintFailOn: 'error',
    failOnBuildTime: false,
  });
  return {
    key: 'Dockerfile',
    dockerfile: 'Dockerfile',
    pullRequest: 12,
    baseSha: 'a'.repeat(40),
    headSha: 'b'.repeat(40),
    baseRef: 'main',
    headRef: 'feature/curl',
    head: HEAD,
    base: BASE,
    comparison,
    verdict,
    limits,
    findings: headFindings,
    findingChanges: compareFindings(baseFindings, headFindings),
    lintEnabled: true,
    optimizer: {
      diff: DIFF,
      fixes: [{ rule: 'DL3015', description: 'Add --no-install-recommends', lines: [3], layersRemoved: 0 }],
    },
    ...overrides,
  };
}
