// The real adapters for a run on a GitHub runner, from its environment.
import { tmpdir } from 'node:os';
import type { Deps } from '../adapters.js';
import { actionsCache, actionsLayerCache, actionsLog, createDeps } from '../deps.js';
export { actionIO } from './io.js';

export function actionDeps(env: Record<string, string | undefined> = process.env): Deps {
  const [owner = '', repo = ''] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  return createDeps({
    env,
    apiUrl: env['GITHUB_API_URL'] ?? 'https://api.github.com',
    owner,
    repo,
    log: actionsLog,
    cache: actionsCache(env['RUNNER_TEMP'] ?? tmpdir()),
    layers: actionsLayerCache(env['RUNNER_TEMP'] ?? tmpdir(), env, actionsLog),
  });
}
