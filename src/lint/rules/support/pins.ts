// Which package words of an install leave the version open, for the pinning rules (DL3008, DL3013, DL3016,
// DL3018, DL3028, DL3062): the shared reading of words that hold variables.
import { isExpansion, type ShellWord } from '../../../dockerfile/shell.js';
import { resolveWord } from '../../../dockerfile/scope.js';
import type { Instruction, Stage } from '../../../dockerfile/types.js';
import type { RuleContext } from '../../types.js';

/**
 * The words of `words` that `pinned` does not accept. A word that is only expansions (`$PKGS`) is a computed
 * list and never loose. A word with variables (`foo=${FOO_VERSION}`) is judged with the values the ARG/ENV
 * scope of `ins` gives them: loose when one resolves to nothing or `latest`, else as `pinned` reads the resolved
 * text, where a variable without a known value here (a build argument or the base image sets it) reads as some
 * version: `curl=$V` is pinned, `lib${X}-dev` is not.
 */
/** What a variable without a known value reads as: a plain version-like word. */
const UNKNOWN_VALUE = '0';

export function looseWords(
  context: RuleContext,
  ins: Instruction,
  words: readonly ShellWord[],
  pinned: (spec: string) => boolean,
): ShellWord[] {
  const out: ShellWord[] = [];
  for (const w of words) {
    if (!w.raw.includes('$') && !w.raw.includes('`')) {
      if (!pinned(w.value)) out.push(w);
      continue;
    }
    if (isExpansion(w.raw)) continue;
    // the shell expands RUN words: its escape is the backslash whatever the Dockerfile's is. A variable without a
    // known value stands for the value a build argument or the base image gives it.
    const r = resolveWord(context.file, ins, w.raw, context.settings.buildArgs, '\\', UNKNOWN_VALUE);
    if (r.values.some((v) => v === '' || v.toLowerCase() === 'latest') || !pinned(r.text)) out.push(w);
  }
  return out;
}

/** The base image of a stage with its variables resolved in the global ARG scope (build arguments included);
 *  undefined when one of them has no known value, so the tag is decided at build time. */
export function resolvedBaseImage(context: RuleContext, stage: Stage): string | undefined {
  const word = stage.from.words[0];
  if (!word) return stage.image;
  if (!word.raw.includes('$')) return stage.image;
  const r = resolveWord(context.file, stage.from, word.raw, context.settings.buildArgs);
  return r.unknown ? undefined : r.text;
}
