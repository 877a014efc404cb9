// The action's `sbom-file` input, in process with the real adapters: a path inside the workspace gets the head
// image's CycloneDX document (the packages of the built image listed with purls); a path leading out of the
// workspace stops the run before anything is built, with an error naming the input and its value.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ActionIO } from '../src/action/io.js';
import { createDeps, noCache } from '../src/deps.js';
import { INPUT_NAMES } from '../src/inputs.js';
import { run } from '../src/main.js';
import { DOCKER, requireDocker } from './support/docker.js';
import { recordingLog } from './support/deps.js';

let workspace: string;

beforeAll(() => {
  requireDocker();
  workspace = mkdtempSync(join(tmpdir(), 'ib-sbom-ws-'));
  const files: Record<string, string> = {
    Dockerfile: 'FROM busybox:1.35\nCOPY app/ /app/\n',
    'app/node_modules/left-pad/package.json': JSON.stringify({ name: 'left-pad', version: '1.3.0' }),
    'app/node_modules/left-pad/index.js': 'module.exports = (s) => s;\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
});

afterAll(() => rmSync(workspace, { recursive: true, force: true }));

async function runAction(inputs: Record<string, string>): Promise<{ failed: string[]; outputs: string[] }> {
  const failed: string[] = [];
  const outputs: string[] = [];
  const raw: Record<string, string> = {};
  for (const name of INPUT_NAMES) raw[name] = '';
  Object.assign(raw, { comment: 'false', summary: 'false', optimize: 'false', baseline: 'none' }, inputs);
  const io: ActionIO = {
    env: { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: join(workspace, '.temp') },
    cwd: workspace,
    inputs: raw,
    payload: {},
    setOutput: (name) => void outputs.push(name),
    appendSummary: async () => undefined,
    setFailed: (message) => void failed.push(message),
  };
  const deps = createDeps({
    env: process.env,
    apiUrl: '',
    owner: '',
    repo: '',
    log: recordingLog(),
    cache: noCache,
    dockerClient: DOCKER,
  });
  await run(deps, io);
  return { failed, outputs };
}

describe('the sbom-file input', () => {
  it('writes the head image’s packages as CycloneDX 1.5 to the path in the workspace', async () => {
    const { failed } = await runAction({ 'sbom-file': 'reports/sbom.cdx.json' });
    expect(failed).toEqual([]);
    const bom = JSON.parse(readFileSync(join(workspace, 'reports/sbom.cdx.json'), 'utf8')) as {
      bomFormat: string;
      specVersion: string;
      components: { name: string; version: string; purl: string }[];
    };
    expect(bom.bomFormat).toBe('CycloneDX');
    expect(bom.specVersion).toBe('1.5');
    expect(bom.components.map((c) => c.purl)).toEqual(['pkg:npm/left-pad@1.3.0']);
  }, 300_000);

  it.each(['../sbom.json', '/tmp/sbom.json'])(
    'refuses %s before building, naming the input',
    async (value) => {
      const { failed } = await runAction({ 'sbom-file': value });
      expect(failed).toHaveLength(1);
      expect(failed[0]).toContain(
        `the \`sbom-file\` input ${JSON.stringify(value)} points outside the workspace`,
      );
      expect(failed[0]).toContain('give a path inside the repository');
    },
  );
});
