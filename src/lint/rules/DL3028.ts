import {
  argsOf,
  findCommands,
  type ShellWord,
  type SimpleCommand,
  valuesOf,
} from '../../dockerfile/shell.js';
import type { Rule } from '../types.js';
import { looseWords } from './support/pins.js';
import { wordsSpan } from './support/edits.js';

// gem install options that take a separate value
const VALUE_FLAGS = new Set([
  '-v',
  '--version',
  '-i',
  '--install-dir',
  '-n',
  '--bindir',
  '--platform',
  '-s',
  '--source',
  '-p',
  '--http-proxy',
  '--build-root',
  '--document',
  '-P',
  '--trust-policy',
  '-g',
  '--file',
  '--target-rbconfig',
]);
// bare gem install options; an unknown `--option` is taken to consume the next word (native build flags)
const BARE_FLAGS = new Set([
  '-N',
  '--no-document',
  '--no-ri',
  '--no-rdoc',
  '--user-install',
  '--no-user-install',
  '--conservative',
  '--minimal-deps',
  '-f',
  '--force',
  '--no-force',
  '--prerelease',
  '--pre',
  '--no-prerelease',
  '-E',
  '--env-shebang',
  '--ignore-dependencies',
  '--development',
  '--development-all',
  '-q',
  '--quiet',
  '-V',
  '--verbose',
  '--clear-sources',
  '--lock',
  '--no-lock',
  '--suggestions',
  '--no-suggestions',
  '-l',
  '--local',
  '-r',
  '--remote',
  '-b',
  '--both',
  '--default',
  '--post-install-message',
  '--no-post-install-message',
  '-w',
  '--wrappers',
  '--no-wrappers',
  '--vendor',
  '--backtrace',
  '--debug',
  '--norc',
  '--format-executable',
  '--no-format-executable',
  '-u',
  '--update-sources',
]);

/** Unpinned gems install the newest release at build time: rebuilds differ, caches lie. */
export const DL3028: Rule = {
  meta: {
    code: 'DL3028',
    name: 'gem-pin-versions',
    severity: 'warning',
    category: 'reproducibility',
    fixable: false,
    description: 'Pin versions in gem install (`gem:version` or `-v version`).',
    docs: 'docs/rules/DL3028.md',
    keywords: ['RUN'],
    commands: ['gem'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'RUN') return;
        for (const cmd of findCommands(ins.shell, 'gem')) {
          // `name:version` pins; a local `.gem` file (or path) carries its own version
          const loose = looseWords(
            context,
            ins,
            gems(cmd),
            (v) => v.includes(':') || v.endsWith('.gem') || v.includes('/'),
          );
          if (loose.length === 0) continue;
          const names = valuesOf(loose);
          context.report({
            at: wordsSpan(context.file, loose),
            message: `Pin versions in gem install: ${names.join(', ')} (for example \`${names[0]}:<version>\`).`,
          });
        }
      },
    };
  },
};

/** Gem names of `gem install|i …`; empty when a `-v/--version` pins them all or for other subcommands. */
function gems(cmd: SimpleCommand): ShellWord[] {
  const args = argsOf(cmd);
  const sub = args.findIndex((w) => !w.value.startsWith('-'));
  if (sub < 0 || (args[sub]!.value !== 'install' && args[sub]!.value !== 'i')) return [];
  const out: ShellWord[] = [];
  for (let i = sub + 1; i < args.length; i++) {
    const v = args[i]!.value;
    if (v === '--') break; // build options for native extensions follow
    if (v === '-v' || v === '--version' || v.startsWith('--version=') || /^-v\S/.test(v)) return [];
    if (v.startsWith('-')) {
      if (
        VALUE_FLAGS.has(v) ||
        (!BARE_FLAGS.has(v) && v.startsWith('--') && !v.includes('=') && !/^-[A-Za-z]$/.test(v))
      )
        i++;
      continue;
    }
    out.push(args[i]!);
  }
  return out;
}
