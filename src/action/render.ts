// The report when the head image did not build (the report renderer needs a measured image, so this small
// page stands in for it in the comment and the summary).
import type { PipelineBuildFailed } from '../pipeline/run.js';
import { codeBlock, codeSpan, commentMarker, escapeText } from '../report/escape.js';

/** The report when the head image did not build: which step, and the last lines of its output. */
export function renderBuildFailure(key: string, result: PipelineBuildFailed, marker = true): string {
  const f = result.failure;
  const lines = marker ? [commentMarker(key)] : [];
  lines.push(`### 📦 image-budget: ${codeSpan(result.dockerfile)}`, '');
  const at = [f.step ? `at ${codeSpan(f.step)}` : '', f.line !== undefined ? `(line ${f.line})` : '']
    .filter(Boolean)
    .join(' ');
  lines.push(`❌ **The image did not build**${at ? ` ${at}` : ''}: ${escapeText(f.message)}`);
  if (f.output.length > 0)
    lines.push(
      '',
      '<details><summary>Last lines of the build output</summary>',
      '',
      codeBlock(f.output.join('\n').slice(-6000)),
      '',
      '</details>',
    );
  return lines.join('\n');
}
