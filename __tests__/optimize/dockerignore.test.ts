import { describe, expect, it } from '@jest/globals';
import { parseDockerfile } from '../../src/dockerfile/parse.js';
import { defaultCandidates } from '../../src/optimize/dockerignore-defaults.js';
import {
  concretize,
  fromGitignore,
  planDockerignore,
  renderDockerignore,
} from '../../src/optimize/dockerignore.js';

const plan = (
  dockerfile: string,
  candidates: string[],
  existing: string[] | null = null,
  contextFiles?: string[],
) =>
  planDockerignore({
    dockerfile: parseDockerfile(dockerfile),
    existing,
    candidates,
    ...(contextFiles ? { contextFiles } : {}),
  });

describe('planDockerignore', () => {
  it('adds everything when the whole context is copied and nothing names the lines', () => {
    const r = plan('FROM busybox:1.35\nCOPY . /app\nCMD ["sh", "/app/run.sh"]\n', [
      '.git',
      '**/*.log',
      'node_modules',
    ]);
    expect(r).toEqual({ added: ['.git', '**/*.log', 'node_modules'], rejected: [] });
  });

  it('rejects a line that excludes a COPY source, by pattern', () => {
    const r = plan('FROM busybox:1.35\nCOPY dist/ /app/\nCOPY config/*.log /etc/\n', [
      'dist',
      '**/*.log',
      '.git',
    ]);
    expect(r.added).toEqual(['.git']);
    expect(r.rejected).toEqual([
      { line: 'dist', reason: 'line 2 copies "dist/" and "dist" would exclude "dist"' },
      { line: '**/*.log', reason: 'line 2 copies "dist/" and "**/*.log" would exclude "dist/x.log"' },
    ]);
  });

  it('decides exactly with a context listing', () => {
    const files = ['src', 'src/app.js', 'src/debug.log', 'build.log', '.git', '.git/HEAD'];
    expect(plan('FROM busybox:1.35\nCOPY src/ /app/\n', ['**/*.log', '*.log', '.git'], null, files)).toEqual({
      added: ['*.log', '.git'],
      rejected: [
        { line: '**/*.log', reason: 'line 2 copies "src/" and "**/*.log" would exclude "src/debug.log"' },
      ],
    });
  });

  it('keeps paths that commands use after a whole-context copy', () => {
    const r = plan('FROM busybox:1.35\nWORKDIR /app\nCOPY . .\nCMD ["node", "dist/server.js"]\n', [
      'dist',
      'coverage',
    ]);
    expect(r.added).toEqual(['coverage']);
    expect(r.rejected).toEqual([
      { line: 'dist', reason: 'line 4 uses "dist/server.js" from the copied context' },
    ]);
  });

  it('keeps .git when a RUN calls git after copying the context', () => {
    const r = plan('FROM busybox:1.35\nCOPY . .\nRUN git describe --tags > VERSION\n', ['.git']);
    expect(r.rejected).toEqual([{ line: '.git', reason: 'line 3 runs git, which may read .git' }]);
  });

  it('refuses every line when a source uses a variable', () => {
    const r = plan('FROM busybox:1.35\nARG DIR\nCOPY ${DIR} /app\n', ['.git']);
    expect(r.rejected).toEqual([{ line: '.git', reason: 'line 3 copies "${DIR}", which uses a variable' }]);
  });

  it('ignores COPY --from, remote ADD and ONBUILD, and checks RUN bind mounts', () => {
    const df =
      'FROM busybox:1.35 AS b\nFROM busybox:1.35\nCOPY --from=b /dist /dist\nADD https://x.test/a.tgz /a\nONBUILD COPY dist /d\n' +
      'RUN --mount=type=bind,source=vendor,target=/v true\n';
    const r = plan(df, ['dist', 'vendor']);
    expect(r.added).toEqual(['dist']);
    expect(r.rejected.map((x) => x.line)).toEqual(['vendor']);
  });

  it('does not repeat existing lines and respects existing negations', () => {
    const r = plan(
      'FROM busybox:1.35\nCOPY logs/keep.log /\n',
      ['.git/', '**/*.log'],
      ['.git', '!logs/keep.log'],
    );
    // `**/*.log` after the negation would hide logs/keep.log again
    expect(r.added).toEqual([]);
    expect(r.rejected.map((x) => x.line)).toEqual(['**/*.log']);
  });
});

describe('helpers', () => {
  it('turns .gitignore lines into .dockerignore lines', () => {
    expect(
      fromGitignore(['# c', '', 'node_modules/', '/build', 'docs/_site', '*.log', '!keep.log', '**/tmp']),
    ).toEqual(['**/node_modules', 'build', 'docs/_site', '**/*.log', '!**/keep.log', '**/tmp']);
  });
  it('makes a concrete path from a glob', () => {
    expect(concretize('src/**/*.[jt]s')).toBe('src/x/x.js');
  });
  it('renders a new file and extends an existing one', () => {
    expect(renderDockerignore(null, ['.git'])).toBe('# added by image-budget optimize\n.git\n');
    expect(renderDockerignore('node_modules', ['.git'])).toBe(
      'node_modules\n\n# added by image-budget optimize\n.git\n',
    );
    expect(renderDockerignore('x\n', [])).toBe('x\n');
  });
  it('proposes defaults only for what the context holds, build output only when the Dockerfile builds', () => {
    const files = ['.git', '.git/HEAD', 'app.log', 'dist', 'dist/a.js', 'node_modules', 'src'];
    expect(defaultCandidates(parseDockerfile('FROM busybox:1.35\nCOPY . .\n'), files)).toEqual([
      '.git',
      '**/*.log',
    ]);
    expect(
      defaultCandidates(parseDockerfile('FROM busybox:1.35\nCOPY . .\nRUN npm ci && npm run build\n'), files),
    ).toEqual(['.git', '**/*.log', 'node_modules', 'dist']);
  });
});
