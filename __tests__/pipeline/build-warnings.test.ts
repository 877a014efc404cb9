// The builder's warnings beside the lint: buildx's metadata file (BUILDX_METADATA_WARNINGS=true) read as buildx
// writes it, turned into findings, and merged with the lint's own so a check is reported once.
import { describe, expect, it } from '@jest/globals';
import { parseBuildMetadata } from '../../src/docker/build.js';
import { parseConfig } from '../../src/lint/config.js';
import { lintEnvironment, Linter } from '../../src/lint/linter.js';
import { BUILDKIT_PAIRS } from '../../src/lint/rules/buildkit.js';
import type { BuildResult } from '../../src/model.js';
import {
  buildWarningFindings,
  unreportedBuildWarnings,
  warningCheck,
} from '../../src/pipeline/build-warnings.js';
import { parseDockerfile } from '../../src/dockerfile/parse.js';

const b64 = (text: string): string => Buffer.from(text).toString('base64');

const DOCKERFILE =
  'FROM --platform=linux/arm64 busybox:1.35 as base\nCMD echo hi\nFROM base\nMAINTAINER jane@example.com\n';

/** One warning as buildx writes it into the metadata file: text fields base64, the source and the range. */
function rawWarning(check: string, short: string, description: string, line: number): unknown {
  const kebab = check.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2');
  return {
    vertex: 'sha256:8b1c1c2ae1e4a4d6e9c8a0d2f8f1b4b3a5a8f3f4c2d1e0f9a8b7c6d5e4f3a2b1',
    level: 1,
    short: b64(short),
    detail: [b64(description)],
    url: `https://docs.docker.com/go/dockerfile/rule/${kebab.toLowerCase()}/`,
    sourceInfo: {
      filename: 'Dockerfile',
      language: 'Dockerfile',
      data: b64(DOCKERFILE),
      definition: { def: [b64('op')] },
    },
    range: [{ start: { line }, end: { line } }],
  };
}

const METADATA = JSON.stringify({
  'buildx.build.ref': 'default/default/q3m1w2e3r4t5y6u7i8o9p0',
  'containerimage.config.digest': 'sha256:c0f1c0f1',
  'containerimage.digest': 'sha256:1d4a1d4a',
  'buildx.build.warnings': [
    rawWarning(
      'FromAsCasing',
      "FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 1)",
      'The AS keyword should match the case of the FROM keyword',
      1,
    ),
    rawWarning(
      'JSONArgsRecommended',
      'JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 2)',
      'JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals',
      2,
    ),
    rawWarning(
      'InvalidBaseImagePlatform',
      'InvalidBaseImagePlatform: Base image busybox:1.35 was pulled with platform "linux/arm64", expected "linux/amd64" for current build (line 1)',
      'Base image platform does not match expected target platform',
      1,
    ),
    rawWarning(
      'MaintainerDeprecated',
      "Lint Rule 'MaintainerDeprecated': Maintainer instruction is deprecated in favor of using label (line 4)",
      'The MAINTAINER instruction is deprecated, use a label instead to define an image author',
      4,
    ),
  ],
});

function build(): BuildResult {
  const metadata = parseBuildMetadata(METADATA);
  return {
    ok: true,
    imageId: metadata.configDigest!,
    tag: 't',
    builder: 'buildx',
    seconds: 1,
    ...(metadata.warnings ? { warnings: metadata.warnings } : {}),
  };
}

describe('warningCheck', () => {
  it('reads the check from the message in both of BuildKit’s formats, else from the url', () => {
    expect(warningCheck({ message: "FromAsCasing: 'as' and 'FROM' differ (line 1)" })).toEqual({
      check: 'FromAsCasing',
      text: "'as' and 'FROM' differ",
    });
    expect(
      warningCheck({ message: "Lint Rule 'UndefinedVar': Usage of undefined variable '$X' (line 3)" }),
    ).toEqual({ check: 'UndefinedVar', text: "Usage of undefined variable '$X'" });
    expect(
      warningCheck({
        message: 'JSON arguments recommended',
        url: 'https://docs.docker.com/go/dockerfile/rule/json-args-recommended',
      }),
    ).toEqual({ check: 'JSONArgsRecommended', text: 'JSON arguments recommended' });
  });

  it('leaves a warning of another kind as it is', () => {
    expect(warningCheck({ message: 'Empty continuation line found in: RUN a (line 2)' })).toEqual({
      text: 'Empty continuation line found in: RUN a (line 2)',
    });
    expect(warningCheck({ message: 'Note: something (line 1)', url: 'https://example.com/x/' })).toEqual({
      text: 'Note: something (line 1)',
    });
  });
});

describe('the build’s warnings beside the lint', () => {
  it('are findings with the check’s code, line and page', () => {
    expect(
      buildWarningFindings(build(), 'app/Dockerfile').map((f) => [f.rule, f.name, f.line, f.message]),
    ).toEqual([
      [
        'FromAsCasing',
        'from-as-casing',
        1,
        "the buildx build warned: 'as' and 'FROM' keywords' casing do not match (https://docs.docker.com/go/dockerfile/rule/from-as-casing/)",
      ],
      [
        'JSONArgsRecommended',
        'json-args-recommended',
        2,
        'the buildx build warned: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (https://docs.docker.com/go/dockerfile/rule/json-args-recommended/)',
      ],
      [
        'InvalidBaseImagePlatform',
        'invalid-base-image-platform',
        1,
        'the buildx build warned: Base image busybox:1.35 was pulled with platform "linux/arm64", expected "linux/amd64" for current build (https://docs.docker.com/go/dockerfile/rule/invalid-base-image-platform/)',
      ],
      [
        'MaintainerDeprecated',
        'maintainer-deprecated',
        4,
        'the buildx build warned: Maintainer instruction is deprecated in favor of using label (https://docs.docker.com/go/dockerfile/rule/maintainer-deprecated/)',
      ],
    ]);
  });

  it('drop what the linter reported on the line already (its code, `also` or a paired rule), keep the rest', async () => {
    const linter = new Linter(lintEnvironment(undefined, null), { warn: () => undefined });
    const lint = await linter.lint(DOCKERFILE, 'Dockerfile');
    // the linter's view: FromAsCasing on 1, DL3025 (also JSONArgsRecommended) on 2, DL4000 (also
    // MaintainerDeprecated) on 4; it cannot see the base image's platform
    expect(lint.filter((f) => f.rule !== 'DL3029').map((f) => [f.line, f.rule, f.also])).toEqual([
      [1, 'FromAsCasing', undefined],
      [2, 'DL3025', ['JSONArgsRecommended']],
      [4, 'DL4000', ['MaintainerDeprecated']],
    ]);
    const added = unreportedBuildWarnings(lint, buildWarningFindings(build(), 'Dockerfile'), BUILDKIT_PAIRS);
    expect(added.map((f) => [f.line, f.rule])).toEqual([[1, 'InvalidBaseImagePlatform']]);
    // a paired hadolint finding without `also` (the check was skipped in lint) still stands for the warning
    const bare = lint.map(({ also: _also, ...f }) => f);
    expect(
      unreportedBuildWarnings(bare, buildWarningFindings(build(), 'Dockerfile'), BUILDKIT_PAIRS).map(
        (f) => f.rule,
      ),
    ).toEqual(['InvalidBaseImagePlatform']);
    // on another line it is another problem
    const elsewhere = lint.map((f) => ({ ...f, line: f.line + 10, endLine: f.endLine + 10 }));
    expect(
      unreportedBuildWarnings(elsewhere, buildWarningFindings(build(), 'Dockerfile'), BUILDKIT_PAIRS).length,
    ).toBe(4);
  });

  it('take the run’s configuration and pragmas, as the lint’s own findings do', () => {
    const config = parseConfig('ignored: [InvalidBaseImagePlatform]\n', '.hadolint.yaml');
    const linter = new Linter(lintEnvironment(config, null), { warn: () => undefined });
    const parsed = parseDockerfile(DOCKERFILE, 'Dockerfile');
    const warnings = buildWarningFindings(build(), 'Dockerfile');
    expect(linter.withPolicy(warnings, parsed).map((f) => f.rule)).toEqual([
      'FromAsCasing',
      'JSONArgsRecommended',
      'MaintainerDeprecated',
    ]);
  });

  it('are none for a build that warned of nothing (engines before BuildKit’s checks)', () => {
    expect(buildWarningFindings({ ...build(), warnings: [] }, 'Dockerfile')).toEqual([]);
    const { warnings: _none, ...older } = build();
    expect(buildWarningFindings(older, 'Dockerfile')).toEqual([]);
    expect(unreportedBuildWarnings([], [], BUILDKIT_PAIRS)).toEqual([]);
  });
});
