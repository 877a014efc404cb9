import type { Instruction } from '../../dockerfile/types.js';
import type { Rule } from '../types.js';
import { buildkitMeta } from './support/buildkit-meta.js';
import { keywordAsWritten } from './support/edits.js';

/** BuildKit's ConsistentInstructionCasing: every instruction of the stages is written in the case most of them
 *  use (upper case on a tie); one of mixed case is always reported. ARGs before the first FROM are not counted. */
export const ConsistentInstructionCasing: Rule = {
  meta: buildkitMeta(
    'ConsistentInstructionCasing',
    'style',
    true,
    'All instructions should use the same casing, either upper or lower case.',
  ),
  create(context) {
    const file = context.file;
    return {
      end() {
        const written: { ins: Instruction; text: string; start: number }[] = [];
        let lower = 0;
        let upper = 0;
        for (const ins of file.instructions) {
          if (ins.stage < 0) continue;
          const kw = keywordAsWritten(file, ins);
          written.push({ ins, ...kw });
          if (kw.text === kw.text.toLowerCase()) lower++;
          else if (kw.text === kw.text.toUpperCase()) upper++;
        }
        const majorityLower = lower > upper;
        for (const { ins, text, start } of written) {
          const want = majorityLower ? text.toLowerCase() : text.toUpperCase();
          if (text === want) continue;
          context.report({
            at: ins,
            message: `Command '${text}' should match the case of the command majority (${majorityLower ? 'lowercase' : 'uppercase'})`,
            fix: {
              description: `Write ${text} as ${want}`,
              edits: [{ start, end: start + text.length, text: want }],
            },
          });
        }
      },
    };
  },
};
