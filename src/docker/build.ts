// Building images on whatever the machine has: buildx (`buildx build --load`), a client with built-in BuildKit
// (`DOCKER_BUILDKIT=1 docker build`), or the classic builder. Argument lists are built by pure functions; the
// output parsers turn each builder's progress format into steps with durations and cache hits.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuilderKind, BuildFailure, BuildOptions, BuildResult, BuildStep } from '../model.js';
import { DockerCommandError } from './errors.js';
import type { Docker } from './types.js';
import { randomBytes } from 'node:crypto';

/** buildx when the plugin answers; built-in BuildKit for clients 18.09–22.x; otherwise the classic builder. */
export async function detectBuilder(docker: Docker): Promise<BuilderKind> {
  try {
    await docker.run(['buildx', 'version']);
    return 'buildx';
  } catch {
    // no buildx plugin
  }
  try {
    const { stdout } = await docker.run(['version', '--format', '{{.Client.Version}}']);
    return clientHasBuiltinBuildkit(stdout.trim()) ? 'buildkit' : 'classic';
  } catch {
    return 'classic';
  }
}

/** Docker clients from 18.09 to 22.x carry a BuildKit client; 23+ delegate `build` to the buildx plugin. */
export function clientHasBuiltinBuildkit(version: string): boolean {
  const m = /^(\d+)\.(\d+)/.exec(version);
  if (!m) return false;
  const major = Number(m[1]);
  const minor = Number(m[2]);
  return (major === 18 && minor >= 9) || (major > 18 && major < 23);
}

export interface BuildInvocation {
  args: string[];
  env: Record<string, string>;
}

/** The argv (and environment) of a build. Pure: tested with one table. */
export function buildArgv(
  kind: BuilderKind,
  options: BuildOptions,
  files: { iidfile: string; metadataFile?: string },
): BuildInvocation {
  if (options.builder && kind !== 'buildx') {
    throw new Error(`builder "${options.builder}" needs docker buildx, which this machine does not have`);
  }
  const args: string[] = kind === 'buildx' ? ['buildx', 'build', '--load'] : ['build'];
  const env: Record<string, string> = { DOCKER_BUILDKIT: kind === 'classic' ? '0' : '1' };
  if (kind === 'buildx') {
    if (options.builder) args.push('--builder', options.builder);
    args.push('--progress=rawjson');
    if (files.metadataFile) args.push('--metadata-file', files.metadataFile);
  } else if (kind === 'buildkit') {
    args.push('--progress=plain');
  } else {
    // the classic builder keeps the container of a failed step; nothing needs it
    args.push('--force-rm');
  }
  args.push('--file', options.dockerfile, '--iidfile', files.iidfile);
  if (options.tag) args.push('--tag', options.tag);
  if (options.target) args.push('--target', options.target);
  if (options.platform) args.push('--platform', options.platform);
  if (options.noCache) args.push('--no-cache');
  if (options.network) args.push('--network', options.network);
  for (const [key, value] of Object.entries(options.buildArgs ?? {}))
    args.push('--build-arg', `${key}=${value}`);
  for (const [key, value] of Object.entries(options.labels ?? {})) args.push('--label', `${key}=${value}`);
  args.push(options.context);
  return { args, env };
}

/** Builds and returns the image id and timings, or a BuildFailure naming the failing step. Never throws for a
 *  failing Dockerfile; throws only when docker itself cannot be run. */
export async function buildImage(
  docker: Docker,
  kind: BuilderKind,
  options: BuildOptions,
): Promise<BuildResult | BuildFailure> {
  const dir = await mkdtemp(join(tmpdir(), 'image-budget-build-'));
  const tag = options.tag ?? `image-budget-build:${randomBytes(6).toString('hex')}`;
  const invocation = buildArgv(
    kind,
    { ...options, tag },
    {
      iidfile: join(dir, 'iid'),
      ...(kind === 'buildx' ? { metadataFile: join(dir, 'metadata.json') } : {}),
    },
  );
  const started = Date.now();
  try {
    let output: string;
    try {
      const result = await docker.run(invocation.args, { env: invocation.env, tailLines: 60 });
      // BuildKit and buildx write progress to stderr, the classic builder to stdout
      output = `${result.stdout}\n${result.stderr}`;
    } catch (error: unknown) {
      const seconds = (Date.now() - started) / 1000;
      if (!(error instanceof DockerCommandError) || error.exitCode === null) throw error;
      const outputTail = [...error.stdoutTail, ...error.stderrTail].filter((l) => l.trim() !== '');
      const lastLine = outputTail.at(-1) ?? `exit code ${String(error.exitCode)}`;
      return describeFailure(kind, seconds, lastLine, outputTail);
    }
    const seconds = (Date.now() - started) / 1000;
    const imageId = (await readFile(join(dir, 'iid'), 'utf8')).trim();
    const steps =
      kind === 'classic'
        ? parseClassicProgress(output)
        : kind === 'buildkit'
          ? parsePlainProgress(output)
          : parseRawJsonProgress(output);
    const counted = steps.filter((s) => !isInternalStep(s.name));
    return {
      ok: true,
      imageId,
      tag,
      builder: kind,
      seconds,
      steps,
      cachedSteps: counted.filter((s) => s.cached).length,
      totalSteps: counted.length,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function isInternalStep(name: string): boolean {
  return /^\[internal\]|^\[auth\]|exporting to image|^load (build definition|\.dockerignore|metadata)/i.test(
    name,
  );
}

/** Turns the tail of a failed build's output into a failure with the step and Dockerfile line when known. */
export function describeFailure(
  kind: BuilderKind,
  seconds: number,
  message: string,
  outputTail: string[],
): BuildFailure {
  const text = outputTail.join('\n');
  let step: string | undefined;
  let line: number | undefined;
  const lineMatch = /Dockerfile[^:\n]*:(\d+)\s*$/m.exec(text) ?? /^\s*(\d+)\s+\|\s+>>>/m.exec(text);
  if (lineMatch) line = Number(lineMatch[1]);
  if (kind === 'classic') {
    const steps = [...text.matchAll(/^Step \d+\/\d+ : (.*)$/gm)];
    step = steps.at(-1)?.[1];
  } else {
    const steps = [...text.matchAll(/^#\d+ (\[[^\]]+\] .*)$/gm)];
    step = steps.at(-1)?.[1];
    const solve = /failed to solve: (.*)$/m.exec(text);
    if (solve) message = solve[1]!;
  }
  const classicError = /^The command .* returned a non-zero code: \d+$/m.exec(text);
  if (classicError) message = classicError[0];
  return {
    ok: false,
    builder: kind,
    seconds,
    ...(step ? { step } : {}),
    ...(line ? { line } : {}),
    output: outputTail,
    message: `build failed${step ? ` at ${step}` : ''}: ${message}`,
  };
}

/** BuildKit `--progress=plain`: `#5 [2/3] RUN …`, `#5 CACHED`, `#5 DONE 0.4s`. */
export function parsePlainProgress(output: string): BuildStep[] {
  const byId = new Map<string, BuildStep>();
  for (const raw of output.split('\n')) {
    const m = /^#(\d+) (.*)$/.exec(raw.trim());
    if (!m) continue;
    const [, id, rest] = m as unknown as [string, string, string];
    const done = /^DONE (\d+(?:\.\d+)?)s$/.exec(rest);
    const step = byId.get(id);
    if (!step) {
      byId.set(id, { name: rest, cached: false });
    } else if (rest === 'CACHED') {
      step.cached = true;
    } else if (done) {
      step.seconds = Number(done[1]);
    }
  }
  return [...byId.values()];
}

/** Classic builder: `Step 2/5 : RUN …` followed by ` ---> Using cache` when cached; no durations. */
export function parseClassicProgress(output: string): BuildStep[] {
  const steps: BuildStep[] = [];
  for (const raw of output.split('\n')) {
    const m = /^Step \d+\/\d+ : (.*)$/.exec(raw.trim());
    if (m) steps.push({ name: m[1]!, cached: false });
    else if (/^---> Using cache$/.test(raw.trim()) && steps.length > 0)
      steps[steps.length - 1]!.cached = true;
  }
  return steps;
}

interface RawVertex {
  digest: string;
  name?: string;
  started?: string;
  completed?: string;
  cached?: boolean;
}

/** buildx `--progress=rawjson`: one JSON status object a line, vertexes with started/completed times. */
export function parseRawJsonProgress(output: string): BuildStep[] {
  const byDigest = new Map<string, RawVertex>();
  for (const raw of output.split('\n')) {
    const text = raw.trim();
    if (!text.startsWith('{')) continue;
    let status: { vertexes?: RawVertex[] };
    try {
      status = JSON.parse(text) as { vertexes?: RawVertex[] };
    } catch {
      continue;
    }
    for (const v of status.vertexes ?? []) byDigest.set(v.digest, { ...byDigest.get(v.digest), ...v });
  }
  return [...byDigest.values()].map((v) => {
    const step: BuildStep = { name: v.name ?? v.digest, cached: v.cached === true };
    if (v.started && v.completed) step.seconds = (Date.parse(v.completed) - Date.parse(v.started)) / 1000;
    return step;
  });
}
