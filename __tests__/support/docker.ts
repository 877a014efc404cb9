// Test support: which engine and client the tests use. Nothing here names a path on this machine: the lane's
// environment (IB_ENGINE_LANE, DOCKER_HOST, DOCKER_CONFIG, PATH from `bash scripts/docker-up.sh LANE`, applied by
// the jest globalSetup in engine-lane.mjs) decides, exactly as a user's shell decides which `docker` runs where.
// Docker-needing tests call requireDocker() in beforeAll: it fails (never skips) with the fix.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import type { BuilderKind } from '../../src/model.js';

/** The lane the suite runs on (20.10, 26-overlay2, 26-containerd, or local). */
export const LANE = process.env['IB_ENGINE_LANE'] ?? '20.10';

/** The docker client, found on PATH as on a user's machine. */
export const DOCKER = 'docker';

/** Kept for tests that name the builder they mean: the lane's client builds with BuildKit (its own, or buildx)
 *  when DOCKER_BUILDKIT=1 and with the classic builder when DOCKER_BUILDKIT=0. */
export const DOCKER_BUILDKIT_CLIENT = DOCKER;
export const DOCKER_CLASSIC_CLIENT = DOCKER;

function answers(args: string[]): string | null {
  try {
    return execFileSync(DOCKER, args, { encoding: 'utf8', stdio: 'pipe', timeout: 20_000 }).trim();
  } catch {
    return null;
  }
}

export interface LaneBuilder {
  kind: BuilderKind;
  /** For test names: "buildx", "BuildKit", "the classic builder". */
  label: string;
  /** The environment that selects it (DOCKER_BUILDKIT, as users set it). */
  env: Record<string, string>;
}

let builders: LaneBuilder[] | undefined;

/** The builders the lane's client offers, the default one first: buildx where the plugin is installed, the
 *  client's own BuildKit on 18.09–22.x clients, and always the classic builder (DOCKER_BUILDKIT=0). */
export function laneBuilders(): LaneBuilder[] {
  if (builders) return builders;
  const list: LaneBuilder[] = [];
  if (answers(['buildx', 'version']) !== null) list.push({ kind: 'buildx', label: 'buildx', env: {} });
  else list.push({ kind: 'buildkit', label: 'BuildKit', env: { DOCKER_BUILDKIT: '1' } });
  list.push({ kind: 'classic', label: 'the classic builder', env: { DOCKER_BUILDKIT: '0' } });
  return (builders = list);
}

/** Whether the lane's engine keeps images in the containerd image store (Docker 29's default). */
export function containerdStore(): boolean {
  return (answers(['info', '--format', '{{json .DriverStatus}}']) ?? '').includes(
    'io.containerd.snapshotter',
  );
}

export function requireDocker(): void {
  const missing = process.env['IB_ENGINE_LANE_MISSING'];
  if (missing) throw new Error(`engine lane ${LANE} is not set up. Start it with: ${missing}`);
  if (answers(['info', '--format', '{{.ServerVersion}}']) === null) {
    const fix = LANE === 'local' ? 'start your Docker Engine' : `bash scripts/docker-up.sh ${LANE}`;
    throw new Error(
      `Docker Engine of lane ${LANE} is not running (DOCKER_HOST=${process.env['DOCKER_HOST'] ?? 'default'}). Start it with: ${fix}`,
    );
  }
}

/** A unique image tag for a test: ib-test-<area>-<random>:latest. Remove it in afterAll. */
export function testTag(area: string): string {
  return `ib-test-${area}-${randomBytes(4).toString('hex')}:latest`;
}

export function removeImages(...tags: string[]): void {
  if (tags.length === 0) return;
  try {
    execFileSync(DOCKER, ['rmi', '-f', ...tags], { stdio: 'pipe' });
  } catch {
    // already gone
  }
}

/** Another running engine of this machine's lanes (its DOCKER_HOST), for builds on a "remote" engine reached
 *  only through a Docker context; fails with the fix when no second lane is up. */
export function otherEngineHost(): string {
  const { readdirSync, readFileSync } = fs;
  const dir = `${process.env['IB_ENGINES_DIR'] ?? '/opt/ib-engines'}/lanes`;
  const here = process.env['DOCKER_HOST'] ?? 'unix:///var/run/docker.sock';
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.env'));
  } catch {
    // no lanes written
  }
  for (const file of files) {
    const host = /^DOCKER_HOST=(.*)$/m.exec(readFileSync(`${dir}/${file}`, 'utf8'))?.[1];
    if (!host || host === here) continue;
    try {
      execFileSync(DOCKER, ['--host', host, 'info', '--format', '{{.ServerVersion}}'], { stdio: 'pipe' });
      return host;
    } catch {
      // that lane is not running
    }
  }
  throw new Error(
    `no second engine is running beside lane ${LANE}. Start one with: bash scripts/docker-up.sh ` +
      (LANE === '26-containerd' ? '26-overlay2' : '26-containerd'),
  );
}

/** The DOCKER_HOST of a lane that is running (another engine of this machine); fails with the fix otherwise. */
export function laneHost(lane: string): string {
  const file = `${process.env['IB_ENGINES_DIR'] ?? '/opt/ib-engines'}/lanes/${lane}.env`;
  let host: string | undefined;
  try {
    host = /^DOCKER_HOST=(.*)$/m.exec(fs.readFileSync(file, 'utf8'))?.[1];
  } catch {
    // not set up
  }
  if (host) {
    try {
      execFileSync(DOCKER, ['--host', host, 'info', '--format', '{{.ServerVersion}}'], { stdio: 'pipe' });
      return host;
    } catch {
      // set up, not running
    }
  }
  throw new Error(
    `this test needs engine lane ${lane} running beside lane ${LANE}: bash scripts/docker-up.sh ${lane}`,
  );
}
