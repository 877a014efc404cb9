// The fork flow end to end: a pull_request run with a read-only token writes its report; a workflow_run job with
// a write token publishes it as the sticky comment without building anything.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ensureDist } from '../support/dist.js';
import { requireDocker } from '../support/docker.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { dataDockerfile, makeScenario, pullRequestPayload, runAction, type Scenario } from './run-action.js';

let fake: FakeGitHub;
let s: Scenario;

beforeAll(() => {
  requireDocker();
  ensureDist();
  s = makeScenario({ Dockerfile: dataDockerfile(100_000) }, { Dockerfile: dataDockerfile(160_000) });
});
beforeEach(async () => {
  fake = await startFakeGitHub();
  fake.pulls.set(7, s.headSha);
});
afterEach(async () => fake.close());
afterAll(() => rmSync(s.dir, { recursive: true, force: true }));

/** What actions/download-artifact does: the report (file or folder) copied into the publishing job's workspace. */
function download(from: string, name: string): string {
  cpSync(from, join(s.workspace, name), { recursive: true });
  return name;
}

function workflowRunPayload(headSha: string): unknown {
  return {
    workflow_run: { id: 99, event: 'pull_request', head_sha: headSha },
    repository: { full_name: 'acme/shop' },
  };
}

describe('workflow_run publishing mode', () => {
  test('a fork run leaves a report; the publishing job turns it into the sticky comment', async () => {
    const fork = await runAction({
      scenario: s,
      apiUrl: fake.url,
      label: 'fork-pr',
      payload: pullRequestPayload(s, { headRepo: 'mallory/shop' }),
    });
    expect(fork.code).toBe(0);
    expect(fake.comments).toHaveLength(0);
    const reportDir = download(dirname(dirname(fork.outputs['report']!)), 'reports');

    const publish = await runAction({
      scenario: s,
      apiUrl: fake.url,
      label: 'publish',
      eventName: 'workflow_run',
      payload: workflowRunPayload(s.headSha),
      inputs: { 'publish-report': reportDir },
    });
    expect(publish.code).toBe(0);
    expect(publish.stdout).not.toContain('build head');
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]!.body).toContain('<!-- image-budget:Dockerfile -->');
    expect(publish.outputs['comment-url']).toContain('#issuecomment-');
  });

  test('a report for another commit, or tampered text, is not published as is', async () => {
    const run = await runAction({
      scenario: s,
      apiUrl: fake.url,
      label: 'pr2',
      payload: pullRequestPayload(s, { headRepo: 'mallory/shop' }),
    });
    const path = join(s.workspace, download(run.outputs['report']!, 'report-pr2.json'));
    const report = JSON.parse(readFileSync(path, 'utf8')) as { dockerfile: string; headSha: string };
    // a stale run: the pull request moved on
    fake.pulls.set(7, 'e'.repeat(40));
    const stale = await runAction({
      scenario: s,
      apiUrl: fake.url,
      label: 'stale',
      eventName: 'workflow_run',
      payload: workflowRunPayload(s.headSha),
      inputs: { 'publish-report': path },
    });
    expect(stale.code).toBe(0);
    expect(stale.stdout).toContain('is not at');
    expect(fake.comments).toHaveLength(0);

    // markup smuggled into a field is escaped by the renderer, never posted raw
    fake.pulls.set(7, s.headSha);
    report.dockerfile = 'Dockerfile <img src=x onerror=alert(1)> @everyone';
    writeFileSync(path, JSON.stringify(report));
    const tampered = await runAction({
      scenario: s,
      apiUrl: fake.url,
      label: 'tampered',
      eventName: 'workflow_run',
      payload: workflowRunPayload(s.headSha),
      inputs: { 'publish-report': path },
    });
    expect(tampered.code).toBe(0);
    expect(fake.comments).toHaveLength(1);
    // only inside code spans, where GitHub shows it as text: no HTML, no mention
    const outsideCode = fake.comments[0]!.body.replace(/`[^`\n]*`/g, '');
    expect(outsideCode).not.toContain('<img');
    expect(outsideCode).not.toContain('@everyone');
  });

  test('a report path outside the workspace and RUNNER_TEMP is refused', async () => {
    const run = await runAction({
      scenario: s,
      apiUrl: fake.url,
      label: 'outside',
      eventName: 'workflow_run',
      payload: workflowRunPayload(s.headSha),
      inputs: { 'publish-report': '../../..' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::the `publish-report` input "../../.." points outside the workspace',
    );
    expect(fake.requests).toHaveLength(0);
  });
});
