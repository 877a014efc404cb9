import type { Rule } from '../types.js';
import { previousComments } from '../checks.js';
import { buildkitMeta } from './support/buildkit-meta.js';
import { keyValues } from '../../dockerfile/scope.js';

/** BuildKit's InvalidDefinitionDescription (experimental): a comment right above an ARG or a named FROM is read
 *  as its description (`docker build --call=outline`) only when it starts with the name it describes. */
export const InvalidDefinitionDescription: Rule = {
  meta: buildkitMeta(
    'InvalidDefinitionDescription',
    'style',
    false,
    'Comment for build stages or arguments should follow the format: `# <arg/stage name> <description>`. If this is not intended to be a description comment, add an empty line or comment between the instruction and the comment.',
    ['ARG', 'FROM'],
    true,
  ),
  create(context) {
    return {
      instruction(ins, stage) {
        if (ins.onbuild) return;
        let keys: string[];
        if (ins.keyword === 'FROM') {
          if (stage?.name === undefined || stage.from !== ins) return;
          keys = [stage.name];
        } else keys = keyValues(ins).pairs.map((p) => p.raw.key);
        const comments = previousComments(context.file, ins);
        if (comments.length === 0 || keys.length === 0) return;
        const first = comments[comments.length - 1]!.split(' ')[0]!;
        if (keys.includes(first)) return;
        context.report({
          at: ins,
          message: `Comment for ${ins.keyword} should follow the format: \`# ${keys.length > 1 ? '<arg_key>' : keys[0]!} <description>\``,
        });
      },
    };
  },
};
