import { commandName, positionalArgs, subcommand, valuesOf } from '../../dockerfile/shell.js';
import type { SimpleCommand } from '../../dockerfile/shell.js';
import type { Rule } from '../types.js';
import { copiesWholeContext } from './support/copy-args.js';

interface Ecosystem {
  name: string;
  install(cmd: SimpleCommand): boolean;
  /** Manifest and lock files that, copied first, let the install layer stay cached. */
  manifests: RegExp;
  example: string;
}

const sub = (c: SimpleCommand): string => subcommand(c) ?? '';
const ECOSYSTEMS: Ecosystem[] = [
  {
    name: 'npm',
    install: (c) =>
      (commandName(c) === 'npm' &&
        ['install', 'i', 'ci'].includes(sub(c)) &&
        positionalArgs(c).length === 1) ||
      (commandName(c) === 'yarn' && (sub(c) === '' || sub(c) === 'install')) ||
      (commandName(c) === 'pnpm' && ['install', 'i'].includes(sub(c)) && positionalArgs(c).length === 1),
    manifests: /(^|\/)(package(-lock)?\.json|yarn\.lock|pnpm-lock\.yaml|npm-shrinkwrap\.json)$/,
    example: 'COPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .',
  },
  {
    name: 'pip',
    install: (c) =>
      (/^pip[0-9.]*$/.test(commandName(c)) &&
        sub(c) === 'install' &&
        c.words.some((w) => w.value === '-r' || w.value.startsWith('--requirement'))) ||
      (commandName(c) === 'poetry' && sub(c) === 'install') ||
      (commandName(c) === 'pipenv' && sub(c) === 'install') ||
      (commandName(c) === 'uv' && sub(c) === 'sync'),
    manifests: /(^|\/)(requirements[^/]*\.txt|pyproject\.toml|poetry\.lock|Pipfile(\.lock)?|uv\.lock)$/,
    example: 'COPY requirements.txt ./\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .',
  },
  {
    name: 'bundler',
    install: (c) => commandName(c) === 'bundle' && (sub(c) === '' || sub(c) === 'install'),
    manifests: /(^|\/)Gemfile(\.lock)?$/,
    example: 'COPY Gemfile Gemfile.lock ./\nRUN bundle install\nCOPY . .',
  },
  {
    name: 'composer',
    install: (c) => commandName(c) === 'composer' && sub(c) === 'install',
    manifests: /(^|\/)composer\.(json|lock)$/,
    example:
      'COPY composer.json composer.lock ./\nRUN composer install --no-scripts --no-autoloader\nCOPY . .',
  },
  {
    name: 'go',
    install: (c) => commandName(c) === 'go' && sub(c) === 'mod' && positionalArgs(c)[1]?.value === 'download',
    manifests: /(^|\/)go\.(mod|sum)$/,
    example: 'COPY go.mod go.sum ./\nRUN go mod download\nCOPY . .',
  },
  {
    name: 'maven',
    install: (c) =>
      /^(mvn|mvnw|\.\/mvnw)$/.test(commandName(c)) &&
      c.words.some((w) => /^dependency:(go-offline|resolve)/.test(w.value)),
    manifests: /(^|\/)pom\.xml$/,
    example: 'COPY pom.xml ./\nRUN mvn dependency:go-offline\nCOPY . .',
  },
];

/** `COPY . .` before the dependency install: every source edit invalidates the install layer. */
export const IB108: Rule = {
  meta: {
    code: 'IB108',
    name: 'copy-before-install',
    severity: 'warning',
    category: 'cache',
    fixable: false,
    description:
      'The whole source is copied before the dependency install step, so any edit re-runs the install.',
    docs: 'docs/rules/IB108.md',
  },
  create(context) {
    return {
      end() {
        for (const stage of context.file.stages) {
          const list = stage.instructions.filter((i) => !i.onbuild);
          const copyAt = list.findIndex(copiesWholeContext);
          if (copyAt < 0) continue;
          const copy = list[copyAt]!;
          const copiedBefore = list
            .slice(0, copyAt)
            .filter((i) => i.keyword === 'COPY' || i.keyword === 'ADD')
            .flatMap((i) => valuesOf(i.words.slice(0, -1)));
          for (const eco of ECOSYSTEMS) {
            const install = list
              .slice(copyAt + 1)
              .find((i) => i.keyword === 'RUN' && (i.shell?.commands ?? []).some((c) => eco.install(c)));
            if (!install) continue;
            if (copiedBefore.some((src) => eco.manifests.test(src))) continue;
            context.report({
              at: copy,
              message: `The whole build context is copied before the ${eco.name} install at line ${install.line}: any source change re-runs it. Copy the manifest and lock files first, install, then copy the rest.`,
              suggestion: eco.example,
            });
            break;
          }
        }
      },
    };
  },
};
