// Jest globalSetup: puts the engine lane's environment (IB_ENGINE_LANE, DOCKER_HOST, DOCKER_CONFIG, PATH, written
// by `bash scripts/docker-up.sh LANE`) into process.env before any test worker starts, so tests, the adapters and
// the dist/ processes the e2e tests run all find the same engine and client, as a user's shell would. Prints the
// lane, so a test log always says which engine it ran on. IB_ENGINE_LANE=local uses the environment as it is.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LANES = ['20.10', '26-overlay2', '26-containerd'];

/** Applies `KEY=value` lines (`$PATH` expands to the current PATH) from a lane env file to `env`. */
export function applyLaneFile(text, env) {
  for (const line of text.split('\n')) {
    const m = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (m) env[m[1]] = m[2].replaceAll('$PATH', env.PATH ?? '');
  }
}

function describeEngine() {
  const run = (args) =>
    execFileSync('docker', args, { encoding: 'utf8', stdio: 'pipe', timeout: 20_000 }).trim();
  try {
    const server = run(['version', '--format', '{{.Server.Version}}']);
    const client = run(['version', '--format', '{{.Client.Version}}']);
    const info = run(['info', '--format', '{{.Driver}} {{json .DriverStatus}}']);
    const store = info.includes('io.containerd.snapshotter') ? 'containerd image store' : info.split(' ')[0];
    let buildx = 'no buildx';
    try {
      buildx = `buildx ${run(['buildx', 'version']).split(' ')[1]}`;
    } catch {
      // a client without the plugin
    }
    return `Docker Engine ${server} (${store}) at ${process.env.DOCKER_HOST ?? 'the default socket'}; client ${client}, ${buildx}`;
  } catch (error) {
    return `no engine answers (${String(error.message ?? error).split('\n')[0]})`;
  }
}

export default function setup() {
  const lane = process.env.IB_ENGINE_LANE ?? '20.10';
  process.env.IB_ENGINE_LANE = lane;
  if (lane !== 'local') {
    const file = join(process.env.IB_ENGINES_DIR ?? '/opt/ib-engines', 'lanes', `${lane}.env`);
    if (existsSync(file)) applyLaneFile(readFileSync(file, 'utf8'), process.env);
    else process.env.IB_ENGINE_LANE_MISSING = `bash scripts/docker-up.sh ${lane}`;
  }
  process.stderr.write(`\nengine lane ${lane}: ${describeEngine()}\n\n`);
}
