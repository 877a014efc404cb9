import { findCommands, positionalArgs } from '../../dockerfile/shell.js';
import type { Rule } from '../types.js';
import { wordSpan } from './support/edits.js';
import { looseWords } from './support/pins.js';

const GO_VALUE_FLAGS = [
  '-o',
  '-C',
  '-p',
  '-tags',
  '-ldflags',
  '-gcflags',
  '-asmflags',
  '-gccgoflags',
  '-mod',
  '-modfile',
  '-pkgdir',
  '-toolexec',
  '-exec',
  '-overlay',
  '-pgo',
  '-buildmode',
  '-compiler',
  '-installsuffix',
  '-covermode',
  '-coverpkg',
];

/** A module path with a fixed version: `@v1.2.3` or a commit, not `@latest` and not missing. */
function pinned(spec: string): boolean {
  const at = spec.lastIndexOf('@');
  if (at < 0) return false;
  const version = spec.slice(at + 1);
  return version !== '' && version !== 'latest' && version !== 'upgrade' && version !== 'patch';
}

/** A local package (`.`, `./cmd/x`, `/src/app`) or Go file (`build.go`) is built from the context, which pins
 *  it already. */
function local(spec: string): boolean {
  return spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('$') || spec.endsWith('.go');
}

/** A module path: its first element is a domain (`github.com/x/y`, `golang.org/x/tools/...`). Without a dot it
 *  is the standard library (`cmd/x`, `std`) or a package of the main module, which the context pins. */
function modulePath(spec: string): boolean {
  const path = spec.replace(/@.*$/, '');
  const slash = path.indexOf('/');
  return (slash < 0 ? path : path.slice(0, slash)).includes('.');
}

/** `go install pkg@latest` builds whatever was published last: the image changes without a code change. */
export const DL3062: Rule = {
  meta: {
    code: 'DL3062',
    name: 'go-pin-versions',
    severity: 'warning',
    category: 'reproducibility',
    fixable: false,
    description: 'Pin module versions in `go install`, `go get` and `go run` (`pkg@v1.2.3`).',
    docs: 'docs/rules/DL3062.md',
    keywords: ['RUN'],
    commands: ['go'],
  },
  create(context) {
    return {
      instruction(ins) {
        if (ins.keyword !== 'RUN') return;
        for (const cmd of findCommands(ins.shell, 'go')) {
          const pos = positionalArgs(cmd, GO_VALUE_FLAGS);
          const sub = pos[0]?.value;
          if (sub !== 'install' && sub !== 'get' && sub !== 'run') continue;
          // `go run pkg args…`: only the first positional is a package
          const packages = sub === 'run' ? pos.slice(1, 2) : pos.slice(1);
          // `go get -tool foobar` is a module for hadolint too, whatever its name; install and run build
          // local and standard packages when the path names no domain
          const loose = looseWords(
            context,
            ins,
            packages,
            (v) => local(v) || pinned(v) || (sub !== 'get' && !modulePath(v)),
          );
          for (const word of loose) {
            const name = word.value.replace(/@.*$/, '');
            context.report({
              at: wordSpan(context.file, word),
              message: `Pin the version: \`go ${sub} ${name}@<version>\` instead of "${word.value}".`,
            });
          }
        }
      },
    };
  },
};
