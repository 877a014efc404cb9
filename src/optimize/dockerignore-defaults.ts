// Lines the optimizer proposes for `.dockerignore` on its own, when it can see the context: version-control
// data, logs, editor and OS litter, test and build output. Each is proposed only when something in the context
// matches it, so the file stays short; build output only when the Dockerfile rebuilds it.
import { commandName, subcommand } from '../dockerfile/shell.js';
import type { ParsedDockerfile } from '../dockerfile/types.js';
import { ignoreMatcher } from './ignore-matcher.js';

const ALWAYS = [
  '.git',
  '.hg',
  '.svn',
  '**/*.log',
  '**/.DS_Store',
  '**/*.swp',
  '**/*~',
  '.idea',
  '.vscode',
  'coverage',
  '**/__pycache__',
  '**/*.pyc',
  '.pytest_cache',
  '.tox',
];
/** Dependency folders: only when the Dockerfile installs dependencies itself. */
const DEPENDENCIES = ['node_modules'];
/** Build output: only when the Dockerfile runs a build. */
const BUILD_OUTPUT = ['dist', 'build', 'target'];

function runsCommand(
  file: ParsedDockerfile,
  test: (name: string, sub: string | undefined) => boolean,
): boolean {
  return file.instructions.some(
    (ins) => ins.shell?.commands.some((c) => test(commandName(c), subcommand(c))) ?? false,
  );
}

export function defaultCandidates(file: ParsedDockerfile, contextFiles: readonly string[]): string[] {
  const lines = [...ALWAYS];
  const installs = runsCommand(
    file,
    (n, s) => ['npm', 'yarn', 'pnpm'].includes(n) && (s === undefined || ['install', 'ci', 'i'].includes(s)),
  );
  if (installs) lines.push(...DEPENDENCIES);
  const builds = runsCommand(
    file,
    (n, s) =>
      (['npm', 'yarn', 'pnpm'].includes(n) && (s === 'run' || s === 'build')) ||
      ['mvn', 'gradle', 'make', 'tsc'].includes(n) ||
      (['cargo', 'go'].includes(n) && s === 'build'),
  );
  if (builds) lines.push(...BUILD_OUTPUT);
  return lines.filter((line) => {
    const m = ignoreMatcher([line]);
    return contextFiles.some((f) => m.ignores(f));
  });
}
