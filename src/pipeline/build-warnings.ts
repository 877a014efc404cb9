// What the builder warned about (buildx: the Dockerfile frontend's checks and deprecations) becomes findings on
// the Dockerfile's lines, so the report, the annotations and the lint threshold treat them like lint findings.
import type { BuildResult, Finding } from '../model.js';

export function buildWarningFindings(build: BuildResult, dockerfile: string): Finding[] {
  return (build.warnings ?? []).map((w) => {
    // BuildKit's checks start with their name ("FromAsCasing: 'as' and 'FROM' …"); older warnings have none
    const check = /^([A-Z][A-Za-z]+): /.exec(w.message)?.[1];
    const line = w.line ?? 1;
    return {
      file: dockerfile,
      line,
      column: 1,
      endLine: line,
      endColumn: 1,
      rule: check ?? 'BuildKit',
      name: 'build-warning',
      severity: 'warning',
      category: 'correctness',
      message: `the ${build.builder} build warned: ${w.message}${w.url ? ` (${w.url})` : ''}`,
      fixable: false,
    };
  });
}
