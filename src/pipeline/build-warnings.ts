// What the builder warned about (buildx: the Dockerfile frontend's checks and deprecations, from the metadata
// file with BUILDX_METADATA_WARNINGS=true and the rawjson progress) becomes findings on the Dockerfile's lines, so
// the report, the annotations and the lint threshold treat them like lint findings. A BuildKit check the linter
// reported already on that line is not reported twice; one it did not report (InvalidBaseImagePlatform needs the
// base image, which a linter never reads) is added with the check's code.
import type { BuildResult, BuildWarning, Finding } from '../model.js';
import { BUILDKIT_NAMES, buildkitUrl, kebab } from '../lint/rules/buildkit-names.js';

/** The check a warning comes from and its text without the check's name and line: BuildKit 0.15+ writes
 *  `FromAsCasing: 'as' and 'FROM' … (line 1)`, 0.14 `Lint Rule 'FromAsCasing': … (line 1)`; else the check whose
 *  page its url is. No check: a warning of another kind (a deprecation, an unused build argument). */
export function warningCheck(warning: BuildWarning): { check?: string; text: string } {
  let text = warning.message;
  let check: string | undefined;
  const named = /^(?:Lint Rule '([A-Za-z]+)'|([A-Z][A-Za-z]+)):\s*/.exec(text);
  if (named && BUILDKIT_NAMES.has(named[1] ?? named[2]!)) {
    check = named[1] ?? named[2]!;
    text = text.slice(named[0].length);
  } else if (warning.url !== undefined) {
    check = [...BUILDKIT_NAMES].find((name) => warning.url!.replace(/\/?$/, '/') === buildkitUrl(name));
  }
  if (check !== undefined) text = text.replace(/\s*\(line \d+\)$/, '');
  return { ...(check !== undefined ? { check } : {}), text };
}

export function buildWarningFindings(build: BuildResult, dockerfile: string): Finding[] {
  return (build.warnings ?? []).map((w) => {
    const { check, text } = warningCheck(w);
    const line = w.line ?? 1;
    return {
      file: dockerfile,
      line,
      column: 1,
      endLine: line,
      endColumn: 1,
      rule: check ?? 'BuildKit',
      name: check !== undefined ? kebab(check) : 'build-warning',
      severity: 'warning',
      category: 'correctness',
      message: `the ${build.builder} build warned: ${text}${w.url ? ` (${w.url})` : ''}`,
      fixable: false,
    };
  });
}

/** The build's findings the lint did not make already: a check's warning is dropped when a lint finding on its
 *  line has its code, names it in `also`, or is a hadolint rule it pairs with (`pairs`: check → hadolint codes). */
export function unreportedBuildWarnings(
  lint: readonly Finding[],
  warnings: readonly Finding[],
  pairs: ReadonlyMap<string, readonly string[]>,
): Finding[] {
  return warnings.filter(
    (w) =>
      !lint.some(
        (f) =>
          w.line >= f.line &&
          w.line <= Math.max(f.line, f.endLine) &&
          (f.rule === w.rule ||
            f.also?.includes(w.rule) === true ||
            pairs.get(w.rule)?.includes(f.rule) === true),
      ),
  );
}
