// Rule builders for families of rules that differ only in data (one file per rule still holds the metadata).
import type { Instruction, Stage } from '../../../dockerfile/types.js';
import type { Rule, RuleContext, RuleMeta } from '../../types.js';
import { wholeLines } from './edits.js';
import { finalLineage } from './stages.js';

/**
 * A rule for instructions of which only the last in a stage takes effect (CMD, ENTRYPOINT): reports each later one
 * and offers to delete the overridden earlier one.
 */
export function lastOneWinsRule(meta: RuleMeta, keyword: string): Rule {
  return {
    meta: { ...meta, keywords: ['FROM', keyword] },
    create(context) {
      let previous: Instruction | undefined;
      return {
        instruction(ins) {
          if (ins.onbuild) return;
          if (ins.keyword === 'FROM') previous = undefined;
          if (ins.keyword !== keyword) return;
          if (previous) {
            context.report({
              at: ins,
              message: `Several ${keyword} instructions in one stage: the one on line ${previous.line} has no effect.`,
              fix: {
                description: `Remove the overridden ${keyword} on line ${previous.line}`,
                edits: [wholeLines(context.file, previous)],
              },
            });
          }
          previous = ins;
        },
      };
    },
  };
}

/**
 * The `create` of a rule that judges each stage as a whole once the file is read (rules that look ahead to later
 * RUNs of the stage, or at the stage's base): `check` runs after the last instruction, for every stage in file
 * order, or with `final` only for the stages the final image is built on (a builder stage ships only what is
 * copied out of it).
 */
export function eachStage(
  check: (stage: Stage, context: RuleContext) => void,
  options: { final?: boolean } = {},
): Rule['create'] {
  return (context) => ({
    end() {
      const lineage = options.final ? finalLineage(context.file) : undefined;
      for (const stage of context.file.stages)
        if (!lineage || lineage.has(stage.index)) check(stage, context);
    },
  });
}

/** The `create` of a rule that judges the final image as a whole: `check` runs once, after the last instruction,
 *  with the stages of its lineage in file order (none for a file without FROM). */
export function finalImage(check: (stages: Stage[], context: RuleContext) => void): Rule['create'] {
  return (context) => ({
    end() {
      const lineage = finalLineage(context.file);
      check(
        context.file.stages.filter((s) => lineage.has(s.index)),
        context,
      );
    },
  });
}
