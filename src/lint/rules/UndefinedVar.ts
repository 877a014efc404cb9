import type { Instruction } from '../../dockerfile/types.js';
import type { Rule } from '../types.js';
import { buildkitMeta } from './support/buildkit-meta.js';
import { parentStage } from '../../dockerfile/parse.js';
import { expandWord } from '../../dockerfile/expand.js';
import { keyValues } from '../../dockerfile/scope.js';
import { globalScope } from './support/variables.js';
import { suggest } from './support/messages.js';

/** The instructions whose words the builder expands itself (RUN, CMD, ENTRYPOINT are left to the shell). */
const EXPANDED = new Set(['ADD', 'COPY', 'EXPOSE', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR']);
/** Build arguments the builder reads itself and never puts in the environment. */
const NON_ENV = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);
/** The PATH the builder sets on Linux when the base image has none: a linter reads no image, so PATH is set. */
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Option comparisons the hints of one file may make (see SuggestBudget). */
const SUGGEST_BUDGET = 200_000;

/** BuildKit's UndefinedVar: a variable the builder expands (in COPY, ENV, LABEL, WORKDIR… and ARG defaults)
 *  that no ARG or ENV before it sets. Base images are taken to set only PATH. */
export const UndefinedVar: Rule = {
  meta: buildkitMeta('UndefinedVar', 'correctness', false, 'Variables should be defined before their use.'),
  create(context) {
    const file = context.file;
    const escape = file.escape;
    return {
      end() {
        const buildArgs = context.settings.buildArgs ?? {};
        const global = globalScope(file, buildArgs);
        const finalEnv = new Map<number, Map<string, string>>();
        const budget = { left: SUGGEST_BUDGET };
        for (const stage of file.stages) {
          const parent = parentStage(file, stage);
          const inherited = parent ? finalEnv.get(parent.index) : undefined;
          const env = new Map(inherited ?? [['PATH', DEFAULT_PATH]]);
          const declared = new Set<string>();
          const report = (ins: Instruction, unmatched: Iterable<string>): void => {
            for (const name of new Set(unmatched)) {
              if (declared.has(name) || NON_ENV.has(name)) continue;
              const hint = suggest(name, env.keys(), true, budget);
              context.report({
                at: ins,
                message: `Usage of undefined variable '$${name}'${hint ? ` (did you mean $${hint}?)` : ''}`,
              });
            }
          };
          for (const ins of stage.instructions) {
            if (ins.onbuild || ins.keyword === 'FROM') continue;
            if (ins.keyword === 'ARG') {
              for (const { raw } of keyValues(ins).pairs) {
                const { key, value } = raw;
                let v: string | undefined;
                if (Object.hasOwn(buildArgs, key)) v = buildArgs[key];
                else if (value !== null) {
                  const e = expandWord(value, env, escape);
                  report(ins, e.unmatched);
                  v = e.result;
                } else v = global.env.get(key);
                declared.add(key);
                if (v !== undefined && !NON_ENV.has(key)) env.set(key, v);
              }
            } else if (ins.keyword === 'ENV') {
              const unmatched: string[] = [];
              const set: [string, string][] = [];
              for (const { raw } of keyValues(ins).pairs) {
                const { key, value } = raw;
                const k = expandWord(key, env, escape);
                const v = expandWord(value ?? '', env, escape);
                unmatched.push(...k.unmatched, ...v.unmatched);
                set.push([k.result, v.result]);
              }
              report(ins, unmatched);
              for (const [k, v] of set) env.set(k, v);
            } else if (EXPANDED.has(ins.keyword)) {
              const unmatched: string[] = [];
              for (const w of ins.words) {
                if (!w.raw.includes('$') || w.raw.startsWith('<<')) continue;
                unmatched.push(...expandWord(w.raw, env, escape).unmatched);
              }
              report(ins, unmatched);
            }
          }
          finalEnv.set(stage.index, env);
        }
      },
    };
  },
};
