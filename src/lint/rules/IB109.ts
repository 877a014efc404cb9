import dockerignorePackage from '@balena/dockerignore';
import { findCommands, subcommand, valuesOf } from '../../dockerfile/shell.js';
import type { Instruction, ParsedDockerfile } from '../../dockerfile/types.js';
import type { Rule } from '../types.js';
import { copiesWholeContext } from './support/copy-args.js';
import { finalLineage } from './support/stages.js';

// The package is CommonJS: under NodeNext its default import is `module.exports`, whose `.default` is the factory.
const matcher = (lines: string[]) => dockerignorePackage.default().add(lines);

interface Candidate {
  /** The line to add to `.dockerignore`. */
  pattern: string;
  /** Whether a top-level context entry is covered by this candidate. */
  covers(entry: string): boolean;
  /** A name to test against existing patterns when the context is unknown. */
  probe: string;
}

const CANDIDATES: readonly Candidate[] = [
  { pattern: '.git', covers: (e) => e === '.git', probe: '.git' },
  { pattern: 'node_modules', covers: (e) => e === 'node_modules', probe: 'node_modules' },
  { pattern: '**/*.log', covers: (e) => e.endsWith('.log'), probe: 'debug.log' },
  { pattern: 'logs', covers: (e) => e === 'logs', probe: 'logs' },
  { pattern: '**/*.swp', covers: (e) => e.endsWith('.swp'), probe: '.main.c.swp' },
  { pattern: '.idea', covers: (e) => e === '.idea', probe: '.idea' },
  { pattern: '**/.DS_Store', covers: (e) => e === '.DS_Store', probe: '.DS_Store' },
];

/** Each candidate's pattern as a matcher, built on first use and kept (not per file and candidate, and not at
 *  start-up: most lints never need one). */
const candidateMatchers = new Map<string, ReturnType<typeof matcher>>();
function candidateMatcher(pattern: string): ReturnType<typeof matcher> {
  let m = candidateMatchers.get(pattern);
  if (m === undefined) candidateMatchers.set(pattern, (m = matcher([pattern])));
  return m;
}

/** A COPY of the whole context without a `.dockerignore` that keeps out VCS data, dependencies built in the
 *  image anyway, logs and editor files: they bloat the image and bust the cache on every change. */
export const IB109: Rule = {
  meta: {
    code: 'IB109',
    name: 'dockerignore',
    severity: 'warning',
    category: 'size',
    fixable: true,
    description:
      'The whole context is copied without a .dockerignore that excludes .git, node_modules, logs and editor files.',
    docs: 'docs/rules/IB109.md',
  },
  create(context) {
    const file = context.file;
    return {
      end() {
        const copy = file.instructions.find(copiesWholeContext);
        if (!copy) return;
        const { dockerignore, contextEntries } = context.settings;
        const existing = dockerignore === null ? null : matcher(dockerignore);
        const missing: string[] = [];
        // the context paths COPY/ADD name, read once for all candidates
        const copied = copiedPaths(file);
        for (const c of CANDIDATES) {
          if (c.pattern === 'node_modules' && !buildsNodeModules(file, copied)) continue;
          const probes = probesFor(c, contextEntries);
          if (probes.length === 0) continue;
          if (existing && probes.every((p) => existing.ignores(p))) continue;
          if (neededByCopy(copied, c.pattern)) continue;
          missing.push(c.pattern);
        }
        if (missing.length === 0) return;
        const what = missing.join(', ');
        // copied into a builder stage, the files only ship if copied on; they still bust the cache
        // without a listing of the context the names are the usual ones, not what it holds
        const subject = contextEntries === null ? `${what} (if the context holds them)` : what;
        const effect = finalLineage(file).has(copy.stage)
          ? `${subject} would end up in the image, and every change to them busts the cache`
          : `${subject} would be sent to the builder and bust the cache of this COPY and every step after it`;
        context.report({
          at: copy,
          message:
            dockerignore === null
              ? `The whole build context is copied and there is no .dockerignore: ${effect}.`
              : `The whole build context is copied and .dockerignore does not exclude ${what}.`,
          fix: { description: `Add ${what} to .dockerignore`, edits: [], dockerignore: missing },
        });
      },
    };
  },
};

/**
 * The names to test a candidate with. A known context (its top-level entries, from the lint environment): only
 * the entries it covers, so a finding names only what the build would really send. An unknown context: the
 * usual junk, but a logs folder only when seen (the name is too common to assume).
 */
function probesFor(c: Candidate, contextEntries: string[] | null): string[] {
  if (contextEntries !== null) return contextEntries.filter((e) => c.covers(e));
  return c.pattern === 'logs' ? [] : [c.probe];
}

/** node_modules can be ignored when the image installs its own dependencies and no COPY names the folder. */
function buildsNodeModules(file: ParsedDockerfile, copied: readonly string[]): boolean {
  const installs = file.instructions.some((i) =>
    [...findCommands(i.shell, 'npm', 'pnpm'), ...findCommands(i.shell, 'yarn')].some((c) =>
      ['install', 'i', 'ci', ''].includes(subcommand(c) ?? ''),
    ),
  );
  return installs && !copied.some((s) => s.includes('node_modules'));
}

/** A pattern that would exclude an explicitly copied source must not be added. */
function neededByCopy(copied: readonly string[], pattern: string): boolean {
  const m = candidateMatcher(pattern);
  return copied.some((s) => {
    const path = s.replace(/^\.\//, '').replace(/\/+$/, '');
    return path !== '' && path !== '.' && (m.ignores(path) || m.ignores(path.split('/')[0]!));
  });
}

/** The context sources of every COPY/ADD of the file (not stages, URLs or heredocs). */
function copiedPaths(file: ParsedDockerfile): string[] {
  const out: string[] = [];
  for (const ins of file.instructions) for (const s of sources(ins)) out.push(s);
  return out;
}

function sources(ins: Instruction): string[] {
  if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || ins.flags.some((f) => f.name === 'from'))
    return [];
  if (ins.heredocs.length > 0) return [];
  return valuesOf(ins.words.slice(0, -1)).filter((v) => !/^[a-z]+:\/\//.test(v));
}
