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

// npm options that take a separate value: the value is not a package
const VALUE_FLAGS = new Set([
  '--loglevel',
  '--registry',
  '--prefix',
  '--cache',
  '--userconfig',
  '--globalconfig',
  '--tag',
  '--omit',
  '--include',
  '--workspace',
  '-w',
  '--only',
  '--install-strategy',
  '--scope',
  '--before',
  '--otp',
  '-C',
]);
const INSTALL = new Set([
  'install',
  'i',
  'add',
  'in',
  'ins',
  'inst',
  'insta',
  'instal',
  'isnt',
  'isnta',
  'isntal',
  'isntall',
]);

/** Unpinned npm packages install the newest release at build time: rebuilds differ, caches lie. */
export const DL3016: Rule = {
  meta: {
    code: 'DL3016',
    name: 'npm-pin-versions',
    severity: 'warning',
    category: 'reproducibility',
    fixable: false,
    description: 'Pin versions in npm install (`package@version`).',
    docs: 'docs/rules/DL3016.md',
    keywords: ['RUN'],
    commands: ['npm'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'RUN') return;
        for (const cmd of findCommands(ins.shell, 'npm')) {
          const loose = looseWords(context, ins, packages(cmd), isPinned);
          if (loose.length === 0) continue;
          const names = valuesOf(loose);
          context.report({
            at: wordsSpan(context.file, loose),
            message: `Pin versions in npm install: ${names.join(', ')} (for example \`${names[0]}@<version>\`).`,
          });
        }
      },
    };
  },
};

/** Package arguments of `npm install …`; empty for other subcommands (`npm run --x install` is not an install). */
function packages(cmd: SimpleCommand): ShellWord[] {
  const positional: ShellWord[] = [];
  const args = argsOf(cmd);
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (v.startsWith('-')) {
      if (VALUE_FLAGS.has(v)) i++;
      continue;
    }
    positional.push(args[i]!);
  }
  if (!positional[0] || !INSTALL.has(positional[0].value)) return [];
  return positional.slice(1);
}

function isPinned(spec: string): boolean {
  if (/^git(\+(ssh|https?|file))?:\/\//.test(spec) || /^(github|gitlab|bitbucket):/.test(spec))
    return spec.includes('#');
  if (/\.(tar|tar\.gz|tgz)$/.test(spec)) return true;
  if (/^(\/|\.\/|\.\.\/|~\/|\.$|file:)/.test(spec) || /^https?:\/\//.test(spec)) return true;
  // a scope's leading @ is not a version
  const name = spec.startsWith('@') ? spec.slice(spec.indexOf('/') + 1) : spec;
  return name.includes('@');
}
