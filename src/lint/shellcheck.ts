// ShellCheck over RUN bodies. Like hadolint, each RUN is a script of its own (a RUN runs in a fresh shell: an
// `exit`, a `set -e` or a syntax error in one RUN says nothing about the next), but the scripts of a file are
// written to one temporary file each and handed to a single `shellcheck` per shell dialect, which checks every
// file on its own, so `shellcheck` starts once per file (not once per RUN). Its findings are mapped back to
// Dockerfile lines and columns as `SC2086`… findings. Like hadolint: variables declared by ARG/ENV (and the proxy
// variables Docker predefines) are exported at the top of each script, SC2187 and SC1090 are excluded (they cannot
// be acted on in a Dockerfile), non-POSIX shells (PowerShell, cmd) are skipped, and ONBUILD triggers are checked
// with `sh` and no declared variables, because they run in a later build whose ARG/ENV/SHELL are unknown.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Finding, Severity } from '../model.js';
import {
  limitFinding,
  MAX_SHELLCHECK_COMMANDS,
  MAX_SHELLCHECK_RUNS,
  seconds,
  SHELLCHECK_TIMEOUT_MS,
} from './limits.js';
import { argsOffsets, isWindowsImage, parentStage, position } from '../dockerfile/parse.js';
import { readPragmas } from './pragmas.js';
import type { Instruction, ParsedDockerfile } from '../dockerfile/types.js';

export type ShellDialect = 'sh' | 'bash' | 'dash' | 'ksh';

/** One comment of `shellcheck --format=json1`; `script` is the index of the script it is about in the runner call
 *  (0 when the runner was given one script). */
export interface ShellcheckComment {
  script: number;
  line: number;
  endLine: number;
  column: number;
  endColumn: number;
  level: string;
  code: number;
  message: string;
}

/** The adapter: runs shellcheck on one script, or on several each checked on its own, and returns their comments
 *  in script order. Rejects with ShellcheckMissing when absent, and with ShellcheckTimeout when it has not
 *  finished within `timeoutMs` (default SHELLCHECK_TIMEOUT_MS), after killing it. */
export type ShellcheckRunner = (
  scripts: string | readonly string[],
  dialect: ShellDialect,
  timeoutMs?: number,
) => Promise<ShellcheckComment[]>;

/** ShellCheck was stopped: it ran longer than it was given (`ms`). */
export class ShellcheckTimeout extends Error {
  constructor(readonly ms: number) {
    super(`shellcheck did not finish within ${seconds(ms)} and was stopped`);
    this.name = 'ShellcheckTimeout';
  }
}

/** What to say, once, when ShellCheck cannot check the RUNs: it is missing, or it failed (`detail`). */
export function shellcheckSkipNote(error: unknown, detail: string): string {
  return error instanceof ShellcheckMissing
    ? `${error.message}; install it (apt-get install shellcheck) to check them`
    : `ShellCheck failed, RUN instructions not checked: ${detail}`;
}

export class ShellcheckMissing extends Error {
  constructor() {
    super('shellcheck is not installed (not on PATH): RUN instructions were not checked with ShellCheck');
    this.name = 'ShellcheckMissing';
  }
}

/** Codes hadolint excludes for Dockerfiles (2187: ash checked as dash; 1090: non-constant `source`), plus 1091
 *  (`source` of a file that is not given): sourced files live in the image, never beside the Dockerfile, and
 *  hadolint never reports it either because its ShellCheck runs with a mocked file system. */
export const EXCLUDED_CODES = [2187, 1090, 1091];
const DEFAULT_VARS = [
  'HTTP_PROXY',
  'http_proxy',
  'HTTPS_PROXY',
  'https_proxy',
  'FTP_PROXY',
  'ftp_proxy',
  'NO_PROXY',
  'no_proxy',
];

/** One script to check (one RUN): its text and, per script line, the Dockerfile offset of each column (null:
 *  generated). */
export interface ShellcheckJob {
  dialect: ShellDialect;
  /** The RUN's line. */
  line: number;
  /** How many simple commands the RUN's script has. */
  commands: number;
  script: string;
  lineOffsets: (readonly number[] | null)[];
}

/** Maps a SHELL executable (or shell pragma) to a ShellCheck dialect; undefined for shells it cannot check. */
export function dialectOf(shell: string): ShellDialect | undefined {
  const base = (shell.split(/[\\/]/).pop() ?? '').toLowerCase().replace(/\.exe$/, '');
  if (base === 'sh') return 'sh';
  if (base === 'bash') return 'bash';
  if (base === 'dash' || base === 'ash' || base === 'busybox') return 'dash';
  if (base === 'ksh' || base === 'mksh') return 'ksh';
  return undefined;
}

interface StageEnv {
  shell: string;
  vars: Set<string>;
}

/** Builds the scripts for a file, one per RUN in file order (pure). */
export function shellcheckJobs(parsed: ParsedDockerfile): ShellcheckJob[] {
  const pragmaShell = readPragmas(parsed).shell;
  if (pragmaShell !== undefined && dialectOf(pragmaShell) === undefined) return [];
  const initialShell = pragmaShell ?? 'sh';
  const jobs: ShellcheckJob[] = [];
  const stageEnd: StageEnv[] = [];
  let env: StageEnv = { shell: initialShell, vars: new Set(DEFAULT_VARS) };

  for (const ins of parsed.instructions) {
    if (ins.onbuild) {
      if (ins.keyword === 'RUN') addRun(parsed, jobs, ins, 'sh', new Set(DEFAULT_VARS));
      continue;
    }
    switch (ins.keyword) {
      case 'FROM': {
        if (ins.stage > 0) stageEnd[ins.stage - 1] = env;
        const stage = parsed.stages[ins.stage];
        const parent = parentStage(parsed, stage);
        const inherited = parent ? stageEnd[parent.index] : undefined;
        // a Windows base runs RUN with `cmd /S /C` unless a SHELL says otherwise: nothing for ShellCheck there
        const shell = pragmaShell ?? (stage && !parent && isWindowsImage(stage.resolvedImage) ? 'cmd' : 'sh');
        env = inherited
          ? { shell: inherited.shell, vars: new Set(inherited.vars) }
          : { shell, vars: new Set(DEFAULT_VARS) };
        break;
      }
      case 'SHELL':
        if (ins.form === 'exec' && ins.words[0]) env.shell = ins.words[0].value;
        break;
      case 'ARG':
        for (const w of ins.words) {
          const name = /^([A-Za-z_][A-Za-z0-9_]*)/.exec(w.value)?.[1];
          if (name) env.vars.add(name);
        }
        break;
      case 'ENV':
        for (const name of envNames(ins)) env.vars.add(name);
        break;
      case 'RUN': {
        const dialect = dialectOf(env.shell);
        if (dialect) addRun(parsed, jobs, ins, dialect, env.vars);
        break;
      }
    }
  }
  return jobs.filter((j) => j.lineOffsets.some((l) => l !== null));
}

function envNames(ins: Instruction): string[] {
  const words = ins.words;
  if (words.length === 0) return [];
  // legacy `ENV key value…` has no `=` in the first word
  if (!words[0]!.value.includes('=')) return [words[0]!.value];
  return words
    .map((w) => /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(w.value)?.[1])
    .filter((n): n is string => n !== undefined);
}

/** Adds the script of one RUN: the variables known at that RUN exported, then its body. */
function addRun(
  parsed: ParsedDockerfile,
  jobs: ShellcheckJob[],
  ins: Instruction,
  dialect: ShellDialect,
  vars: Set<string>,
): void {
  const segments = runSegments(parsed, ins);
  if (segments.length === 0) return;
  const job: ShellcheckJob = {
    dialect,
    line: ins.line,
    commands: ins.shell?.commands.length ?? 0,
    script: '',
    lineOffsets: [],
  };
  const lines: string[] = [];
  if (vars.size > 0) {
    // one `export` for all: ShellCheck's time grows with each command of the prelude, which every RUN repeats
    lines.push(
      `export ${[...vars]
        .sort()
        .map((v) => `${v}=1`)
        .join(' ')}`,
    );
    job.lineOffsets.push(null);
  }
  for (const seg of segments) {
    lines.push(seg.text);
    job.lineOffsets.push(seg.offsets);
  }
  job.script = lines.join('\n') + '\n';
  jobs.push(job);
}

interface Segment {
  text: string;
  offsets: readonly number[] | null;
}

/** The script lines of a RUN as the shell sees them, each with source offsets. */
function runSegments(parsed: ParsedDockerfile, ins: Instruction): Segment[] {
  // no script read (exec form), or one too long to read: the lint says so once (see ./limits.ts)
  if (ins.form === 'exec' || ins.shell === undefined) return [];
  const out: Segment[] = [];
  const heredocScript = ins.heredocs.length > 0 && /^<<-?\s*["']?[A-Za-z_]/.test(ins.args);
  if (heredocScript) {
    const h = ins.heredocs[0]!;
    // a heredoc with a non-shell interpreter line is not a shell script
    if (/^#!/.test(h.body) && !/^#!\s*\S*\b(sh|bash|dash|ash|ksh)\b/.test(h.body.split('\n')[0]!)) return [];
    let start = h.bodyStart;
    for (const line of h.body.split('\n')) {
      const text = h.stripTabs ? line.replace(/^\t+/, '') : line;
      const skipped = line.length - text.length;
      out.push({ text, offsets: Array.from({ length: text.length + 1 }, (_, i) => start + skipped + i) });
      start += line.length + 1;
    }
    return out;
  }
  const offsets = argsOffsets(parsed, ins);
  if (!offsets || ins.args.trim() === '') return [];
  out.push({ text: ins.args, offsets });
  // heredocs fed to a command (`RUN cat <<EOF > f`): the body must follow for the script to parse
  for (const h of ins.heredocs) {
    let start = h.bodyStart;
    for (const line of h.body.split('\n')) {
      out.push({ text: line, offsets: Array.from({ length: line.length + 1 }, (_, i) => start + i) });
      start += line.length + 1;
    }
    out.push({ text: h.delimiter, offsets: null });
  }
  return out;
}

const LEVELS: Record<string, Severity> = { error: 'error', warning: 'warning', info: 'info', style: 'style' };

/** Maps a job's comments back to findings on the Dockerfile (pure). */
export function mapComments(
  parsed: ParsedDockerfile,
  job: ShellcheckJob,
  comments: ShellcheckComment[],
): Finding[] {
  const findings: Finding[] = [];
  for (const c of comments) {
    if (EXCLUDED_CODES.includes(c.code)) continue;
    const offsets = job.lineOffsets[c.line - 1];
    if (!offsets) continue; // a generated line (exports)
    const start = offsetAt(offsets, c.column - 1);
    const endOffsets = job.lineOffsets[c.endLine - 1] ?? offsets;
    const end = Math.max(start + 1, offsetAt(endOffsets, c.endColumn - 1));
    const a = position(parsed.lineStarts, start);
    const b = position(parsed.lineStarts, end);
    findings.push({
      file: parsed.file,
      line: a.line,
      column: a.column,
      endLine: b.line,
      endColumn: b.column,
      rule: `SC${c.code}`,
      name: 'shellcheck',
      severity: LEVELS[c.level] ?? 'warning',
      category: 'correctness',
      message: c.message,
      fixable: false,
    });
  }
  return findings;
}

function offsetAt(offsets: readonly number[], index: number): number {
  if (index < offsets.length) return offsets[Math.max(0, index)]!;
  return (offsets[offsets.length - 1] ?? 0) + 1;
}

export interface ShellcheckFileOptions {
  /** How long all of this file's ShellCheck calls may take together (default SHELLCHECK_TIMEOUT_MS). */
  timeoutMs?: number;
}

/** ShellCheck findings for a file: one runner call per dialect in use (usually one), given one script per RUN.
 *  Bounded: a RUN of more than MAX_SHELLCHECK_COMMANDS commands and the RUNs after the first MAX_SHELLCHECK_RUNS
 *  are not given to ShellCheck, and the calls together get `timeoutMs`; each of these is one IB000 finding. */
export async function shellcheckFile(
  parsed: ParsedDockerfile,
  runner: ShellcheckRunner,
  options: ShellcheckFileOptions = {},
): Promise<Finding[]> {
  const out: Finding[] = [];
  const byDialect = new Map<ShellDialect, ShellcheckJob[]>();
  let taken = 0;
  let tooMany: ShellcheckJob | undefined;
  for (const job of shellcheckJobs(parsed)) {
    // ShellCheck's time grows faster than the script (with the commands): a long chain would take it minutes
    const commands = job.commands;
    if (commands > MAX_SHELLCHECK_COMMANDS) {
      out.push(
        limitFinding(
          parsed.file,
          `ShellCheck skipped this RUN: it has ${commands.toLocaleString('en')} commands, more than the ${MAX_SHELLCHECK_COMMANDS} ShellCheck is given in one RUN (its time grows faster than that); split the RUN or check it with shellcheck on its own`,
          job.line,
        ),
      );
      continue;
    }
    if (taken === MAX_SHELLCHECK_RUNS) {
      tooMany ??= job;
      continue;
    }
    taken++;
    const jobs = byDialect.get(job.dialect);
    if (jobs) jobs.push(job);
    else byDialect.set(job.dialect, [job]);
  }
  if (tooMany !== undefined) {
    out.push(
      limitFinding(
        parsed.file,
        `ShellCheck checked the first ${MAX_SHELLCHECK_RUNS} RUNs only: the RUNs from this line on were not checked with ShellCheck`,
        tooMany.line,
      ),
    );
  }
  const limit = options.timeoutMs ?? SHELLCHECK_TIMEOUT_MS;
  const deadline = Date.now() + limit;
  const calls = [...byDialect];
  for (let k = 0; k < calls.length; k++) {
    const [dialect, jobs] = calls[k]!;
    const scripts = jobs.map((j) => j.script);
    let comments: ShellcheckComment[];
    try {
      const left = deadline - Date.now();
      if (limit <= 0) {
        out.push(
          limitFinding(
            parsed.file,
            'ShellCheck not run: the time for linting is used up (earlier Dockerfiles of this run took it)',
          ),
        );
        break;
      }
      if (left <= 0) throw new ShellcheckTimeout(limit);
      comments = await runner(scripts, dialect, left);
    } catch (error: unknown) {
      if (!(error instanceof ShellcheckTimeout)) throw error;
      // the findings of the calls that finished stay; this call's RUNs and those of the calls after it are not
      // checked
      const unchecked = calls.slice(k).flatMap(([, j]) => j);
      let first = unchecked[0]!.line;
      for (const j of unchecked) if (j.line < first) first = j.line;
      out.push(
        limitFinding(
          parsed.file,
          `ShellCheck was stopped after ${seconds(limit)}, the time it had for this Dockerfile: ${unchecked.length === 1 ? 'this RUN was' : `${unchecked.length} RUNs, from this line on, were`} not checked with ShellCheck (its time grows faster than the RUN scripts: split or shorten them)`,
          first,
        ),
      );
      break;
    }
    // the comments come ordered by script: each job takes its run of them
    let c = 0;
    for (const [i, job] of jobs.entries()) {
      const start = c;
      while (c < comments.length && comments[c]!.script === i) c++;
      out.push(...mapComments(parsed, job, comments.slice(start, c)));
    }
  }
  return out;
}

/** The real adapter: `shellcheck --format=json1 --shell=<dialect> <file>…` (argv only) over the scripts written
 *  to one temporary file each, which ShellCheck checks independently; the files are removed afterwards. */
export function processShellcheckRunner(executable = 'shellcheck', rcFrom = process.cwd()): ShellcheckRunner {
  // the scripts are files in a temporary folder, where ShellCheck looks for its rc file: a copy of the one it would
  // find from the working directory (the repository), as when the scripts came on stdin, goes there with them
  // (--rcfile would name it, but only ShellCheck 0.10+ has it; Debian 12 and Ubuntu 22.04 ship 0.9 and 0.8)
  // looked up on the first check, not when the runner is made (a lint with --no-shellcheck never needs it)
  let rcfile: string | undefined | null = null;
  return async (scripts, dialect, timeoutMs = SHELLCHECK_TIMEOUT_MS) => {
    const started = Date.now();
    const list = typeof scripts === 'string' ? [scripts] : scripts;
    if (list.length === 0) return [];
    if (rcfile === null) rcfile = findShellcheckRc(rcFrom);
    const dir = await mkdtemp(join(tmpdir(), 'image-budget-shellcheck-'));
    try {
      if (rcfile !== undefined) await copyFile(rcfile, join(dir, '.shellcheckrc'));
      const files = list.map((_, i) => join(dir, `run${i}.sh`));
      await Promise.all(list.map((script, i) => writeFile(files[i]!, script, 'utf8')));
      const index = new Map(files.map((f, i) => [f, i]));
      // writing the scripts counts against the time as well
      const comments = await runShellcheck(executable, dialect, files, timeoutMs - (Date.now() - started));
      const out: ShellcheckComment[] = [];
      for (const c of comments) {
        const script = index.get(c.file);
        if (script !== undefined) out.push({ ...c, script });
      }
      // ShellCheck does not report the files in the order given; a stable sort keeps each file's own order
      return out.sort((a, b) => a.script - b.script);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };
}

/** `.shellcheckrc` or `shellcheckrc` in `dir` or the nearest folder above it, as ShellCheck looks for it. */
export function findShellcheckRc(dir: string): string | undefined {
  for (let at = dir; ; at = dirname(at)) {
    for (const name of ['.shellcheckrc', 'shellcheckrc']) {
      if (existsSync(join(at, name))) return join(at, name);
    }
    if (dirname(at) === at) return undefined;
  }
}

/** The most output read from one `shellcheck` (a script of a million `$a` words gets a comment for each). */
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

/** One `shellcheck` process over files; its comments name their file. Killed (SIGKILL) after `timeoutMs`, or
 *  when its output grows past MAX_OUTPUT_BYTES. */
function runShellcheck(
  executable: string,
  dialect: ShellDialect,
  files: readonly string[],
  timeoutMs: number,
): Promise<(Omit<ShellcheckComment, 'script'> & { file: string })[]> {
  if (timeoutMs <= 0) return Promise.reject(new ShellcheckTimeout(timeoutMs));
  return new Promise((resolve, reject) => {
    const child = spawn(
      executable,
      [
        '--format=json1',
        `--shell=${dialect}`,
        `--exclude=${EXCLUDED_CODES.map((c) => `SC${c}`).join(',')}`,
        '--',
        ...files,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    // why the process was killed, once it was
    let stopped: Error | undefined;
    const stop = (why: Error): void => {
      if (stopped) return;
      stopped = why;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => stop(new ShellcheckTimeout(timeoutMs)), timeoutMs);
    child.stdout.on('data', (d: Buffer) => {
      size += d.length;
      if (size > MAX_OUTPUT_BYTES)
        stop(new Error(`shellcheck wrote more than ${MAX_OUTPUT_BYTES} bytes of output`));
      else out.push(d);
    });
    child.stderr.on('data', (d: Buffer) => {
      // only the last line is shown: keep the tail
      if (err.length > 64) err.shift();
      err.push(d);
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(error.code === 'ENOENT' ? new ShellcheckMissing() : error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (stopped) {
        reject(stopped);
        return;
      }
      // 0: clean, 1: comments found; anything else is a failure of shellcheck itself
      if (code !== 0 && code !== 1) {
        const tail = Buffer.concat(err).toString('utf8').trim().split('\n').pop() ?? '';
        reject(new Error(`shellcheck exited with ${String(code)}: ${tail}`));
        return;
      }
      try {
        const parsedOut = JSON.parse(Buffer.concat(out).toString('utf8')) as {
          comments?: (Omit<ShellcheckComment, 'script'> & { file: string })[];
        };
        resolve(parsedOut.comments ?? []);
      } catch (error: unknown) {
        reject(
          new Error(
            `shellcheck output is not JSON: ${error instanceof Error ? error.message : String(error)}`,
          ),
        );
      }
    });
  });
}
