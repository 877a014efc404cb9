// What a Dockerfile takes from its build context: COPY/ADD sources (without --from), RUN bind-mount sources,
// and the relative paths its commands mention (a `COPY . .` followed by `CMD node dist/server.js` needs `dist`).
// The .dockerignore planner checks every line it would add against these.
import { mountsOf } from '../dockerfile/mounts.js';
import type { Instruction, ParsedDockerfile } from '../dockerfile/types.js';

export interface ContextSource {
  /** As written, e.g. `./src/`, `*.json`, `.`. */
  raw: string;
  /** Relative to the context root: no leading `./` or `/`, no trailing `/`; `.` for the whole context. */
  path: string;
  line: number;
  /** True for `.`, `./`, `/`, `*`: the whole context is copied. */
  whole: boolean;
  /** Contains a variable: what it names cannot be known from the text. */
  dynamic: boolean;
}

export interface ContextUses {
  sources: ContextSource[];
  /** Relative paths mentioned by RUN/CMD/ENTRYPOINT/HEALTHCHECK after a whole-context copy. */
  mentioned: { path: string; line: number }[];
  /** A RUN runs `git` after a whole-context copy (it may read `.git`). */
  usesGit: number | null;
}

/** Normalises a context path: `./a/b/` → `a/b`, `/` or `.` → `.`. */
export function contextPath(raw: string): string {
  let p = raw.replace(/\\/g, '/');
  while (p.startsWith('./')) p = p.slice(2);
  p = p.replace(/^\/+/, '').replace(/\/+$/, '');
  return p === '' || p === '.' ? '.' : p;
}

function isRemote(source: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(source) || /^git@/.test(source);
}

/** The source words of a COPY/ADD (the last argument is the destination). */
function copySources(ins: Instruction): string[] {
  let values = ins.words.map((w) => w.value);
  if (ins.args.trimStart().startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(ins.args);
      if (Array.isArray(parsed) && parsed.every((v) => typeof v === 'string')) values = parsed as string[];
    } catch {
      // not JSON: Docker reads it as shell form, as the words already are
    }
  }
  return values.slice(0, -1).filter((v) => !v.startsWith('<<'));
}

function bindSources(ins: Instruction): string[] {
  const out: string[] = [];
  for (const mount of mountsOf(ins)) {
    // bind is the default mount type; from= reads another image or stage, not the context
    if (mount.type !== 'bind' || mount.fields.has('from')) continue;
    out.push(mount.source ?? '.');
  }
  return out;
}

const PATH_WORD = /^(\.\/)?[A-Za-z0-9_@][\w.@+-]*(\/[\w.@+-]*)*$/;

/** A word that reads like a relative path into the copied tree: `dist/server.js`, `./run.sh`, `app.py`. */
function mentionedPath(word: string): string | null {
  const w = word.replace(/^['"]|['"]$/g, '');
  if (w.startsWith('-') || w.startsWith('/') || w.includes('$') || w.includes('://')) return null;
  if (!PATH_WORD.test(w)) return null;
  // a bare word without a slash or a dot is a command name or an argument, not a path
  if (!w.includes('/') && !/\.[A-Za-z0-9]+$/.test(w) && !w.startsWith('.')) return null;
  return contextPath(w);
}

export function contextUses(file: ParsedDockerfile): ContextUses {
  const sources: ContextSource[] = [];
  const mentioned: { path: string; line: number }[] = [];
  let usesGit: number | null = null;
  const wholeCopyInStage = new Set<number>();
  for (const ins of file.instructions) {
    if (ins.onbuild) continue; // ONBUILD triggers run against the child image's context
    let raws: string[] = [];
    if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && !ins.flags.some((f) => f.name === 'from')) {
      raws = copySources(ins).filter((s) => !(ins.keyword === 'ADD' && isRemote(s)));
    } else if (ins.keyword === 'RUN') {
      raws = bindSources(ins);
    }
    for (const raw of raws) {
      const path = contextPath(raw);
      const whole = path === '.' || path === '*';
      if (whole) wholeCopyInStage.add(ins.stage);
      sources.push({ raw, path, line: ins.line, whole, dynamic: raw.includes('$') });
    }
    const reads = ['RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK'].includes(ins.keyword);
    if (reads && wholeCopyInStage.size > 0) {
      const words = ins.shell
        ? ins.shell.commands.flatMap((c) => c.words.map((w) => w.value))
        : ins.words.map((w) => w.value);
      for (const w of words) {
        const p = mentionedPath(w);
        if (p !== null) mentioned.push({ path: p, line: ins.line });
      }
      if (
        ins.keyword === 'RUN' &&
        usesGit === null &&
        ins.shell?.commands.some((c) => /(^|\/)git$/.test(c.name))
      ) {
        usesGit = ins.line;
      }
    }
  }
  return { sources, mentioned, usesGit };
}
