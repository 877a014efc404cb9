// `image-budget lint` run in process (lintCommand with an in-memory world): configuration and --context checks.
// The process-level twin is cli/lint.test.ts, which runs the bundled dist/cli.js.
import { describe, expect, it } from '@jest/globals';
import { lintCommand } from '../../src/cli/lint.js';
import type { LintDeps } from '../../src/cli/lint.js';

const PRAGMA_DOCKERFILE = 'FROM busybox:1.35\n# hadolint ignore=DL3000\nWORKDIR app\n';

/** Files by path (relative to /w, the current directory); a path ending in / is a directory. */
async function run(argv: string[], files: Record<string, string>, env: Record<string, string> = {}) {
  const all = new Map(Object.entries(files).map(([p, t]) => [p.startsWith('/') ? p : `/w/${p}`, t]));
  const fsError = (code: string, path: string): Error =>
    Object.assign(new Error(`${code}: ${path}`), { code });
  const isDir = (path: string): boolean =>
    path === '/w' || [...all.keys()].some((p) => p.startsWith(`${path.replace(/\/$/, '')}/`));
  let stdout = '';
  let stderr = '';
  const deps: LintDeps = {
    readFile: (path) => {
      const abs = path.startsWith('/') ? path : `/w/${path}`;
      const text = all.get(abs);
      if (text === undefined) throw fsError(isDir(abs) ? 'EISDIR' : 'ENOENT', path);
      return new TextEncoder().encode(text);
    },
    exists: (path) => {
      const abs = path.startsWith('/') ? path : `/w/${path}`;
      return all.has(abs) || isDir(abs);
    },
    readDir: (path) => {
      const abs = (path.startsWith('/') ? path : `/w/${path}`).replace(/\/\.?$/, '');
      if (all.has(abs)) throw fsError('ENOTDIR', path);
      if (!isDir(abs)) throw fsError('ENOENT', path);
      const under = [...all.keys()].filter((p) => p.startsWith(`${abs}/`));
      return [...new Set(under.map((p) => p.slice(abs.length + 1).split('/')[0]!))];
    },
    readStdin: () => new Uint8Array(),
    cwd: '/w',
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    isTTY: false,
    shellcheck: null,
    env,
  };
  const code = await lintCommand(['--format', 'json', ...argv], deps);
  return { code, stdout, stderr };
}

const rules = (stdout: string): string[] => (JSON.parse(stdout) as { rule: string }[]).map((f) => f.rule);

describe('disable-ignore-pragma', () => {
  it('honours pragmas by default', async () => {
    expect(await run(['Dockerfile'], { Dockerfile: PRAGMA_DOCKERFILE })).toEqual({
      code: 0,
      stdout: '[]\n',
      stderr: '',
    });
  });

  it.each([
    ['.hadolint.yaml', 'disable-ignore-pragma: true\n'],
    ['.image-budget.yml', 'disable-ignore-pragma: true\n'],
    ['.image-budget.yml', 'lint:\n  disable-ignore-pragma: true\n'],
  ])('%s with %j: pragmas are not honoured', async (name, text) => {
    const { code, stdout, stderr } = await run(['Dockerfile'], {
      Dockerfile: PRAGMA_DOCKERFILE,
      [name]: text,
    });
    expect([code, rules(stdout), stderr]).toEqual([1, ['DL3000'], '']);
  });

  it('false, or the key absent, keeps them; --disable-ignore-pragma switches them off too', async () => {
    const files = { Dockerfile: PRAGMA_DOCKERFILE, '.hadolint.yaml': 'disable-ignore-pragma: false\n' };
    expect(rules((await run(['Dockerfile'], files)).stdout)).toEqual([]);
    expect(rules((await run(['--disable-ignore-pragma', 'Dockerfile'], files)).stdout)).toEqual(['DL3000']);
  });

  it('leaves the config ignore list working', async () => {
    const files = {
      Dockerfile: PRAGMA_DOCKERFILE,
      '.hadolint.yaml': 'disable-ignore-pragma: true\nignored: [DL3000]\n',
    };
    expect(await run(['Dockerfile'], files)).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
  });
});

describe('configuration keys', () => {
  it('a misspelt key in .image-budget.yml exits 2 naming the file, the key and the accepted keys', async () => {
    const { code, stdout, stderr } = await run(['Dockerfile'], {
      Dockerfile: 'FROM busybox:1.35\n',
      '.image-budget.yml': 'ignord: [DL3004]\n',
    });
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe(
      'image-budget lint: configuration error: /w/.image-budget.yml: ignord: unknown key; accepted keys: lint, ignored, override, trustedRegistries, label-schema, strict-labels, failure-threshold, no-fail, max-layers, disable-ignore-pragma, format, no-color, verbose\n',
    );
  });

  it('a misspelt key under lint: or inside override exits 2 too', async () => {
    const files = { Dockerfile: 'FROM busybox:1.35\n', 'ib.yml': 'lint:\n  overide:\n    error: [DL3000]\n' };
    const top = await run(['--config', 'ib.yml', 'Dockerfile'], files);
    expect([top.code, top.stderr]).toEqual([2, expect.stringContaining('ib.yml: lint.overide: unknown key')]);
    files['ib.yml'] = 'lint:\n  override:\n    eror: [DL3000]\n';
    const nested = await run(['--config', 'ib.yml', 'Dockerfile'], files);
    expect([nested.code, nested.stderr]).toEqual([
      2,
      expect.stringContaining(
        'ib.yml: lint.override.eror: unknown severity; accepted: error, warning, info, style',
      ),
    ]);
  });

  it('a lint key beside a lint: section exits 2 rather than being dropped', async () => {
    const { code, stderr } = await run(['Dockerfile'], {
      Dockerfile: 'FROM busybox:1.35\nWORKDIR app\n',
      '.image-budget.yml': 'ignored: [DL3000]\nlint:\n  no-fail: true\n',
    });
    expect(code).toBe(2);
    expect(stderr).toContain(
      '/w/.image-budget.yml: ignored: a lint key outside the lint: section; lint keys go all at the top level or all under lint:, not both — move it under lint:',
    );
    expect(stderr.split('\n').filter((l) => l !== '')).toHaveLength(1);
  });

  it('a hadolint file with keys hadolint ignores loads, as hadolint loads it, with one warning line', async () => {
    const { code, stdout, stderr } = await run(['Dockerfile'], {
      Dockerfile: 'FROM busybox:1.35\nWORKDIR app\n',
      '.hadolint.yaml': 'output-format: json\nignored: [DL3000]\n',
    });
    expect({ code, stdout }).toEqual({ code: 0, stdout: '[]\n' });
    expect(stderr).toMatch(
      /^image-budget lint: warning: \S*\.hadolint\.yaml: output-format: not a lint key, skipped \(hadolint skips them too\); accepted keys: ignored, [^\n]*\n$/,
    );
  });
});

describe('--context', () => {
  const files = {
    'app/Dockerfile': 'FROM busybox:1.35\nCOPY . /src\n',
    'bare/.git/HEAD': 'ref: refs/heads/main\n',
    'kept/.git/HEAD': 'ref: refs/heads/main\n',
    'kept/.dockerignore': '.git\n',
  };

  it.each([
    ['/nonexistent', 'no such directory'],
    ['app/Dockerfile', 'not a directory'],
  ])('%s: exits 2 with one line naming the path and the fix', async (dir, problem) => {
    for (const argv of [
      ['--context', dir, 'app/Dockerfile'],
      [`--context=${dir}`, '-'],
    ]) {
      const { code, stdout, stderr } = await run(argv, files);
      expect({ code, stdout, stderr }).toEqual({
        code: 2,
        stdout: '',
        stderr: `image-budget lint: --context ${dir}: ${problem}; give the build context directory, or leave --context out to use each Dockerfile's folder\n`,
      });
    }
  });

  it('an existing directory is the context the .dockerignore checks read', async () => {
    expect(rules((await run(['--context', 'bare', 'app/Dockerfile'], files)).stdout)).toEqual(['IB109']);
    expect(await run(['--context', 'kept/', 'app/Dockerfile'], files)).toEqual({
      code: 0,
      stdout: '[]\n',
      stderr: '',
    });
  });
});

describe('--build-arg', () => {
  // line 1: FromAsCasing ('as' beside 'FROM'); line 2: UndefinedVar ($UNSET in V's default)
  const files = { Dockerfile: 'FROM busybox:1.35 as base\nARG V=$UNSET\nCOPY a /\n' };
  const found = async (argv: string[], env: Record<string, string> = {}): Promise<string[]> => {
    const { stdout, stderr } = await run([...argv, 'Dockerfile'], files, env);
    expect(stderr).toBe('');
    return (JSON.parse(stdout) as { line: number; rule: string }[]).map((f) => `${f.line} ${f.rule}`);
  };

  it('without it BuildKit’s checks read the file alone', async () => {
    expect(await found([])).toEqual(['1 FromAsCasing', '2 UndefinedVar']);
  });

  it('gives an ARG its value, so its default is not expanded (no UndefinedVar), as in the build', async () => {
    expect(await found(['--build-arg', 'V=given'])).toEqual(['1 FromAsCasing']);
    expect(await found(['--build-arg=V=a=b'])).toEqual(['1 FromAsCasing']);
  });

  it('NAME alone takes the value from the environment, and is left out when the environment has none', async () => {
    expect(await found(['--build-arg', 'V'], { V: 'from-env' })).toEqual(['1 FromAsCasing']);
    expect(await found(['--build-arg', 'V'])).toEqual(['1 FromAsCasing', '2 UndefinedVar']);
  });

  it('BUILDKIT_DOCKERFILE_CHECK replaces the file’s check directive, as the builder reads it', async () => {
    expect(await found(['--build-arg', 'BUILDKIT_DOCKERFILE_CHECK=skip=FromAsCasing'])).toEqual([
      '2 UndefinedVar',
    ]);
    expect(await found(['--build-arg', 'BUILDKIT_DOCKERFILE_CHECK=skip=all', '--build-arg', 'V=1'])).toEqual(
      [],
    );
  });

  it('an invalid one is a usage error naming the flag and the value', async () => {
    for (const [value, problem] of [
      ['=x', 'no name before "="'],
      ['1V=x', '"1V" is not a valid ARG name'],
    ] as const) {
      expect(await run(['--build-arg', value, 'Dockerfile'], files)).toEqual({
        code: 2,
        stdout: '',
        stderr: `image-budget lint: --build-arg ${JSON.stringify(value)}: ${problem}; write --build-arg NAME=value (NAME: letters, digits, _), or --build-arg NAME to take the value from the environment\n`,
      });
    }
    expect((await run(['Dockerfile', '--build-arg'], files)).stderr).toMatch(
      /^image-budget lint: --build-arg needs a value\n/,
    );
  });
});

describe('# check=error=true', () => {
  const text = 'FROM busybox:1.35 as base\nCOPY a /\n';
  it('fails the lint at any --failure-threshold, as docker build --check fails', async () => {
    for (const threshold of ['none', 'error']) {
      const r = await run(['--failure-threshold', threshold, 'Dockerfile'], {
        Dockerfile: `# check=error=true\n${text}`,
      });
      expect([r.code, r.stderr]).toEqual([1, '']);
      expect(JSON.parse(r.stdout)).toEqual([
        expect.objectContaining({ rule: 'FromAsCasing', severity: 'error' }),
      ]);
    }
  });

  it('without it (or with error=false) the warning passes an error threshold', async () => {
    for (const head of ['', '# check=error=false\n']) {
      const r = await run(['--failure-threshold', 'error', 'Dockerfile'], { Dockerfile: head + text });
      expect(r.code).toBe(0);
      expect(rules(r.stdout)).toEqual(['FromAsCasing']);
    }
  });

  it('BUILDKIT_DOCKERFILE_CHECK=error=true from --build-arg fails it too', async () => {
    const r = await run(
      ['--failure-threshold', 'none', '--build-arg', 'BUILDKIT_DOCKERFILE_CHECK=error=true', 'Dockerfile'],
      { Dockerfile: text },
    );
    expect(r.code).toBe(1);
  });

  it('fails through the hadolint finding that stands for the check (DL3025 also JSONArgsRecommended)', async () => {
    const r = await run(['--failure-threshold', 'none', 'Dockerfile'], {
      Dockerfile: '# check=error=true\nFROM busybox:1.35\nCMD echo hi\n',
    });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([
      expect.objectContaining({ rule: 'DL3025', severity: 'error', also: ['JSONArgsRecommended'] }),
    ]);
  });
});
