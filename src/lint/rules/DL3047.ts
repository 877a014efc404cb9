import { argsOf, findCommands } from '../../dockerfile/shell.js';
import type { Rule } from '../types.js';
import { commandSpan, insertAfter } from './support/edits.js';

/** Long options that already keep wget's progress output short or out of the log. */
const QUIET_LONG = ['--progress', '--quiet', '--no-verbose', '--output-file', '--append-output'];

/** Short options that take a value: in a cluster such as `-qO-` the rest of the word is that value. */
const SHORT_WITH_VALUE = new Set([...'OPTtUeiBwQlDXIARY']);

function quiet(word: string): boolean {
  if (QUIET_LONG.some((f) => word === f || word.startsWith(f + '='))) return true;
  if (word.startsWith('--') || !word.startsWith('-')) return false;
  const letters = word.slice(1);
  for (let i = 0; i < letters.length; i++) {
    const ch = letters[i]!;
    // -q quiet, -o/-a log to a file, -nv no-verbose (-n takes the next letter as its value)
    if (ch === 'q' || ch === 'o' || ch === 'a') return true;
    if (ch === 'n') return letters[i + 1] === 'v';
    if (SHORT_WITH_VALUE.has(ch)) return false;
  }
  return false;
}

/** wget's default progress bar writes a line per few KB in a build log: megabytes of noise for a large file. */
export const DL3047: Rule = {
  meta: {
    code: 'DL3047',
    name: 'wget-progress',
    severity: 'info',
    category: 'style',
    fixable: true,
    description: 'Use `wget -nv` (or `-q`, `--progress=dot:giga`) to keep build logs short.',
    docs: 'docs/rules/DL3047.md',
    keywords: ['RUN'],
    commands: ['wget'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'RUN') return;
        // in PowerShell `wget` is Invoke-WebRequest (`wget -Uri … -OutFile …`): not GNU wget
        if (findCommands(ins.shell, 'powershell', 'pwsh', 'powershell.exe', 'pwsh.exe').length > 0) return;
        for (const cmd of findCommands(ins.shell, 'wget')) {
          const args = argsOf(cmd);
          if (args.some((w) => quiet(w.value) || /^-[A-Z][a-z]/.test(w.value))) continue;
          const program = cmd.words.find((w) => w.value.endsWith('wget'))!;
          // `-nv`, not `--progress=dot:giga`: busybox wget (alpine, busybox, and images built on them whatever
          // their name) rejects --progress and fails the build, while GNU and busybox wget both accept -nv
          context.report({
            at: commandSpan(context.file, cmd),
            message: 'Use `wget -nv` (or `-q`, `--progress=dot:giga`) to keep the build log short.',
            fix: { description: 'Add -nv', edits: [insertAfter(program, '-nv')] },
          });
        }
      },
    };
  },
};
