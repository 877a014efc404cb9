// The optimizer stage as the pipeline runs it: the optimizer's own with-and-without run (the head image is the
// "without"; the optimized variant is built on the same builder, checked for the same final config and the
// smoke test, and measured), turned into what the report shows.
import { join } from 'node:path';
import type { Deps } from '../adapters.js';
import type { ParsedDockerfile } from '../dockerfile/types.js';
import type { Inputs } from '../inputs.js';
import type { Linter } from '../lint/linter.js';
import type { BuildOptions } from '../model.js';
import { readContextFacts } from '../optimize/context-options.js';
import { unifiedDiff } from '../optimize/diff.js';
import { renderDockerignore } from '../optimize/dockerignore.js';
import { layersRemovedByFix } from '../optimize/fix-layers.js';
import { withAndWithout } from '../optimize/with-without.js';
import type { OptimizerFix, OptimizerReport } from '../report/types.js';

export interface OptimizerRequest {
  inputs: Inputs;
  text: string;
  /** `text`, parsed (the run parses the head Dockerfile once). */
  parsed: ParsedDockerfile;
  dockerfile: string;
  buildOptions: BuildOptions;
  /** The head image (the "without"); its measurement may still be under way. */
  headImage: string;
  /** Tag prefix for the optimized images (removed by the optimizer when it is done). */
  tagPrefix: string;
  /** The run's Linter: the optimizer applies only fixes of findings it reports. */
  linter: Linter;
}

export async function runOptimizer(deps: Deps, request: OptimizerRequest): Promise<OptimizerReport> {
  const { inputs, buildOptions } = request;
  const facts = await readContextFacts(deps.fs, request.parsed, buildOptions.context);
  const optimize = {
    ...facts.options,
    level: inputs.optimize === 'aggressive' ? 'aggressive' : 'safe',
    linter: request.linter,
  } as const;
  const result = await withAndWithout(
    {
      docker: deps.docker,
      measure: (image) => deps.measure(image, request.parsed, inputs.target),
      files: deps.fs,
      log: deps.log.debug,
    },
    {
      dockerfile: buildOptions.dockerfile,
      text: request.text,
      context: buildOptions.context,
      optimize,
      build: {
        ...(buildOptions.target !== undefined ? { target: buildOptions.target } : {}),
        ...(buildOptions.buildArgs !== undefined ? { buildArgs: buildOptions.buildArgs } : {}),
        ...(buildOptions.platform !== undefined ? { platform: buildOptions.platform } : {}),
        ...(buildOptions.builder !== undefined ? { builder: buildOptions.builder } : {}),
      },
      ...(inputs.smokeTest !== undefined ? { smokeTest: inputs.smokeTest } : {}),
      originalImage: request.headImage,
      tagPrefix: request.tagPrefix,
    },
  );
  const o = result.optimization;
  const ignoreDiff =
    o.dockerignore.added.length > 0
      ? unifiedDiff(
          join(inputs.context, '.dockerignore'),
          facts.dockerignoreText,
          renderDockerignore(facts.dockerignoreText, o.dockerignore.added),
        )
      : '';
  if (!result.ok) {
    // The head image itself failed (its smoke test): nothing could be verified, and the image may be broken.
    deps.log.warning(`the optimizer could not check any fix: ${result.reason}`, { file: request.dockerfile });
    return {
      diff: diffOf(request.dockerfile, o.original, o.optimized) + ignoreDiff,
      fixes: [],
      error: result.reason,
    };
  }
  const verified = result.optimization;
  const report: OptimizerReport = {
    diff:
      diffOf(request.dockerfile, verified.original, verified.optimized) +
      (verified.dockerignore.added.length > 0 ? ignoreDiff : ''),
    fixes: result.fixes.map((f): OptimizerFix => {
      const fix: OptimizerFix = {
        rule: f.rule,
        description: f.description,
        lines: f.rule === 'dockerignore' ? [] : f.lines,
        layersRemoved: layersRemovedByFix(
          request.text,
          f.key,
          { ...optimize, file: buildOptions.dockerfile },
          inputs.target,
        ),
      };
      if (f.savedBytes !== null && f.savedCompressedBytes !== null && f.layersSaved !== null)
        fix.measured = {
          savedBytes: f.savedBytes,
          savedCompressedBytes: f.savedCompressedBytes,
          layersSaved: f.layersSaved,
        };
      return fix;
    }),
  };
  if (result.optimized.tag !== result.original.tag) report.measurement = result.optimized.measurement;
  if (result.original.smoke?.ok && result.optimized.smoke?.ok) report.smokeTested = true;
  for (const d of result.dropped.filter((d) => d.reason.startsWith('the build failed'))) {
    deps.log.warning(
      `the image with the fix "${d.description}" (${d.rule}) did not build, so it was dropped: ${d.reason}`,
    );
  }
  if (result.dropped.length > 0) {
    report.error = result.dropped
      .map((d) => `dropped "${d.description}" (${d.rule}): ${d.reason}`)
      .join('; ');
  }
  return report;
}

function diffOf(file: string, before: string, after: string): string {
  return before === after ? '' : unifiedDiff(file, before, after);
}
