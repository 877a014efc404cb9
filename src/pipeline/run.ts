// The pipeline both faces run (the action on a pull request, `image-budget check` on a local repository):
// lint → optimize → build → measure → baseline → compare → verdict. It returns data; reporting is the caller's.
import type { Deps } from '../adapters.js';
import { parseDockerfile } from '../dockerfile/parse.js';
import { getBaseline, type BaselineResult } from '../compare/baseline.js';
import { compare } from '../compare/compare.js';
import { compareFindings } from '../compare/findings.js';
import type { Comparison, FindingChanges } from '../compare/types.js';
import type { Inputs } from '../inputs.js';
import type { BuildFailure, BuildOptions, BuildResult, Finding, ImageMeasurement } from '../model.js';
import type { OptimizerReport } from '../report/types.js';
import { humanBytes } from '../report/units.js';
import { decide } from '../verdict/verdict.js';
import type { Verdict } from '../verdict/types.js';
import { buildWarningFindings, unreportedBuildWarnings } from './build-warnings.js';
import { BUILDKIT_PAIRS } from '../lint/rules/buildkit.js';
import { loadLinter } from './lint.js';
import { smokeTest } from '../optimize/safety.js';
import { runOptimizer } from './optimizer.js';
import { PathEscapeError, workspacePaths, type PathNames, type WorkspacePaths } from './paths.js';

export interface PipelineRequest {
  inputs: Inputs;
  /** Repository root; `inputs.dockerfile` and `inputs.context` are relative to it. */
  repo: string;
  /** Base commit or ref to compare with; undefined: no baseline. */
  baseRef?: string;
  /** Why there is no base ref, when there is none. */
  noBaseReason?: string;
  /** Where temporary worktrees and files go. */
  tempDir: string;
  /** Unique per run: image tags are `<prefix>-head`, `<prefix>-base`, `<prefix>-optimized`. */
  tagPrefix: string;
  /** How errors name the Dockerfile, context and config paths (default: as action inputs). */
  pathNames?: PathNames;
}

export interface PipelineSuccess {
  ok: true;
  dockerfile: string;
  head: ImageMeasurement;
  headBuild: BuildResult;
  baseline: BaselineResult;
  findings: Finding[];
  findingChanges?: FindingChanges;
  optimizer?: OptimizerReport;
  comparison: Comparison;
  verdict: Verdict;
  buildOptions: BuildOptions;
}

export interface PipelineBuildFailed {
  ok: false;
  dockerfile: string;
  failure: BuildFailure;
  findings: Finding[];
}

export type PipelineResult = PipelineSuccess | PipelineBuildFailed;

/** The warning for a base that should have been measured and was not: growth limits went unchecked. */
function noBaselineWarning(inputs: Inputs, reason: string): string {
  const limits = [
    inputs.maxIncrease ? '`max-increase`' : '',
    inputs.warnIncrease ? '`warn-increase`' : '',
  ].filter(Boolean);
  return (
    `no baseline: ${reason}. The size change against the base is unknown` +
    (limits.length > 0 ? `, so ${limits.join(' and ')} were not checked.` : '.')
  );
}

function headSmokeWarning(detail: string): string {
  return `the smoke test fails on the head image: ${detail}`;
}

/** A problem in what the user gave us (missing Dockerfile, bad config): reported as is, without a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export async function runPipeline(
  deps: Deps,
  request: PipelineRequest,
  images: string[],
): Promise<PipelineResult> {
  const { inputs, repo } = request;
  let paths: WorkspacePaths;
  try {
    paths = await workspacePaths(deps.fs, repo, inputs, request.pathNames);
  } catch (error: unknown) {
    // Before anything is built or read: nothing outside the workspace reaches the daemon or the report.
    if (error instanceof PathEscapeError) throw new UsageError(error.message);
    throw error;
  }
  // which builder the engine has (two client calls) is asked while the Dockerfile is read, parsed and linted;
  // the head build awaits the same answer, and meets its error if there is one
  deps.docker.builderKind().catch(() => undefined);
  const dockerfilePath = paths.dockerfile.path;
  const dockerfile = paths.dockerfile.relative;
  const context = paths.context.path;
  const text = await deps.fs.readFileOrNull(dockerfilePath);
  if (text === null) {
    throw new UsageError(
      `the \`dockerfile\` input ${JSON.stringify(inputs.dockerfile)}: no such file in the workspace ${repo}. ` +
        'Set it to the path of your Dockerfile, relative to the repository root.',
    );
  }
  if (!(await deps.fs.exists(context))) {
    throw new UsageError(
      `the \`context\` input ${JSON.stringify(inputs.context)}: no such directory in the workspace ${repo}. ` +
        'Set it to the build context folder, relative to the repository root.',
    );
  }

  // the layer store of earlier runs arrives while lint and the head build run
  const restoring = (deps.layers?.restore() ?? Promise.resolve()).catch((error: unknown) => {
    deps.log.debug(`layer store: ${error instanceof Error ? error.message : String(error)}`);
  });
  // the run's one Linter: the head, the base and the optimizer's variants are all linted with it
  const linter = await loadLinter(
    deps.fs,
    {
      repo,
      configPath: paths.config.relative,
      dockerfile: dockerfilePath,
      context,
      buildArgs: inputs.buildArgs,
    },
    deps.shellcheck,
    (m) => deps.log.warning(m),
  );
  // parsed once: lint, the head's measurement and the optimizer all read this model
  const parsed = parseDockerfile(text, dockerfile);
  // lint runs while the head image builds
  const linting = inputs.lint ? linter.lint(parsed, dockerfile) : Promise.resolve([]);
  linting.catch(() => undefined);

  const buildOptions: BuildOptions = {
    dockerfile: dockerfilePath,
    context,
    buildArgs: inputs.buildArgs,
    ...(inputs.target !== undefined ? { target: inputs.target } : {}),
    ...(inputs.platform !== undefined ? { platform: inputs.platform } : {}),
    ...(inputs.builder !== undefined ? { builder: inputs.builder } : {}),
  };

  const headBuild = await deps.log.group(`build head (${dockerfile})`, () =>
    deps.docker.build({ ...buildOptions, tag: `${request.tagPrefix}-head` }),
  );
  const findings = await linting;
  deps.log.info(`lint: ${findings.length} finding(s) in ${dockerfile}`);
  if (!headBuild.ok) return { ok: false, dockerfile, failure: headBuild, findings };
  images.push(headBuild.tag);
  // buildx's own checks (engine 27+): what the linter reported already is not reported twice
  const buildWarnings = unreportedBuildWarnings(
    findings,
    buildWarningFindings(headBuild, dockerfile),
    BUILDKIT_PAIRS,
  );
  if (buildWarnings.length > 0) findings.push(...linter.withPolicy(buildWarnings, parsed));
  await restoring;

  // Head is measured while the optimized variant builds on head's cache and the base builds: the measurer lets
  // images that are ready at the same time share one `docker save`, and the layers they share are read once.
  const measuringHead = deps.measure(headBuild.tag, parsed, inputs.target).then((head) => {
    deps.log.info(
      `head: ${humanBytes(head.sizeBytes)} uncompressed, ${humanBytes(head.compressedBytes)} compressed, ${head.layerCount} layers`,
    );
    return head;
  });
  const optimizing =
    inputs.optimize === 'off'
      ? Promise.resolve(undefined)
      : deps.log.group('optimize: build with and without the fixes', () =>
          runOptimizer(deps, {
            inputs,
            text,
            parsed,
            dockerfile,
            buildOptions,
            headImage: headBuild.tag,
            tagPrefix: `${request.tagPrefix}-optimized`,
            linter,
          }).catch((error: unknown): OptimizerReport => {
            // The optimizer is an extra: when it cannot run, the size check still stands.
            const reason = error instanceof Error ? error.message : String(error);
            deps.log.warning(`the optimizer could not run, so no savings are reported: ${reason}`);
            return { diff: '', fixes: [], error: `the optimizer could not run: ${reason}` };
          }),
        );
  const baselining: Promise<BaselineResult> =
    request.baseRef === undefined
      ? Promise.resolve({
          available: false,
          reason: request.noBaseReason ?? 'no base commit to compare with',
        })
      : deps.log.group(`baseline (${request.baseRef})`, () =>
          getBaseline(deps, {
            mode: inputs.baseline,
            repo,
            ref: request.baseRef!,
            build: buildOptions,
            tag: `${request.tagPrefix}-base`,
            tempDir: request.tempDir,
            ...(inputs.lint ? { linter } : {}),
          }),
        );
  // all three settle before anything is reported or thrown: no build is left running behind an error
  const settled = await Promise.allSettled([measuringHead, optimizing, baselining]);
  if (settled[2].status === 'fulfilled' && settled[2].value.available && settled[2].value.image !== undefined)
    images.push(settled[2].value.image);
  const failed = settled.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  const head = (settled[0] as PromiseFulfilledResult<ImageMeasurement>).value;
  const optimizer = (settled[1] as PromiseFulfilledResult<OptimizerReport | undefined>).value;
  const baseline = (settled[2] as PromiseFulfilledResult<BaselineResult>).value;
  if (!baseline.available && baseline.failed) deps.log.warning(noBaselineWarning(inputs, baseline.reason));
  else if (!baseline.available) deps.log.info(`no baseline: ${baseline.reason}`);

  // Without the optimizer the smoke test still checks the head image (with it, the optimizer ran it already).
  if (optimizer === undefined && inputs.smokeTest !== undefined) {
    const smoke = await smokeTest(deps.docker, headBuild.tag, inputs.smokeTest);
    if (!smoke.ok) deps.log.warning(headSmokeWarning(smoke.detail), { file: dockerfile });
  }

  const base = baseline.available ? baseline.measurement : null;
  const comparison = compare(base, head, {
    minChange: inputs.minChange,
    ...(baseline.available ? {} : { noBaselineReason: baseline.reason }),
    buildSeconds: {
      head: headBuild.seconds,
      ...(baseline.available && baseline.buildSeconds !== undefined ? { base: baseline.buildSeconds } : {}),
      // Only two builds from the same commit-independent cache state compare: both fully cold or both built here.
      sameCacheState:
        baseline.available &&
        baseline.source === 'build' &&
        (headBuild.cachedSteps ?? 0) === (baseline.cachedSteps ?? 0),
    },
    ...(optimizer?.measurement ? { optimized: optimizer.measurement } : {}),
  });
  const findingChanges =
    inputs.lint && baseline.available && baseline.findings !== null
      ? compareFindings(baseline.findings, findings)
      : undefined;
  const verdict = decide(comparison, findings, inputs);
  await deps.layers?.save();
  return {
    ok: true,
    dockerfile,
    head,
    headBuild,
    baseline,
    findings,
    ...(findingChanges ? { findingChanges } : {}),
    ...(optimizer ? { optimizer } : {}),
    comparison,
    verdict,
    buildOptions,
  };
}
