import { describe, expect, it } from '@jest/globals';
import { emptyConfig, parseConfig } from '../../src/lint/config.js';
import { lintWith } from '../../src/pipeline/lint.js';

const TEXT = 'FROM busybox:1.35\nRUN echo a\n# hadolint ignore=DL3059\nRUN echo b\n';

describe('lintWith (the action’s lint stage)', () => {
  const rules = async (config = emptyConfig): Promise<string[]> => {
    const lint = lintWith({ config, settings: {} }, null, () => undefined);
    return (await lint(TEXT, 'Dockerfile')).map((f) => `${f.line} ${f.rule}`);
  };

  it('honours ignore pragmas by default', async () => {
    expect(await rules()).not.toContain('4 DL3059');
  });

  it('does not honour them with disable-ignore-pragma: true in the config', async () => {
    const config = parseConfig('disable-ignore-pragma: true\n', '.hadolint.yaml');
    expect(await rules(config)).toContain('4 DL3059');
  });

  it('warns once about keys of a hadolint file it skips (hadolint skips them too)', async () => {
    const warnings: string[] = [];
    const config = parseConfig('ignord: [DL3059]\nignored: [DL3057]\n', '.hadolint.yaml');
    const lint = lintWith({ config, settings: {} }, null, (m) => warnings.push(m));
    await lint(TEXT, 'Dockerfile');
    await lint(TEXT, 'Dockerfile');
    expect(warnings).toEqual([
      expect.stringMatching(/^\.hadolint\.yaml: ignord: not a lint key, skipped .*accepted keys: ignored, /),
    ]);
  });

  it('goes on without ShellCheck when it fails, with one warning', async () => {
    const warnings: string[] = [];
    const broken = async (): Promise<never> => Promise.reject(new Error('shellcheck exited with 3: boom'));
    const lint = lintWith({ config: emptyConfig, settings: {} }, broken, (m) => warnings.push(m));
    expect((await lint(TEXT, 'Dockerfile')).map((f) => f.rule)).toContain('DL3057');
    await lint(TEXT, 'Dockerfile');
    expect(warnings).toEqual([
      'ShellCheck failed, RUN instructions not checked: shellcheck exited with 3: boom',
    ]);
  });
});
