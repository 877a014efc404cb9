import type { TextEdit } from '../../model.js';
import type { Rule } from '../types.js';
import { buildkitMeta } from './support/buildkit-meta.js';
import { spanAt } from './support/edits.js';

/** BuildKit's NoEmptyContinuation: an empty line inside a continued instruction is accepted today but will be an
 *  error; reported on the instruction's last line, as BuildKit does. */
export const NoEmptyContinuation: Rule = {
  meta: buildkitMeta(
    'NoEmptyContinuation',
    'correctness',
    true,
    'Empty continuation lines will become errors in a future release.',
  ),
  create(context) {
    const file = context.file;
    const lines = file.text.split('\n');
    return {
      instruction(ins) {
        if (ins.onbuild) return;
        // the continued part: up to the end of the arguments (heredoc bodies come after it)
        const last = ins.argsSpan ? ins.argsSpan.endLine : ins.line;
        const edits: TextEdit[] = [];
        for (let l = ins.line + 1; l < last; l++) {
          if (lines[l - 1]!.trim() !== '') continue;
          const start = file.lineStarts[l - 1]!;
          edits.push({ start, end: start + lines[l - 1]!.length + 1, text: '' });
        }
        if (edits.length === 0) return;
        const lineStart = file.lineStarts[last - 1]!;
        context.report({
          at: spanAt(file, lineStart, lineStart + lines[last - 1]!.length),
          message: 'Empty continuation line',
          fix: { description: 'Remove the empty continuation lines', edits },
        });
      },
    };
  },
};
