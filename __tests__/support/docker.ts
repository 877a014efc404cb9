// Test support: Docker-needing tests call requireDocker() in beforeAll. It fails (never skips) with the fix.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

/** The client with built-in BuildKit (engine package); /usr/local/bin/docker (28, no buildx) is classic-only. */
export const DOCKER_BUILDKIT_CLIENT = '/usr/bin/docker';
export const DOCKER_CLASSIC_CLIENT = '/usr/local/bin/docker';

export function requireDocker(): void {
  try {
    execFileSync(DOCKER_BUILDKIT_CLIENT, ['info', '--format', '{{.ServerVersion}}'], { stdio: 'pipe' });
  } catch {
    throw new Error('Docker Engine is not running. Start it with: bash scripts/docker-up.sh');
  }
}

/** A unique image tag for a test: ib-test-<area>-<random>:latest. Remove it in afterAll. */
export function testTag(area: string): string {
  return `ib-test-${area}-${randomBytes(4).toString('hex')}:latest`;
}

export function removeImages(...tags: string[]): void {
  if (tags.length === 0) return;
  try {
    execFileSync(DOCKER_BUILDKIT_CLIENT, ['rmi', '-f', ...tags], { stdio: 'pipe' });
  } catch {
    // already gone
  }
}
