// The optimizer stage as the pipeline runs it: optimize the Dockerfile text, build the optimized variant on the
// same builder (so it shares the head build's cache), measure it, and keep it only when it is safe: it builds,
// its final config equals the head's, and the smoke test (when given) passes in both images.
import { join } from 'node:path';
import type { Deps } from '../adapters.js';
import type { Inputs } from '../inputs.js';
import type { BuildOptions, ImageMeasurement } from '../model.js';
import { unifiedDiff } from '../optimize/diff.js';
import { optimizeDockerfile } from '../optimize/optimize.js';
import type { OptimizerReport } from '../report/types.js';
import type { LintEnvironment } from './lint.js';

export interface OptimizerRequest {
  inputs: Inputs;
  text: string;
  dockerfile: string;
  buildOptions: BuildOptions;
  lintEnv: LintEnvironment;
  head: ImageMeasurement;
  tag: string;
  tempDir: string;
}

export async function runOptimizer(
  deps: Deps,
  request: OptimizerRequest,
  images: string[],
): Promise<OptimizerReport> {
  const { inputs, text, dockerfile } = request;
  const dockerignore = request.lintEnv.settings.dockerignore ?? null;
  const result = optimizeDockerfile(text, {
    file: dockerfile,
    level: inputs.optimize === 'aggressive' ? 'aggressive' : 'safe',
    settings: request.lintEnv.settings,
    dockerignore,
  });
  const fixes = result.applied.map((f) => `${f.description} (${f.rule}, line ${f.line})`);
  if (!result.changed) return { diff: '', fixes };
  const ignoreText =
    result.dockerignore.added.length > 0
      ? [...(dockerignore ?? []), ...result.dockerignore.added].join('\n') + '\n'
      : null;
  const diff =
    unifiedDiff(dockerfile, result.original, result.optimized) +
    (ignoreText === null
      ? ''
      : unifiedDiff('.dockerignore', dockerignore === null ? null : dockerignore.join('\n'), ignoreText));
  if (result.optimized === result.original) {
    // Only `.dockerignore` lines: the build would need a changed context, which we do not write into the checkout.
    return { diff, fixes, error: 'only .dockerignore changes; not built (the context is left untouched)' };
  }
  const dir = await deps.fs.makeTempDir(request.tempDir, 'image-budget-optimized-');
  try {
    const path = join(dir, 'Dockerfile');
    await deps.fs.writeFile(path, result.optimized);
    // BuildKit reads `<Dockerfile>.dockerignore` beside the Dockerfile before the context's own file.
    if (ignoreText !== null) await deps.fs.writeFile(`${path}.dockerignore`, ignoreText);
    const build = await deps.docker.build({ ...request.buildOptions, dockerfile: path, tag: request.tag });
    if (!build.ok) return { diff, fixes, error: `the optimized Dockerfile did not build: ${build.message}` };
    images.push(build.tag);
    const measurement = await deps.measure(build.tag, result.optimized, inputs.target);
    const changedConfig = configDifference(request.head, measurement);
    if (changedConfig !== null) {
      return {
        diff,
        fixes,
        error: `the optimized image changes the final ${changedConfig}; its saving is not counted`,
      };
    }
    if (inputs.smokeTest !== undefined) {
      for (const [which, image] of [
        ['head', request.head.image],
        ['optimized', build.tag],
      ] as const) {
        const run = await deps.docker
          .runContainer(image, inputs.smokeTest, { shell: true })
          .catch((error: unknown) => ({
            exitCode: 1,
            stdout: '',
            stderr: error instanceof Error ? error.message : String(error),
          }));
        if (run.exitCode !== 0) {
          return {
            diff,
            fixes,
            error: `the smoke test failed in the ${which} image (exit ${run.exitCode}): ${run.stderr.trim().split('\n').slice(-1)[0] ?? ''}`,
          };
        }
      }
    }
    return { diff, fixes, measurement };
  } finally {
    await deps.fs.remove(dir);
  }
}

/** The first final-config field that differs, or null. */
function configDifference(a: ImageMeasurement, b: ImageMeasurement): string | null {
  const keys = [
    'Entrypoint',
    'Cmd',
    'User',
    'WorkingDir',
    'ExposedPorts',
    'Env',
    'Volumes',
    'Labels',
  ] as const;
  for (const key of keys) {
    if (JSON.stringify(a.config[key] ?? null) !== JSON.stringify(b.config[key] ?? null)) return key;
  }
  return null;
}
