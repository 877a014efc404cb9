// Builds the image with and without the optimizer's fixes on the same builder (shared cache), measures both and
// checks that the optimized image is the same image, smaller: its final config matches (unless a fix is about
// that field) and the smoke test passes in both. With `attribute`, fixes are added one group at a time so each
// group's saving is measured; a group that fails a check is dropped with the reason and the others continue.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Docker } from '../docker/types.js';
import type { BuilderKind, BuildOptions, ImageConfigSummary, ImageMeasurement } from '../model.js';
import { patternLines, renderDockerignore } from './dockerignore.js';
import type { FileSystem } from '../adapters.js';
import { optimizeDockerfile, type OptimizeOptions, type OptimizeResult } from './optimize.js';
import { describeDifferences, smokeTest, unexplainedDifferences, type SmokeResult } from './safety.js';

export interface WithWithoutDeps {
  docker: Docker;
  /** Measures a local image (the analyzer over `docker save`). */
  measure: (image: string) => Promise<ImageMeasurement>;
  files: FileSystem;
  log?: (message: string) => void;
}

export interface WithWithoutOptions {
  /** Path of the Dockerfile. */
  dockerfile: string;
  /** Its text, when the caller has read it already (the file is then not read again). */
  text?: string;
  context: string;
  optimize?: Omit<OptimizeOptions, 'accept' | 'file'>;
  build?: Pick<BuildOptions, 'target' | 'buildArgs' | 'platform' | 'builder' | 'network' | 'noCache'>;
  /** A shell command run with `sh -c` in both images (no network); both must succeed. */
  smokeTest?: string;
  smokeTimeoutSeconds?: number;
  /** Build the fixes cumulatively, one group at a time, to measure each group's saving. */
  attribute?: boolean;
  /** An image already built from this Dockerfile and context on the same builder: used as the original. */
  originalImage?: string;
  /** Keep the images built here (default: remove them). */
  keepImages?: boolean;
  /** Tag prefix for the images built here. */
  tagPrefix?: string;
}

export interface Variant {
  tag: string;
  /** Wall-clock seconds of the build; null for an image given by the caller. */
  buildSeconds: number | null;
  builder: BuilderKind | null;
  measurement: ImageMeasurement;
  config: ImageConfigSummary;
  smoke?: SmokeResult;
}

export interface FixSaving {
  key: string;
  rule: string;
  description: string;
  lines: number[];
  /** Saving of this group on top of the groups before it (only with `attribute`). */
  savedBytes: number | null;
  savedCompressedBytes: number | null;
  layersSaved: number | null;
}

export interface DroppedFix {
  key: string;
  rule: string;
  description: string;
  lines: number[];
  reason: string;
}

export type WithWithoutResult =
  | {
      ok: true;
      original: Variant;
      /** The verified optimized image (the original itself when nothing could be optimized). */
      optimized: Variant;
      /** The optimization that was verified: only the fixes that passed every check. */
      optimization: OptimizeResult;
      fixes: FixSaving[];
      dropped: DroppedFix[];
      savedBytes: number;
      savedCompressedBytes: number;
      layersSaved: number;
      attributed: boolean;
      /** Builds made (the original included). */
      builds: number;
    }
  | {
      ok: false;
      /** The original could not be built or fails its own smoke test: nothing can be compared. */
      reason: string;
      optimization: OptimizeResult;
      builds: number;
    };

type Attempt = { ok: true; variant: Variant } | { ok: false; reason: string };

export async function withAndWithout(
  deps: WithWithoutDeps,
  options: WithWithoutOptions,
): Promise<WithWithoutResult> {
  const { docker, files } = deps;
  const log = deps.log ?? ((): void => undefined);
  const text = options.text ?? (await files.readFileOrNull(options.dockerfile));
  if (text === null)
    throw new Error(`${options.dockerfile}: cannot read the Dockerfile (does the path exist?)`);
  // an aggressive fix (a base swap) counts only when a smoke test proves the image still works
  const unproven = new Set<string>();
  const optimizeWith = (accept?: (key: string) => boolean): OptimizeResult =>
    optimizeDockerfile(text, {
      ...options.optimize,
      file: options.dockerfile,
      accept: (k) => !unproven.has(k) && (accept ? accept(k) : true),
    });
  const unprovenDropped: DroppedFix[] = [];
  if (options.smokeTest === undefined) {
    for (const a of optimizeWith().applied) {
      if (a.level !== 'aggressive') continue;
      unproven.add(a.key);
      const known = unprovenDropped.find((d) => d.key === a.key);
      if (known) known.lines.push(a.line);
      else
        unprovenDropped.push({
          key: a.key,
          rule: a.rule,
          description: a.description,
          lines: [a.line],
          reason:
            'an aggressive fix is applied only when a smoke test (--smoke-test) proves the image still works',
        });
    }
  }
  const full = optimizeWith();
  const prefix = options.tagPrefix ?? 'image-budget-optimize';
  const stamp = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const made: string[] = [];
  let builds = 0;
  const existingIgnoreText = await files.readFileOrNull(join(options.context, '.dockerignore'));

  const build = async (
    dockerfile: string,
    context: string,
    tag: string,
  ): Promise<Attempt & { builder?: BuilderKind }> => {
    builds++;
    log(`building ${tag}`);
    const r = await docker.build({ ...options.build, dockerfile, context, tag });
    if (!r.ok) {
      const where = r.step && !r.message.includes(r.step) ? ` at ${r.step}` : '';
      return { ok: false, reason: `the build failed${where}: ${r.message}` };
    }
    made.push(tag);
    // the measurement already read the image config from `docker save`: no second `docker image inspect`
    const measurement = await deps.measure(tag);
    return {
      ok: true,
      variant: { tag, buildSeconds: r.seconds, builder: r.builder, measurement, config: measurement.config },
    };
  };

  const runSmoke = async (variant: Variant): Promise<SmokeResult | undefined> =>
    options.smokeTest === undefined
      ? undefined
      : smokeTest(docker, variant.tag, options.smokeTest, options.smokeTimeoutSeconds);

  try {
    // ---- the original
    let original: Variant;
    // A given original is measured while the first optimized variant builds on its cache, so the two can share
    // one read of the engine; its measurement and config are awaited (`originalMeasured`) before first use.
    let originalMeasured: Promise<void> = Promise.resolve();
    if (options.originalImage !== undefined) {
      const variant = { tag: options.originalImage, buildSeconds: null, builder: null } as Variant;
      originalMeasured = deps.measure(options.originalImage).then((measurement) => {
        variant.measurement = measurement;
        variant.config = measurement.config;
      });
      originalMeasured.catch(() => undefined);
      original = variant;
    } else {
      const attempt = await build(options.dockerfile, options.context, `${prefix}-original:${stamp}`);
      if (!attempt.ok)
        return { ok: false, reason: `original image: ${attempt.reason}`, optimization: full, builds };
      original = attempt.variant;
    }
    const smoke = await runSmoke(original);
    if (smoke) {
      original.smoke = smoke;
      if (!smoke.ok) {
        return {
          ok: false,
          reason: `the smoke test fails on the original image, so it cannot vouch for the optimized one: ${smoke.detail}`,
          optimization: full,
          builds,
        };
      }
    }

    // ---- one optimized variant, checked
    let counter = 0;
    const tryVariant = async (result: OptimizeResult): Promise<Attempt> => {
      const dir = await files.makeTempDir(tmpdir(), 'image-budget-optimize-');
      try {
        const dockerfile = join(dir, 'Dockerfile');
        await files.writeFile(dockerfile, result.optimized);
        let context = options.context;
        if (result.dockerignore.added.length > 0) {
          // the context gets the new .dockerignore in a copy: the user's tree is never touched
          context = join(dir, 'context');
          const existing = patternLines((existingIgnoreText ?? '').split('\n'));
          await files.copyContext(options.context, context, [...existing, ...result.dockerignore.added]);
          await files.writeFile(
            join(context, '.dockerignore'),
            renderDockerignore(existingIgnoreText, result.dockerignore.added),
          );
        }
        const attempt = await build(dockerfile, context, `${prefix}-optimized:${stamp}-${++counter}`);
        if (!attempt.ok) return attempt;
        const v = attempt.variant;
        await originalMeasured;
        const rules = [...new Set(result.applied.map((a) => a.rule))];
        const diffs = unexplainedDifferences(original.config, v.config, rules);
        if (diffs.length > 0)
          return reject(v, `the final image config differs: ${describeDifferences(diffs)}`);
        const s = await runSmoke(v);
        if (s) {
          v.smoke = s;
          if (!s.ok) return reject(v, `the smoke test failed: ${s.detail}`);
        }
        return attempt;
      } finally {
        await files.remove(dir);
      }
    };
    const reject = async (v: Variant, reason: string): Promise<Attempt> => {
      await dropImage(v.tag);
      return { ok: false, reason };
    };
    const dropImage = async (tag: string): Promise<void> => {
      if (options.keepImages || tag === options.originalImage) return;
      await docker.removeImages([tag]);
      const at = made.indexOf(tag);
      if (at >= 0) made.splice(at, 1);
    };

    const saving = (
      from: Variant,
      to: Variant,
    ): { savedBytes: number; savedCompressedBytes: number; layersSaved: number } => ({
      savedBytes: from.measurement.sizeBytes - to.measurement.sizeBytes,
      savedCompressedBytes: from.measurement.compressedBytes - to.measurement.compressedBytes,
      layersSaved: from.measurement.layerCount - to.measurement.layerCount,
    });
    const groupsOf = (
      result: OptimizeResult,
    ): { key: string; rule: string; description: string; lines: number[] }[] => {
      const out = new Map<string, { key: string; rule: string; description: string; lines: number[] }>();
      for (const a of result.applied) {
        const g = out.get(a.key) ?? { key: a.key, rule: a.rule, description: a.description, lines: [] };
        if (!g.lines.includes(a.line)) g.lines.push(a.line);
        out.set(a.key, g);
      }
      return [...out.values()];
    };
    const done = (
      optimized: Variant,
      optimization: OptimizeResult,
      fixes: FixSaving[],
      dropped: DroppedFix[],
      attributed: boolean,
    ): WithWithoutResult => ({
      ok: true,
      original,
      optimized,
      optimization,
      fixes,
      dropped,
      ...saving(original, optimized),
      attributed,
      builds,
    });

    if (!full.changed) {
      await originalMeasured;
      return done(original, full, [], unprovenDropped, false);
    }

    if (!options.attribute) {
      const attempt = await tryVariant(full);
      await originalMeasured;
      if (attempt.ok) {
        const groups = groupsOf(full);
        // one group is the whole change: the image with all fixes is the image with that one, so its saving is
        // measured; with several, only their total is
        const fixes = groups.map((g) => ({
          ...g,
          ...(groups.length === 1
            ? saving(original, attempt.variant)
            : { savedBytes: null, savedCompressedBytes: null, layersSaved: null }),
        }));
        return done(attempt.variant, full, fixes, unprovenDropped, false);
      }
      log(
        `the optimized image failed a check (${attempt.reason}); adding the fixes one group at a time to find which`,
      );
    }

    // ---- cumulative: one group at a time
    const accepted = new Set<string>();
    const fixes: FixSaving[] = [];
    const dropped: DroppedFix[] = [...unprovenDropped];
    let previous = original;
    for (const group of groupsOf(full)) {
      const trial = optimizeWith((k) => accepted.has(k) || k === group.key);
      const trialGroup = groupsOf(trial).find((g) => g.key === group.key);
      if (trialGroup === undefined) {
        dropped.push({ ...group, reason: 'it only applies after a fix that was dropped' });
        continue;
      }
      const attempt = await tryVariant(trial);
      if (!attempt.ok) {
        log(`dropping "${group.key}": ${attempt.reason}`);
        dropped.push({ ...trialGroup, reason: attempt.reason });
        continue;
      }
      accepted.add(group.key);
      fixes.push({ ...trialGroup, ...saving(previous, attempt.variant) });
      if (previous !== original) await dropImage(previous.tag);
      previous = attempt.variant;
    }
    const verified = optimizeWith((k) => accepted.has(k));
    await originalMeasured;
    return done(previous, verified, fixes, dropped, true);
  } finally {
    if (!options.keepImages) {
      // the caller keeps only numbers; images built here are scratch
      await docker.removeImages(made.filter((t) => t !== options.originalImage));
    }
  }
}
