// Reads what the optimizer needs to know about a build context: the existing `.dockerignore`, a listing for
// the exact COPY-source check, and the `.dockerignore` lines worth proposing (defaults the context holds and
// `.gitignore` entries).
import { join } from 'node:path';
import type { ParsedDockerfile } from '../dockerfile/types.js';
import { defaultCandidates } from './dockerignore-defaults.js';
import { fromGitignore, patternLines } from './dockerignore.js';
import type { FileSystem } from '../adapters.js';
import type { OptimizeOptions } from './optimize.js';

export interface ContextFacts {
  /** The `.dockerignore` text, or null when there is none. */
  dockerignoreText: string | null;
  options: Pick<OptimizeOptions, 'dockerignore' | 'dockerignoreCandidates' | 'contextFiles' | 'settings'>;
}

export async function readContextFacts(
  files: FileSystem,
  parsed: ParsedDockerfile,
  context: string,
): Promise<ContextFacts> {
  const dockerignoreText = await files.readFileOrNull(join(context, '.dockerignore'));
  const gitignoreText = await files.readFileOrNull(join(context, '.gitignore'));
  const contextFiles = await files.listContext(context);
  const existing = dockerignoreText === null ? null : patternLines(dockerignoreText.split('\n'));
  const candidates = [
    ...defaultCandidates(parsed, contextFiles),
    ...(gitignoreText === null ? [] : fromGitignore(gitignoreText.split('\n'))),
  ];
  return {
    dockerignoreText,
    options: {
      dockerignore: existing,
      dockerignoreCandidates: [...new Set(candidates)],
      contextFiles,
      settings: { dockerignore: existing, contextEntries: contextFiles.filter((f) => !f.includes('/')) },
    },
  };
}
