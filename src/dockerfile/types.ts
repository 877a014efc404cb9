// The parsed Dockerfile model: instructions with their words, flags and heredocs, stages and comments. Every
// stage above the parser (lint, optimize, measure, compare) reads it.
import type { ShellScript } from './shell.js';

/** A position range; lines and columns are 1-based, endColumn exclusive; offsets index ParsedDockerfile.text. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  start: number;
  end: number;
}

export interface Flag extends Span {
  /** Name without dashes, lower-case: `from`, `chown`, `mount`, `platform`. */
  name: string;
  /** Value after `=`; null for a bare flag (`--link`). */
  value: string | null;
}

/** One word of the arguments, with its span. `value` has quotes removed for exec-form JSON. */
export interface Word extends Span {
  value: string;
  raw: string;
}

export interface Heredoc {
  /** Delimiter without quotes or dash: `EOF`. */
  delimiter: string;
  /** `<<-` strips leading tabs. */
  stripTabs: boolean;
  /** A quoted delimiter (`<<'EOF'`, `<<"EOF"`) disables expansion in the body. */
  quoted: boolean;
  /** Body text, without the delimiter lines. */
  body: string;
  /** Line of the body's first line (1-based). */
  bodyLine: number;
  /** Offset of the body's first character in ParsedDockerfile.text. */
  bodyStart: number;
}

export interface Instruction extends Span {
  /** Upper-case keyword; for ONBUILD triggers the trigger's keyword (`RUN`), with `onbuild` set. */
  keyword: string;
  /** Set when this instruction is the trigger of an `ONBUILD`. */
  onbuild: boolean;
  /** Index in ParsedDockerfile.instructions. */
  index: number;
  /** Index of the stage this instruction belongs to (-1 before the first FROM: ARG, directives). */
  stage: number;
  /** Source text of the whole instruction (heredoc bodies included). */
  raw: string;
  /** Flags before the arguments (`--from=build`, `--mount=…`). */
  flags: Flag[];
  /** Argument text after the flags, continuation lines joined with the escape+newline removed,
   *  comment lines inside continuations removed, heredoc bodies excluded. */
  args: string;
  /** Span of the argument text in the source (from first argument char to the last, heredocs excluded). */
  argsSpan: Span | null;
  /** Arguments split into words (shell-form splitting on whitespace, or the JSON array items for exec form). */
  words: Word[];
  /** RUN/CMD/ENTRYPOINT/SHELL/HEALTHCHECK CMD: `exec` when the arguments are a JSON array. Otherwise undefined. */
  form?: 'exec' | 'shell';
  heredocs: Heredoc[];
  /** RUN (shell form, including heredoc bodies run by the shell): the parsed script. */
  shell?: ShellScript;
}

export interface Stage {
  index: number;
  /** `AS name`, lower-cased. */
  name?: string;
  /** The image as written (`node:20-alpine`, `${BASE}`, `build`). */
  image: string;
  /** The image with ARG defaults declared before the first FROM substituted. */
  resolvedImage: string;
  /** The FROM instruction. */
  from: Instruction;
  /** Instructions of this stage, FROM included, in order. */
  instructions: Instruction[];
  /** True when the image names an earlier stage. */
  fromStage: boolean;
}

export interface Comment {
  line: number;
  /** Text after `#`, trimmed. */
  text: string;
}

export interface ParseProblem {
  line: number;
  column: number;
  message: string;
}

export interface ParsedDockerfile {
  /** Path as given by the caller. */
  file: string;
  /** Normalised text: byte-order mark removed, CRLF → LF. All offsets index this string. */
  text: string;
  /** Escape character from `# escape=` (default backslash). */
  escape: '\\' | '`';
  directives: { syntax?: string; escape?: string; check?: string };
  /** How many lines at the top are parser directives (they are no instruction's comments). Absent in hand-built
   *  models: none. */
  directiveLines?: number;
  instructions: Instruction[];
  stages: Stage[];
  comments: Comment[];
  /** Problems that make the file (partly) unparseable; reported as DL1000 findings. */
  problems: ParseProblem[];
  /** Parts left unchecked because they exceed a bound of ./limits.ts (RUN scripts too long to read as shell);
   *  reported as IB000 findings. Absent in hand-built models. */
  limits?: ParseProblem[];
  /** Line start offsets (index i = offset of line i+1). */
  lineStarts: number[];
}
