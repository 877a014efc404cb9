import { argsOf, findCommands, type SimpleCommand, valuesOf } from '../../dockerfile/shell.js';
import type { Rule } from '../types.js';
import { isArchive, pathBase } from './support/archives.js';
import { copyArgs } from './support/copy-args.js';
import { commandSpan } from './support/edits.js';

/** COPY of a tarball then `tar -x` ships the archive and its contents: the archive layer alone is pure waste. */
export const DL3010: Rule = {
  meta: {
    code: 'DL3010',
    name: 'add-to-extract-archives',
    severity: 'info',
    category: 'size',
    fixable: false,
    description: 'Use ADD to extract a local tar archive instead of COPY followed by tar -x.',
    docs: 'docs/rules/DL3010.md',
    keywords: ['COPY', 'RUN'],
  },
  create(context) {
    // per stage: paths under which a copied archive may be named in a later RUN → the COPY source
    let copied = new Map<string, string>();
    let stage = -2;
    return {
      instruction(ins) {
        if (ins.onbuild) return;
        if (ins.stage !== stage) {
          stage = ins.stage;
          copied = new Map();
        }
        if (ins.keyword === 'COPY' && !ins.flags.some((f) => f.name === 'from')) {
          const { sources, dest } = copyArgs(ins);
          if (!dest) return;
          const dir = dest.value.replace(/[\\/]+$/, '');
          for (const src of sources.filter((s) => isArchive(s.value))) {
            const base = pathBase(src.value);
            for (const name of [dest.value, `${dir}/${base}`, `${dir}\\${base}`, base, pathBase(dest.value)])
              copied.set(name, src.value);
          }
          return;
        }
        if (ins.keyword !== 'RUN' || copied.size === 0) return;
        for (const cmd of findCommands(ins.shell, 'tar')) {
          if (!extracts(cmd)) continue;
          const archive = archiveOf(cmd, copied);
          if (archive === undefined) continue;
          context.report({
            at: commandSpan(context.file, cmd),
            message: `Use ADD to extract "${copied.get(archive)}" instead of COPY and tar: the copied archive stays in its layer.`,
            suggestion: `ADD ${copied.get(archive)} <directory>/`,
          });
        }
      },
    };
  },
};

function extracts(cmd: SimpleCommand): boolean {
  const args = valuesOf(argsOf(cmd));
  if (args.some((a) => a === '--extract' || a === '--get' || /^-[A-Za-z]*x/.test(a))) return true;
  // old-style bundled options: `tar xzf file.tgz`
  return args[0] !== undefined && !args[0].startsWith('-') && /^[A-Za-z]*x[A-Za-z]*$/.test(args[0]);
}

/** The first argument of `cmd` (`--file=` left out) that names a copied archive. */
function archiveOf(cmd: SimpleCommand, copied: ReadonlyMap<string, string>): string | undefined {
  for (const w of argsOf(cmd)) {
    const value = w.value.replace(/^--file=/, '');
    if (copied.has(value)) return value;
  }
  return undefined;
}
