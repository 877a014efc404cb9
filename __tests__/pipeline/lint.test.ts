import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { realFileSystem } from '../../src/deps.js';
import { parseConfig, type LintConfig } from '../../src/lint/config.js';
import { lintEnvironment, Linter } from '../../src/lint/linter.js';
import { loadLinter } from '../../src/pipeline/lint.js';

const TEXT = 'FROM busybox:1.35\nRUN echo a\n# hadolint ignore=DL3059\nRUN echo b\n';

describe('the Linter the pipeline lints with', () => {
  const rules = async (config?: LintConfig): Promise<string[]> => {
    const linter = new Linter(lintEnvironment(config, null), { warn: () => undefined });
    return (await linter.lint(TEXT, 'Dockerfile')).map((f) => `${f.line} ${f.rule}`);
  };

  it('honours ignore pragmas by default', async () => {
    expect(await rules()).not.toContain('4 DL3059');
  });

  it('does not honour them with disable-ignore-pragma: true in the config', async () => {
    const config = parseConfig('disable-ignore-pragma: true\n', '.hadolint.yaml');
    expect(await rules(config)).toContain('4 DL3059');
  });

  it('leaves the off-by-default rules off, as the CLI does, unless the config switches one on', async () => {
    expect(await rules()).not.toContain('1 DL3057');
    const on = parseConfig('override:\n  info: [DL3057]\n', '.hadolint.yaml');
    expect(await rules(on)).toContain('1 DL3057');
  });

  it('goes on without ShellCheck when it fails, with one warning', async () => {
    const warnings: string[] = [];
    const broken = async (): Promise<never> => Promise.reject(new Error('shellcheck exited with 3: boom'));
    const healthcheck = parseConfig('override:\n  info: [DL3057]\n', '.hadolint.yaml');
    const linter = new Linter(lintEnvironment(healthcheck, broken), { warn: (m) => warnings.push(m) });
    expect((await linter.lint(TEXT, 'Dockerfile')).map((f) => f.rule)).toContain('DL3057');
    await linter.lint(TEXT, 'Dockerfile');
    expect(warnings).toEqual([
      'ShellCheck failed, RUN instructions not checked: shellcheck exited with 3: boom',
    ]);
  });
});

describe('loadLinter', () => {
  const repo = mkdtempSync(join(tmpdir(), 'ib-lint-env-'));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const load = (warn: (m: string) => void = () => undefined): Promise<Linter> =>
    loadLinter(
      realFileSystem,
      { repo, configPath: '.image-budget.yml', dockerfile: join(repo, 'app', 'Dockerfile'), context: repo },
      null,
      warn,
    );

  it('warns once about keys of a hadolint file it skips (hadolint skips them too)', async () => {
    writeFileSync(join(repo, '.hadolint.yaml'), 'ignord: [DL3059]\nignored: [DL3057]\n');
    const warnings: string[] = [];
    const linter = await load((m) => warnings.push(m));
    await linter.lint(TEXT, 'Dockerfile');
    await linter.lint(TEXT, 'Dockerfile');
    expect(warnings).toEqual([
      expect.stringMatching(/\.hadolint\.yaml: ignord: not a lint key, skipped .*accepted keys: ignored, /),
    ]);
    rmSync(join(repo, '.hadolint.yaml'));
  });

  it('uses <Dockerfile>.dockerignore over the context’s .dockerignore, as BuildKit does', async () => {
    mkdirSync(join(repo, 'app'), { recursive: true });
    writeFileSync(join(repo, '.dockerignore'), 'node_modules\n');
    writeFileSync(join(repo, 'app', 'Dockerfile.dockerignore'), '.git\nsecrets\n');
    const linter = await load();
    expect(linter.environment.settings.dockerignore).toEqual(['.git', 'secrets', '']);
    rmSync(join(repo, 'app', 'Dockerfile.dockerignore'));
    expect((await load()).environment.settings.dockerignore).toEqual(['node_modules', '']);
    expect((await load()).environment.settings.contextEntries).toEqual(
      expect.arrayContaining(['app', '.dockerignore']),
    );
  });
});
