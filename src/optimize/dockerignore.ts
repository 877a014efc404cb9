// Plans the lines to add to `.dockerignore`. The one promise: never exclude a path the Dockerfile needs. Each
// candidate is checked, together with the existing lines (negations matter), against every COPY/ADD source and
// RUN bind mount; with a listing of the context the check is exact, without one it reasons on the patterns.
import type { ParsedDockerfile } from '../dockerfile/types.js';
import { contextUses, type ContextSource, type ContextUses } from './context-uses.js';
import { ignoreMatcher, type IgnoreMatcher as Matcher } from './ignore-matcher.js';

export interface DockerignorePlanInput {
  dockerfile: ParsedDockerfile;
  /** Lines of the existing `.dockerignore`; null when there is none. */
  existing: string[] | null;
  candidates: string[];
  /** Every file and folder of the context, relative, `/`-separated (folders without trailing slash). */
  contextFiles?: string[];
}

export interface DockerignorePlan {
  added: string[];
  rejected: { line: string; reason: string }[];
}

/** Active pattern lines: comments and blank lines dropped, whitespace trimmed. */
export function patternLines(lines: readonly string[]): string[] {
  return lines.map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
}

function sameLine(a: string, b: string): boolean {
  const norm = (s: string): string => s.replace(/^\.?\//, '').replace(/\/+$/, '');
  return norm(a) === norm(b);
}

/** A concrete path the glob matches: `*` and `?` become `x`, `[ab]` becomes `a`, `**` becomes `x`. */
export function concretize(pattern: string): string {
  return pattern
    .replace(/\*\*/g, 'x')
    .replace(/\*/g, 'x')
    .replace(/\?/g, 'x')
    .replace(/\[!?\^?([^\]])[^\]]*\]/g, '$1')
    .replace(/\\(.)/g, '$1');
}

function matcher(lines: string[]): Matcher {
  return ignoreMatcher(lines);
}

export function planDockerignore(input: DockerignorePlanInput): DockerignorePlan {
  const uses = contextUses(input.dockerfile);
  const existing = patternLines(input.existing ?? []);
  const plan: DockerignorePlan = { added: [], rejected: [] };
  const before = matcher(existing);
  for (const candidate of patternLines(input.candidates)) {
    if ([...existing, ...plan.added].some((l) => sameLine(l, candidate))) continue;
    const after = matcher([...existing, ...plan.added, candidate]);
    const reason = candidate.startsWith('!')
      ? null
      : conflict(candidate, uses, before, after, input.contextFiles);
    if (reason === null) plan.added.push(candidate);
    else if (!plan.rejected.some((r) => r.line === candidate))
      plan.rejected.push({ line: candidate, reason });
  }
  return plan;
}

/** Why adding `candidate` could exclude something the Dockerfile takes from the context; null when it cannot. */
function conflict(
  candidate: string,
  uses: ContextUses,
  before: Matcher,
  after: Matcher,
  files: string[] | undefined,
): string | null {
  for (const source of uses.sources) {
    if (source.dynamic) return `line ${source.line} copies "${source.raw}", which uses a variable`;
    if (source.whole) continue; // copying everything: the ignore file exists to trim exactly this
    const hit = files
      ? newlyExcludedFile(source, before, after, files)
      : patternOverlap(candidate, source, after);
    if (hit !== null)
      return `line ${source.line} copies "${source.raw}" and "${candidate}" would exclude ${hit}`;
  }
  for (const m of uses.mentioned) {
    const probes = files ? files.filter((f) => f === m.path || f.startsWith(m.path + '/')) : [m.path];
    const hit = probes.find((p) => after.ignores(p) && !before.ignores(p));
    if (hit !== undefined) return `line ${m.line} uses "${m.path}" from the copied context`;
  }
  if (uses.usesGit !== null && after.ignores('.git/HEAD') && !before.ignores('.git/HEAD')) {
    return `line ${uses.usesGit} runs git, which may read .git`;
  }
  return null;
}

/** With a context listing: the first file the source copies that the new line would exclude. */
function newlyExcludedFile(
  source: ContextSource,
  before: Matcher,
  after: Matcher,
  files: string[],
): string | null {
  const selects = matcher([source.path, `${source.path}/**`]);
  for (const f of files) {
    if (selects.ignores(f) && !before.ignores(f) && after.ignores(f)) return `"${f}"`;
  }
  // a source that names nothing in the listing (made by an earlier step, or a typo): reason on patterns
  if (!files.some((f) => selects.ignores(f))) {
    const probe = concretize(source.path);
    if (after.ignores(probe) && !before.ignores(probe)) return `"${probe}"`;
  }
  return null;
}

/** Without a listing: does the candidate's glob reach into what the source's glob names? */
function patternOverlap(candidate: string, source: ContextSource, after: Matcher): string | null {
  const own = concretize(source.path);
  if (after.ignores(own)) return `"${own}"`;
  const selects = matcher([source.path, `${source.path}/**`]);
  const tail = candidate.replace(/^\.?\/+/, '').replace(/^(\*\*\/)+/, '');
  const probes = [concretize(candidate.replace(/^\.?\/+/, '')), `${own}/${concretize(tail)}`];
  const hit = probes.find((p) => selects.ignores(p) && after.ignores(p));
  return hit === undefined ? null : `"${hit}"`;
}

/** `.gitignore` lines in `.dockerignore` syntax: unanchored names match at any depth in git, so they get `**∕`. */
export function fromGitignore(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of patternLines(lines)) {
    const negated = line.startsWith('!');
    let p = negated ? line.slice(1) : line;
    p = p.replace(/\/+$/, '');
    if (p === '' || p.includes('\\')) continue;
    // a slash anywhere but the end anchors the pattern at the root, as in .dockerignore
    const anchored = p.includes('/');
    p = anchored ? p.replace(/^\/+/, '') : p.startsWith('**') ? p : `**/${p}`;
    out.push((negated ? '!' : '') + p);
  }
  return out;
}

/** Renders the new `.dockerignore`: the existing text kept as is, new lines appended under a comment. */
export function renderDockerignore(existingText: string | null, added: readonly string[]): string {
  if (added.length === 0) return existingText ?? '';
  const head = existingText === null || existingText === '' ? '' : existingText.replace(/\n*$/, '\n\n');
  return `${head}# added by image-budget optimize\n${added.join('\n')}\n`;
}
