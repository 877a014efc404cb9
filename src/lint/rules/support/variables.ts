// The variables an instruction sees as the DL rules track them, the global scope of BuildKit's checks, and the
// plain expander.
import { parentStage } from '../../../dockerfile/parse.js';
import { expandWord } from '../../../dockerfile/expand.js';
import { keyValues } from '../../../dockerfile/scope.js';
import type { Instruction, ParsedDockerfile } from '../../../dockerfile/types.js';

/**
 * Tracks the variables an instruction can see: ARGs are remembered across the whole file (a value declared
 * anywhere above may be passed in), ENVs per stage and inherited by stages built FROM that stage.
 * Call `visit` with the instruction at hand, then `get` for its view: the instructions before it are read from the
 * file itself, so a rule that uses the tracker needs to be routed only the instructions it checks (RuleMeta.keywords).
 */
export function variableTracker(file: ParsedDockerfile): {
  visit(ins: Instruction): void;
  get(name: string): string | undefined;
  has(name: string): boolean;
} {
  // Most instructions are never asked about: `visit` only notes how far the file has been read, and the
  // instructions up to there are applied (in file order, as `visit` was called for them) when a question comes.
  let args: Map<string, string> | undefined;
  const envByStage = new Map<number, Map<string, string>>();
  let env = new Map<string, string>();
  let seen = -1;
  let applied = -1;
  const apply = (ins: Instruction): void => {
    args ??= new Map();
    if (ins.keyword === 'FROM' && !ins.onbuild) {
      // the stage this FROM starts is the one it belongs to (looked up directly, not searched for)
      const own = ins.stage >= 0 ? file.stages[ins.stage] : undefined;
      const stage = own?.from === ins ? own : file.stages.find((s) => s.from === ins);
      const parent = parentStage(file, stage);
      env = new Map(parent ? (envByStage.get(parent.index) ?? []) : []);
      if (stage) envByStage.set(stage.index, env);
    } else if (ins.keyword === 'ARG') {
      for (const kv of keyValues(ins).pairs) args.set(kv.key, kv.value ?? args.get(kv.key) ?? '');
    } else if (ins.keyword === 'ENV' && !ins.onbuild) {
      for (const kv of keyValues(ins).pairs) if (kv.value !== null) env.set(kv.key, kv.value);
    }
  };
  const catchUp = (): void => {
    for (let k = applied + 1; k <= seen; k++) apply(file.instructions[k]!);
    if (seen > applied) applied = seen;
  };
  return {
    visit(ins) {
      if (ins.index > seen) seen = ins.index;
    },
    get(name) {
      catchUp();
      return env.get(name) ?? args?.get(name);
    },
    has(name) {
      catchUp();
      return env.has(name) || (args?.has(name) ?? false);
    },
  };
}

/** Replaces `$NAME` / `${NAME}` with known values; unknown variables become empty, as the shell would. */
export function expand(text: string, lookup: (name: string) => string | undefined): string {
  return text.replace(
    /\$\{([A-Za-z_]\w*)(?::?[-+=?][^}]*)?\}|\$([A-Za-z_]\w*)/g,
    (_m, a?: string, b?: string) => {
      return lookup((a ?? b)!) ?? '';
    },
  );
}

/** Platform variables the builder defines before any ARG: the global scope can use them undeclared. */
export const PREDEFINED_PLATFORM_ARGS: ReadonlyMap<string, string> = new Map([
  ['BUILDPLATFORM', 'linux/amd64'],
  ['BUILDOS', 'linux'],
  ['BUILDARCH', 'amd64'],
  ['BUILDVARIANT', ''],
  ['TARGETPLATFORM', 'linux/amd64'],
  ['TARGETOS', 'linux'],
  ['TARGETARCH', 'amd64'],
  ['TARGETVARIANT', ''],
]);

export interface GlobalScope {
  /** The values of the global scope: predefined platform variables and global ARGs with a value. */
  env: Map<string, string>;
  /** Every global ARG name, with or without a value. */
  declared: Set<string>;
}

/** The ARGs before the first FROM, as the builder reads them: a build argument replaces a default. */
export function globalScope(
  file: ParsedDockerfile,
  buildArgs: Readonly<Record<string, string>>,
  escape: string = file.escape,
): GlobalScope {
  const env = new Map(PREDEFINED_PLATFORM_ARGS);
  const declared = new Set<string>();
  for (const ins of file.instructions) {
    if (ins.stage >= 0) break;
    if (ins.keyword !== 'ARG') continue;
    for (const { key, raw } of keyValues(ins).pairs) {
      const value = raw.value;
      declared.add(key);
      const given = Object.hasOwn(buildArgs, key) ? buildArgs[key] : undefined;
      const v = given ?? (value === null ? undefined : expandWord(value, env, escape).result);
      if (v !== undefined) env.set(key, v);
    }
  }
  return { env, declared };
}
