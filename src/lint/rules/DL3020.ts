import type { Fix } from '../../model.js';
import type { Instruction, ParsedDockerfile } from '../../dockerfile/types.js';
import type { Rule } from '../types.js';
import { isArchive, isUrl } from './support/archives.js';
import { copyArgs } from './support/copy-args.js';
import { keywordSpan } from './support/edits.js';

// flags only ADD understands: with them the instruction cannot become COPY
const ADD_ONLY_FLAGS = new Set(['checksum', 'keep-git-dir', 'unpack']);

/** ADD also downloads URLs and unpacks archives; for plain files COPY says what happens and nothing more. */
export const DL3020: Rule = {
  meta: {
    code: 'DL3020',
    name: 'copy-not-add',
    severity: 'error',
    category: 'correctness',
    fixable: true,
    description: 'Use COPY instead of ADD for files and folders.',
    docs: 'docs/rules/DL3020.md',
    keywords: ['ADD'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'ADD') return;
        const { sources } = copyArgs(ins);
        const plain = sources.filter((s) => !isUrl(s.value) && !isArchive(s.value));
        if (plain.length === 0) return;
        const fix = toCopy(context.file, ins, sources.length === plain.length);
        context.report({
          at: keywordSpan(context.file, ins),
          message: `Use COPY instead of ADD for ${plain.map((s) => `"${s.value}"`).join(', ')}: ADD is for URLs and archives to unpack.`,
          ...(fix ? { fix } : {}),
        });
      },
    };
  },
};

/** ADD → COPY changes nothing when no source is a URL, an archive, or a variable that could be either. */
function toCopy(file: ParsedDockerfile, ins: Instruction, allPlain: boolean): Fix | undefined {
  if (!allPlain || ins.flags.some((f) => ADD_ONLY_FLAGS.has(f.name))) return undefined;
  if (copyArgs(ins).sources.some((s) => s.value.includes('$'))) return undefined;
  const at = keywordSpan(file, ins);
  return { description: 'Replace ADD with COPY', edits: [{ start: at.start, end: at.end, text: 'COPY' }] };
}
