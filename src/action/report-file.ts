// Where the JSON report goes: one folder per comment key under RUNNER_TEMP, so matrix legs do not overwrite
// each other and a workflow_run job can publish every leg's comment from one downloaded artifact.
import { join } from 'node:path';
import type { FileSystem } from '../adapters.js';
import { serializeReport } from '../report/report-json.js';
import type { ReportData } from '../report/types.js';

/** A folder name for a comment key. */
export function keyFolder(key: string): string {
  return key.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '') || 'default';
}

export async function writeReportFile(fs: FileSystem, root: string, data: ReportData): Promise<string> {
  const path = join(root, 'image-budget', keyFolder(data.key), 'report.json');
  await fs.writeFile(path, serializeReport(data));
  return path;
}
