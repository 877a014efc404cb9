// Stages as the rules see them: the final image's lineage, a stage's own RUNs, a FROM's parts.
import { stageLineage } from '../../../dockerfile/parse.js';
import type { Instruction, ParsedDockerfile, Stage } from '../../../dockerfile/types.js';

const chains = new WeakMap<ParsedDockerfile, ReadonlySet<number>>();

/** The last stage and every stage it is built on: what ends up in the default build target. */
export function finalLineage(file: ParsedDockerfile): ReadonlySet<number> {
  // a dozen rules ask for it per file: worked out once
  const known = chains.get(file);
  if (known !== undefined) return known;
  const chain = new Set(stageLineage(file, file.stages[file.stages.length - 1]).map((s) => s.index));
  chains.set(file, chain);
  return chain;
}

/** A RUN of the image itself (not an ONBUILD trigger, which runs in a child build). */
export function isPlainRun(ins: Instruction): boolean {
  return ins.keyword === 'RUN' && !ins.onbuild;
}

/** The RUN instructions of a stage (ONBUILD triggers excluded: they run in a child build). */
export function stageRuns(stage: Stage): Instruction[] {
  return stage.instructions.filter(isPlainRun);
}

/** The raw `--platform` value and the image word of a FROM, and the stage name as written. */
export function fromParts(stage: Stage): { platform?: string; image: string; nameWord?: string } {
  const from = stage.from;
  const platform = from.flags.find((f) => f.name === 'platform')?.value ?? undefined;
  const words = from.words.map((w) => w.raw);
  return {
    ...(platform !== undefined ? { platform } : {}),
    image: words[0] ?? '',
    ...(words.length >= 3 ? { nameWord: words[2]! } : {}),
  };
}
