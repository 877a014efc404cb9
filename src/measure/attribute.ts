// Which instruction made each layer. Layer i belongs to the i-th history entry without `empty_layer`; the
// entry's `created_by` is then matched to a Dockerfile instruction. The two builders write it differently:
//   classic:  `/bin/sh -c #(nop)  ENV X=1`, `/bin/sh -c #(nop) COPY file:<hash> in /app/ `,
//             `|1 A=b /bin/sh -c make` (a RUN, build args first)
//   BuildKit: `ENV X=1`, `COPY src /app/ # buildkit`, `RUN |1 A=b /bin/sh -c make # buildkit`
// Matching walks the history backwards against the instructions of the built stage and the stages it derives
// from: the entries left over at the start come from the base image. An entry gets a line only when its
// content matches an instruction (the command of a RUN, the destination of a COPY/ADD, the keyword otherwise),
// so a surprise leaves the line unknown instead of pointing at the wrong one.
import { stageLineage, targetStage } from '../dockerfile/parse.js';
import type { Instruction, ParsedDockerfile } from '../dockerfile/types.js';
import type { HistoryEntry } from './archive.js';

export interface HistorySignature {
  keyword: string;
  /** RUN: the command; COPY/ADD: the destination; otherwise the arguments. */
  text: string;
}

export interface LayerOrigin {
  createdBy: string;
  /** Index into the image history. */
  historyIndex?: number;
  line?: number;
  instruction?: string;
}

const KEYWORD = /^([A-Z]+)(?:\s+|$)/;
const NOP = /^\/bin\/sh -c #\(nop\)\s*/;
const BUILDKIT = /\s*# buildkit$/;
const BUILD_ARGS = /^\|(\d+)\s+/;

/** Drops the `|N A=1 B=2 ` build-argument prefix of a RUN (values never contain spaces unquoted here). */
function dropBuildArgs(text: string): string {
  const m = BUILD_ARGS.exec(text);
  if (!m) return text;
  let rest = text.slice(m[0].length);
  for (let i = 0; i < Number(m[1]); i++) rest = rest.replace(/^\S+=\S*\s*/, '');
  return rest;
}

export function normaliseCommand(text: string): string {
  return text
    .replace(/^\/bin\/sh -c\s+/, '')
    .replace(/\\\n/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function parseCreatedBy(createdBy: string): HistorySignature | undefined {
  const buildkit = BUILDKIT.test(createdBy);
  const text = createdBy.replace(BUILDKIT, '').trim();
  if (NOP.test(text)) {
    const rest = text.replace(NOP, '');
    const m = KEYWORD.exec(rest);
    if (!m) return undefined;
    const args = rest.slice(m[0].length).trim();
    if (m[1] === 'COPY' || m[1] === 'ADD')
      return { keyword: m[1], text: / in (.*)$/.exec(args)?.[1]?.trim() ?? '' };
    return { keyword: m[1]!, text: args };
  }
  const m = KEYWORD.exec(text);
  if (m && (buildkit || m[1] !== 'RUN' || text.startsWith('RUN '))) {
    const args = text.slice(m[0].length).trim();
    if (m[1] === 'RUN') return { keyword: 'RUN', text: normaliseCommand(dropBuildArgs(args)) };
    if (m[1] === 'COPY' || m[1] === 'ADD') return { keyword: m[1], text: args.split(/\s+/).pop() ?? '' };
    return { keyword: m[1]!, text: args };
  }
  // the classic builder records a RUN as the bare command line
  if (text !== '') return { keyword: 'RUN', text: normaliseCommand(dropBuildArgs(text)) };
  return undefined;
}

function instructionText(ins: Instruction): string {
  if (ins.keyword === 'RUN') {
    const command = ins.form === 'exec' ? ins.words.map((w) => w.value).join(' ') : ins.args;
    return normaliseCommand(command);
  }
  if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
    const words = ins.words.filter((w) => !w.value.startsWith('<<'));
    return words.at(-1)?.value ?? '';
  }
  return ins.args.trim();
}

export function matches(signature: HistorySignature, ins: Instruction): boolean {
  if (signature.keyword !== ins.keyword) return false;
  const own = instructionText(ins);
  if (ins.keyword === 'RUN') {
    // heredoc bodies are recorded in full by BuildKit; the first line is enough to be sure
    if (ins.heredocs.length > 0) return signature.text.startsWith(normaliseCommand(own.split('<<')[0] ?? ''));
    return signature.text === own;
  }
  if (ins.keyword === 'COPY' || ins.keyword === 'ADD' || ins.keyword === 'WORKDIR')
    return signature.text === own;
  return true;
}

/** The instructions whose history the image carries: the built stage after the stages it is based on. */
export function stageChain(dockerfile: ParsedDockerfile, target?: string): Instruction[] {
  return stageLineage(dockerfile, targetStage(dockerfile, target))
    .reverse()
    .flatMap((s) => s.instructions.filter((i) => i.keyword !== 'FROM' && !i.onbuild));
}

/** Maps every history entry that can be matched to a Dockerfile instruction; returns the line per history index. */
export function matchHistory(history: HistoryEntry[], instructions: Instruction[]): Map<number, Instruction> {
  const matched = new Map<number, Instruction>();
  let next = instructions.length - 1;
  for (let h = history.length - 1; h >= 0 && next >= 0; h--) {
    const signature = parseCreatedBy(history[h]!.created_by ?? '');
    if (!signature) continue;
    for (let k = next; k >= 0; k--) {
      if (matches(signature, instructions[k]!)) {
        matched.set(h, instructions[k]!);
        next = k - 1;
        break;
      }
    }
  }
  return matched;
}

/**
 * The origin of each of `layerCount` layers. When the history does not account for exactly that many
 * non-empty entries the pairing would be a guess, so every origin is left unknown.
 */
export function attributeLayers(
  history: HistoryEntry[],
  layerCount: number,
  dockerfile?: ParsedDockerfile,
  target?: string,
): LayerOrigin[] {
  const withContent = history.map((h, i) => ({ h, i })).filter(({ h }) => h.empty_layer !== true);
  if (withContent.length !== layerCount) return Array.from({ length: layerCount }, () => ({ createdBy: '' }));
  const matched = dockerfile
    ? matchHistory(history, stageChain(dockerfile, target))
    : new Map<number, Instruction>();
  return withContent.map(({ h, i }) => {
    const ins = matched.get(i);
    const origin: LayerOrigin = { createdBy: h.created_by ?? '', historyIndex: i };
    if (ins) {
      origin.line = ins.line;
      origin.instruction = ins.keyword;
    }
    return origin;
  });
}
