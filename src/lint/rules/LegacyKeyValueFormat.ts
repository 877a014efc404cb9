import type { Fix } from '../../model.js';
import type { Instruction } from '../../dockerfile/types.js';
import type { Rule } from '../types.js';
import { buildkitMeta } from './support/buildkit-meta.js';
import { keyValues } from '../../dockerfile/scope.js';
import { keywordAsWritten } from './support/edits.js';

/** BuildKit's LegacyKeyValueFormat: `ENV key value` / `LABEL key value` is the old form, whose value runs to the
 *  end of the line; `key=value` says where it ends. */
export const LegacyKeyValueFormat: Rule = {
  meta: buildkitMeta(
    'LegacyKeyValueFormat',
    'style',
    true,
    'Legacy key/value format with whitespace separator should not be used: write `key=value`.',
    ['ENV', 'LABEL'],
  ),
  create(context) {
    return {
      instruction(ins) {
        if (ins.onbuild) return;
        const { pairs, legacy } = keyValues(ins);
        if (!legacy || pairs.length === 0) return;
        const name = keywordAsWritten(context.file, ins).text;
        const fix = keyValueFix(ins, pairs[0]!.raw.key, pairs[0]!.raw.value ?? '');
        context.report({
          at: ins,
          message: `"${name} key=value" should be used instead of legacy "${name} key value" format`,
          ...(fix ? { fix } : {}),
        });
      },
    };
  },
};

/** `key value words` → `key="value words"`; only for one-line values without quotes or backslashes, whose
 *  meaning the double quotes keep (variables expand in both forms). */
export function keyValueFix(ins: Instruction, key: string, value: string): Fix | undefined {
  const span = ins.argsSpan;
  if (!span || span.line !== span.endLine || value === '' || /["'\\`]/.test(value)) return undefined;
  const text = /\s/.test(value) ? `${key}="${value}"` : `${key}=${value}`;
  return { description: 'Write key=value', edits: [{ start: span.start, end: span.end, text }] };
}
