// Path inputs against a real folder tree with symbolic links: everything resolves inside the workspace or is
// refused with a message naming the input, the value and the workspace.
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { realFileSystem } from '../../src/deps.js';
import { confinePath, PathEscapeError, workspacePaths } from '../../src/pipeline/paths.js';
import { tempDir } from '../support/git-repo.js';

const top = tempDir('paths');
const workspace = join(top, 'workspace');
const outside = join(top, 'other-checkout');
mkdirSync(join(workspace, 'app', 'docker'), { recursive: true });
mkdirSync(outside);
writeFileSync(join(outside, 'secret.txt'), 'hunter2\n');
writeFileSync(join(workspace, 'app', 'docker', 'Dockerfile'), 'FROM busybox:1.35\n');
symlinkSync('app/docker/Dockerfile', join(workspace, 'Dockerfile.link'));
symlinkSync(outside, join(workspace, 'escape'));
symlinkSync(join(outside, 'secret.txt'), join(workspace, 'Dockerfile.secret'));
symlinkSync('app', join(workspace, 'app-link'));

afterAll(() => rmSync(top, { recursive: true, force: true }));

const confine = (value: string, what = 'the `context` input') =>
  confinePath(realFileSystem, workspace, what, value);

describe('confinePath', () => {
  test.each([
    ['.', '.'],
    ['app', 'app'],
    ['./app/../app/docker/', 'app/docker'],
    ['app-link/docker', 'app/docker'],
    ['Dockerfile.link', 'app/docker/Dockerfile'],
    ['not/made/yet.sarif', 'not/made/yet.sarif'],
    [join(workspace, 'app'), 'app'],
  ])('%s stays inside as %s', async (value, relative) => {
    const confined = await confine(value);
    expect(confined.relative).toBe(relative);
    expect(confined.path).toBe(join(workspace, relative));
  });

  test.each([
    ['../..', ''],
    ['..', ''],
    [outside, ''],
    ['/', ''],
    ['escape', `(through a symbolic link, it is ${realpathSync(outside)})`],
    ['escape/new-file', '(through a symbolic link'],
    ['app/../../other-checkout', ''],
  ])('%s is refused, naming the input, the value and the workspace', async (value, via) => {
    const error = await confine(value).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PathEscapeError);
    const message = (error as Error).message;
    expect(message).toContain(
      `the \`context\` input ${JSON.stringify(value)} points outside the workspace ${workspace}`,
    );
    expect(message).toContain(via);
  });
});

describe('workspacePaths', () => {
  test('resolves the Dockerfile through a link inside the workspace', async () => {
    const paths = await workspacePaths(realFileSystem, workspace, {
      dockerfile: 'Dockerfile.link',
      context: 'app-link',
      config: '.image-budget.yml',
    });
    expect(paths.dockerfile.relative).toBe('app/docker/Dockerfile');
    expect(paths.context.relative).toBe('app');
    expect(paths.dockerfile.path).toBe(join(workspace, 'app', 'docker', 'Dockerfile'));
  });

  test('a Dockerfile linked to a file outside is refused by name, not "no such file"', async () => {
    await expect(
      workspacePaths(realFileSystem, workspace, {
        dockerfile: 'Dockerfile.secret',
        context: '.',
        config: 'x',
      }),
    ).rejects.toThrow(/^the `dockerfile` input "Dockerfile.secret" points outside the workspace/);
    await expect(
      workspacePaths(realFileSystem, workspace, {
        dockerfile: '../../etc/passwd',
        context: '.',
        config: 'x',
      }),
    ).rejects.toThrow('the `dockerfile` input "../../etc/passwd" points outside the workspace');
  });

  test('a .dockerignore or lint configuration linked outside is refused too', async () => {
    const inputs = { dockerfile: 'app/docker/Dockerfile', context: 'app', config: '.image-budget.yml' };
    symlinkSync(join(outside, 'secret.txt'), join(workspace, 'app', '.dockerignore'));
    await expect(workspacePaths(realFileSystem, workspace, inputs)).rejects.toThrow(
      'the file "app/.dockerignore" points outside the workspace',
    );
    rmSync(join(workspace, 'app', '.dockerignore'));
    symlinkSync(join(outside, 'secret.txt'), join(workspace, '.hadolint.yaml'));
    await expect(workspacePaths(realFileSystem, workspace, inputs)).rejects.toThrow(
      'the file ".hadolint.yaml" points outside the workspace',
    );
    rmSync(join(workspace, '.hadolint.yaml'));
    await expect(
      workspacePaths(realFileSystem, workspace, { ...inputs, config: '../other-checkout/secret.txt' }),
    ).rejects.toThrow('the `config` input');
  });
});
