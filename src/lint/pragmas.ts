// Inline pragmas, read from comments outside any rule: `# hadolint ignore=DL3008,DL3015` silences those codes on
// the next instruction, `# hadolint global ignore=…` on the whole file, `# hadolint shell=powershell` tells the
// ShellCheck step which shell runs RUN. `image-budget` may stand in for `hadolint` in each form.
import type { Finding } from '../model.js';
import type { ParsedDockerfile } from './types.js';

export interface Pragmas {
  /** Codes ignored in the whole file. */
  global: Set<string>;
  /** Codes ignored per instruction index. */
  byInstruction: Map<number, Set<string>>;
  /** The shell named by a `shell=` pragma (lower-case), when any. */
  shell?: string;
}

const PRAGMA_RE = /^(?:hadolint|image-budget)\s+(global\s+)?ignore\s*=\s*([A-Za-z0-9_,\s]+?)\s*(?:#.*)?$/i;
const SHELL_RE = /^(?:hadolint|image-budget)\s+shell\s*=\s*(\S+)/i;

/** Parses `ignore=` code lists: `DL3008, DL3015` → [DL3008, DL3015]. */
function codes(list: string): string[] {
  return list
    .split(/[\s,]+/)
    .map((c) => c.trim().toUpperCase())
    .filter((c) => c !== '');
}

export function readPragmas(parsed: ParsedDockerfile): Pragmas {
  const pragmas: Pragmas = { global: new Set(), byInstruction: new Map() };
  const ordered = parsed.instructions;
  for (const comment of parsed.comments) {
    const shell = SHELL_RE.exec(comment.text);
    if (shell) {
      pragmas.shell = shell[1]!.toLowerCase();
      continue;
    }
    const m = PRAGMA_RE.exec(comment.text);
    if (!m) continue;
    const list = codes(m[2]!);
    if (m[1]) {
      for (const c of list) pragmas.global.add(c);
      continue;
    }
    // the next instruction that starts after the comment (ONBUILD triggers share their ONBUILD's line)
    const next = ordered.find((ins) => ins.line > comment.line);
    if (!next) continue;
    for (const ins of ordered) {
      if (ins.line !== next.line) continue;
      const set = pragmas.byInstruction.get(ins.index) ?? new Set<string>();
      for (const c of list) set.add(c);
      pragmas.byInstruction.set(ins.index, set);
    }
  }
  return pragmas;
}

/** True when a pragma silences this finding. */
export function isSilenced(finding: Finding, pragmas: Pragmas, parsed: ParsedDockerfile): boolean {
  const code = finding.rule.toUpperCase();
  if (pragmas.global.has(code)) return true;
  if (pragmas.byInstruction.size === 0) return false;
  for (const [index, set] of pragmas.byInstruction) {
    if (!set.has(code)) continue;
    const ins = parsed.instructions[index];
    if (ins && finding.line >= ins.line && finding.line <= ins.endLine) return true;
  }
  return false;
}
