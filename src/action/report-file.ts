// The JSON report: everything the comment is rendered from, plus the pull request and both SHAs, so a
// workflow_run job can publish the comment for a fork pull request without running its code.
import { join } from 'node:path';
import type { FileSystem } from '../adapters.js';
import type { ReportData } from '../report/types.js';

export const REPORT_SCHEMA = 'image-budget/report@1';

export interface ReportFile extends ReportData {
  schema: typeof REPORT_SCHEMA;
}

/** A folder name for a comment key: one report per key, so matrix legs do not overwrite each other. */
export function keyFolder(key: string): string {
  return key.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '') || 'default';
}

export async function writeReportFile(fs: FileSystem, root: string, data: ReportData): Promise<string> {
  const path = join(root, 'image-budget', keyFolder(data.key), 'report.json');
  const file: ReportFile = { schema: REPORT_SCHEMA, ...data };
  await fs.writeFile(path, `${JSON.stringify(file, null, 2)}\n`);
  return path;
}

/** Checks the parts of an untrusted report the publishing mode relies on; returns the problem or null. */
export function reportProblem(value: unknown): string | null {
  const r = value as Partial<ReportFile> | null;
  if (r === null || typeof r !== 'object') return 'not a JSON object';
  if (r.schema !== REPORT_SCHEMA) return `schema is not ${REPORT_SCHEMA}`;
  if (typeof r.key !== 'string' || r.key === '') return 'no comment key';
  if (typeof r.pullRequest !== 'number' || !Number.isSafeInteger(r.pullRequest))
    return 'no pull request number';
  if (typeof r.headSha !== 'string' || !/^[0-9a-f]{40}$/.test(r.headSha)) return 'no head SHA';
  if (typeof r.head?.sizeBytes !== 'number' || typeof r.comparison?.uncompressed?.head !== 'number')
    return 'no measurements';
  if (!['pass', 'warn', 'fail'].includes(String(r.verdict?.status))) return 'no verdict';
  return null;
}
