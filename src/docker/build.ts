// Building images on whatever the machine has: buildx (`buildx build --load`, or an OCI export on a remote
// builder), a client with built-in BuildKit (`DOCKER_BUILDKIT=1 docker build`), or the classic builder. Argument
// lists are built by pure functions; the output parsers turn each builder's progress format into steps with
// durations and cache hits, and buildx's metadata file and progress into the image digest and the warnings.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  BuilderKind,
  BuildFailure,
  BuildOptions,
  BuildResult,
  BuildStep,
  BuildWarning,
} from '../model.js';
import { DockerCommandError, EngineMissingError } from './errors.js';
import type { Docker } from './types.js';

/** DOCKER_BUILDKIT=0 asks for the classic builder, as it does of the docker CLI; otherwise buildx when the
 *  plugin answers, built-in BuildKit for clients 18.09–22.x, and the classic builder last. */
export async function detectBuilder(
  docker: Docker,
  env: Record<string, string | undefined> = process.env,
): Promise<BuilderKind> {
  if (env['DOCKER_BUILDKIT'] === '0') return 'classic';
  try {
    await docker.run(['buildx', 'version']);
    return 'buildx';
  } catch (error: unknown) {
    if (error instanceof EngineMissingError) throw error;
    // no buildx plugin
  }
  try {
    const { stdout } = await docker.run(['version', '--format', '{{.Client.Version}}']);
    return clientHasBuiltinBuildkit(stdout.trim()) ? 'buildkit' : 'classic';
  } catch (error: unknown) {
    if (error instanceof EngineMissingError) throw error;
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

export interface BuildFiles {
  iidfile: string;
  /** buildx only: where buildx writes the build's metadata (digest, warnings). */
  metadataFile?: string;
  /** buildx only: export the image as an OCI archive here instead of loading it into the engine. */
  ociExport?: string;
}

/** The argv (and environment) of a build. Pure: tested with one table. */
export function buildArgv(kind: BuilderKind, options: BuildOptions, files: BuildFiles): BuildInvocation {
  if (options.builder && kind !== 'buildx') {
    throw new Error(`builder "${options.builder}" needs docker buildx, which this machine does not have`);
  }
  if (files.ociExport && kind !== 'buildx') throw new Error('an OCI export needs docker buildx');
  const args: string[] = ['buildx', 'build'];
  const env: Record<string, string> = { DOCKER_BUILDKIT: kind === 'classic' ? '0' : '1' };
  if (kind === 'buildx') {
    // --load only when the image is measured in an engine; a remote builder's image is exported and read
    args.push(...(files.ociExport ? ['--output', `type=oci,dest=${files.ociExport}`] : ['--load']));
    if (options.builder) args.push('--builder', options.builder);
    args.push('--progress=rawjson');
    // the image is built to be measured: a provenance attestation would make every rebuild a new image id on
    // the containerd store (its index digest changes) and adds nothing users pull with the image
    args.push('--provenance=false');
    if (files.metadataFile) args.push('--metadata-file', files.metadataFile);
    // buildx 0.15+ writes the build's warnings into the metadata file only when asked
    env['BUILDX_METADATA_WARNINGS'] = 'true';
  } else {
    args.splice(0, 2, 'build');
    if (kind === 'buildkit') args.push('--progress=plain');
    // the classic builder keeps the container of a failed step; nothing needs it
    else args.push('--force-rm');
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
 *  failing Dockerfile; throws only when docker itself cannot be run. With `ociExport` (buildx) the image is
 *  written to that archive instead of the engine. */
export async function buildImage(
  docker: Docker,
  kind: BuilderKind,
  options: BuildOptions,
  output: { ociExport?: string } = {},
): Promise<BuildResult | BuildFailure> {
  const dir = await mkdtemp(join(tmpdir(), 'image-budget-build-'));
  const tag = options.tag ?? `image-budget-build:${randomBytes(6).toString('hex')}`;
  const metadataFile = kind === 'buildx' ? join(dir, 'metadata.json') : undefined;
  const invocation = buildArgv(
    kind,
    { ...options, tag },
    {
      iidfile: join(dir, 'iid'),
      ...(metadataFile ? { metadataFile } : {}),
      ...(output.ociExport ? { ociExport: output.ociExport } : {}),
    },
  );
  const started = Date.now();
  try {
    let output: string;
    try {
      // rawjson is verbose (indented JSON): keep enough of it to find the failing step and its log
      const tailLines = kind === 'buildx' ? 600 : 60;
      const result = await docker.run(invocation.args, { env: invocation.env, tailLines });
      // BuildKit and buildx write progress to stderr, the classic builder to stdout
      output = `${result.stdout}\n${result.stderr}`;
    } catch (error: unknown) {
      const seconds = (Date.now() - started) / 1000;
      if (!(error instanceof DockerCommandError) || error.exitCode === null) throw error;
      const raw = [...error.stdoutTail, ...error.stderrTail];
      const outputTail = (kind === 'buildx' ? readableRawJsonTail(raw.join('\n')) : raw).filter(
        (l) => l.trim() !== '',
      );
      const lastLine = outputTail.at(-1) ?? `exit code ${String(error.exitCode)}`;
      return describeFailure(kind, seconds, lastLine, outputTail);
    }
    const seconds = (Date.now() - started) / 1000;
    const metadata = metadataFile
      ? parseBuildMetadata(await readFile(metadataFile, 'utf8').catch(() => ''))
      : {};
    const iid = (await readFile(join(dir, 'iid'), 'utf8').catch(() => '')).trim();
    const imageId = iid || metadata.configDigest || metadata.digest || '';
    const steps =
      kind === 'classic'
        ? parseClassicProgress(output)
        : kind === 'buildkit'
          ? parsePlainProgress(output)
          : parseRawJsonProgress(output);
    const warnings =
      kind === 'buildx' ? mergeWarnings(metadata.warnings ?? [], parseRawJsonWarnings(output)) : [];
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
      ...(metadata.digest ? { digest: metadata.digest } : {}),
      ...(warnings.length > 0 ? { warnings } : {}),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A failed rawjson build's tail as a person reads it: each failing step as `#N [x/y] RUN …`, the last lines of
 *  its log and its error, then what buildx printed after the JSON (the Dockerfile excerpt, `ERROR: …`). */
export function readableRawJsonTail(text: string): string[] {
  const objects = splitJsonObjects(text) as (RawStatus & {
    logs?: { vertex: string; data?: string }[];
  })[];
  const vertexes = new Map<string, RawVertex & { error?: string }>();
  const logs = new Map<string, string[]>();
  for (const status of objects) {
    for (const v of status.vertexes ?? []) vertexes.set(v.digest, { ...vertexes.get(v.digest), ...v });
    for (const log of status.logs ?? []) {
      const lines = logs.get(log.vertex) ?? [];
      lines.push(...fromBase64(log.data).split('\n'));
      logs.set(log.vertex, lines.slice(-20));
    }
  }
  const out: string[] = [];
  let n = 0;
  for (const v of vertexes.values()) {
    n++;
    if (!v.error) continue;
    out.push(`#${n} ${v.name ?? v.digest}`, ...(logs.get(v.digest) ?? []).map((l) => `#${n} ${l}`));
    out.push(`#${n} ERROR: ${v.error}`);
  }
  const lastBrace = text.lastIndexOf('\n}');
  const after = lastBrace >= 0 ? text.slice(lastBrace + 2) : text;
  out.push(...after.split('\n'));
  return out;
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

/** BuildKit's warning shape, in rawjson progress and in buildx's metadata file: text fields are base64. */
interface RawWarning {
  level?: number;
  short?: string;
  url?: string;
  sourceInfo?: { filename?: string };
  range?: { start?: { line?: number } }[];
}

interface RawStatus {
  vertexes?: RawVertex[];
  warnings?: RawWarning[];
}

/** The JSON objects of a rawjson progress stream. buildx writes them indented, one after another, so an
 *  object starts at a `{` at the start of a line and ends where its braces balance (strings respected). */
export function splitJsonObjects(output: string): unknown[] {
  const objects: unknown[] = [];
  let i = 0;
  while (i < output.length) {
    const start = output.indexOf('{', i);
    if (start < 0) break;
    const lineStart = output.lastIndexOf('\n', start - 1) + 1;
    if (output.slice(lineStart, start).trim() !== '') {
      i = start + 1;
      continue;
    }
    let depth = 0;
    let inString = false;
    let end = -1;
    for (let j = start; j < output.length; j++) {
      const c = output[j];
      if (inString) {
        if (c === '\\') j++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) {
        end = j;
        break;
      }
    }
    if (end < 0) break;
    try {
      objects.push(JSON.parse(output.slice(start, end + 1)));
      i = end + 1;
    } catch {
      i = start + 1;
    }
  }
  return objects;
}

/** buildx `--progress=rawjson`: status objects with vertexes carrying started/completed times. */
export function parseRawJsonProgress(output: string): BuildStep[] {
  const byDigest = new Map<string, RawVertex>();
  for (const status of splitJsonObjects(output) as RawStatus[]) {
    for (const v of status.vertexes ?? []) byDigest.set(v.digest, { ...byDigest.get(v.digest), ...v });
  }
  return [...byDigest.values()].map((v) => {
    const step: BuildStep = { name: v.name ?? v.digest, cached: v.cached === true };
    if (v.started && v.completed) step.seconds = (Date.parse(v.completed) - Date.parse(v.started)) / 1000;
    return step;
  });
}

function fromBase64(text: string | undefined): string {
  return text ? Buffer.from(text, 'base64').toString('utf8').trim() : '';
}

/** One BuildKit warning in the project's shape. */
export function toBuildWarning(raw: RawWarning): BuildWarning | null {
  const message = fromBase64(raw.short);
  if (!message) return null;
  const line = raw.range?.[0]?.start?.line;
  return {
    message,
    ...(raw.sourceInfo?.filename ? { file: raw.sourceInfo.filename } : {}),
    ...(typeof line === 'number' && line > 0 ? { line } : {}),
    ...(raw.url ? { url: raw.url } : {}),
  };
}

/** The warnings in a rawjson progress stream (buildx prints the same ones in its "N warnings found" footer). */
export function parseRawJsonWarnings(output: string): BuildWarning[] {
  const out: BuildWarning[] = [];
  for (const status of splitJsonObjects(output) as RawStatus[])
    for (const raw of status.warnings ?? []) {
      const w = toBuildWarning(raw);
      if (w) out.push(w);
    }
  return mergeWarnings(out, []);
}

function mergeWarnings(a: BuildWarning[], b: BuildWarning[]): BuildWarning[] {
  const seen = new Map<string, BuildWarning>();
  for (const w of [...a, ...b]) seen.set(`${w.line ?? ''}\u0000${w.message}`, w);
  return [...seen.values()];
}

export interface BuildMetadata {
  /** containerimage.digest: the manifest or index digest. */
  digest?: string;
  /** containerimage.config.digest: the config digest (the image id on the classic store). */
  configDigest?: string;
  warnings?: BuildWarning[];
}

/** buildx `--metadata-file`: the digest, and (buildx 0.15+ with BUILDX_METADATA_WARNINGS=true) the warnings. */
export function parseBuildMetadata(text: string): BuildMetadata {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return {};
  }
  if (!json || typeof json !== 'object') return {};
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
  const digest = str(json['containerimage.digest']);
  const configDigest = str(json['containerimage.config.digest']);
  const rawWarnings = Array.isArray(json['buildx.build.warnings'])
    ? (json['buildx.build.warnings'] as RawWarning[])
    : [];
  const warnings = rawWarnings.map(toBuildWarning).filter((w): w is BuildWarning => w !== null);
  return {
    ...(digest ? { digest } : {}),
    ...(configDigest ? { configDigest } : {}),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}
