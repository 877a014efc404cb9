import { commandName, findCommands, hasFlag, positionalArgs, subcommand } from '../../dockerfile/shell.js';
import type { ShellWord } from '../../dockerfile/shell.js';
import { parentStage } from '../../dockerfile/parse.js';
import type { Instruction, ParsedDockerfile, Stage } from '../../dockerfile/types.js';
import type { Rule } from '../types.js';
import { finalLineage } from './support/stages.js';
import { spanAt } from './support/edits.js';

/** Images that carry a whole toolchain; their runtime counterparts are a fraction of the size. */
const SDK_IMAGES: [RegExp, string][] = [
  [/^(docker\.io\/)?(library\/)?golang(:|$)/, 'a static binary on gcr.io/distroless/static or scratch'],
  [/^(docker\.io\/)?(library\/)?rust(:|$)/, 'debian:bookworm-slim or gcr.io/distroless/cc'],
  [/^(docker\.io\/)?(library\/)?maven(:|$)/, 'eclipse-temurin:<version>-jre'],
  [/^(docker\.io\/)?(library\/)?gradle(:|$)/, 'eclipse-temurin:<version>-jre'],
  [/^mcr\.microsoft\.com\/dotnet\/sdk(:|$)/, 'mcr.microsoft.com/dotnet/aspnet or dotnet/runtime'],
];
const TOOL_PACKAGES =
  /^(build-essential|build-base|alpine-sdk|gcc|g\+\+|gcc-c\+\+|clang|llvm|make|cmake|autoconf|automake|libtool|pkg-config|pkgconf|musl-dev|.+-dev|.+-devel)(=.*)?$/;
const INSTALLERS: Record<string, string[]> = {
  'apt-get': ['install'],
  apt: ['install'],
  apk: ['add'],
  yum: ['install', 'groupinstall'],
  dnf: ['install', 'groupinstall'],
  microdnf: ['install'],
};
/** Commands that take the tools out again in the same RUN (the usual build-then-purge pattern). */
const REMOVERS: Record<string, string[]> = {
  'apt-get': ['purge', 'remove', 'autoremove'],
  apt: ['purge', 'remove', 'autoremove'],
  apk: ['del'],
  yum: ['remove', 'erase', 'autoremove'],
  dnf: ['remove', 'erase', 'autoremove'],
};
/** Every name for which `INSTALLERS[name]` / `REMOVERS[name]` is defined (own keys and Object.prototype's). */
const INSTALLER_KEYS = new Set([...Object.keys(INSTALLERS), ...Object.getOwnPropertyNames(Object.prototype)]);
const REMOVER_KEYS = new Set([...Object.keys(REMOVERS), ...Object.getOwnPropertyNames(Object.prototype)]);

const EXAMPLE = [
  'FROM golang:1.22 AS build',
  'WORKDIR /src',
  'COPY . .',
  'RUN go build -o /out/app .',
  '',
  'FROM gcr.io/distroless/static',
  'COPY --from=build /out/app /app',
  'ENTRYPOINT ["/app"]',
].join('\n');

/** Compilers, headers and SDK images in the final stage: needed to build, dead weight at run time. */
export const IB106: Rule = {
  meta: {
    code: 'IB106',
    name: 'build-tools-in-final-stage',
    severity: 'info',
    category: 'size',
    fixable: false,
    description:
      'Compilers, -dev packages or SDK base images in the final stage: suggest a multi-stage build.',
    docs: 'docs/rules/IB106.md',
  },
  create(context) {
    const file = context.file;
    return {
      end() {
        const last = file.stages[file.stages.length - 1];
        // an image that exists to build (a toolchain, CI or dev-container image) needs its tools
        if (!last || !shipsAnApp(file.stages, finalLineage(file))) return;
        const base = sdkBase(file, last);
        if (base) {
          const word = last.from.words[0];
          context.report({
            at: word ?? last.from,
            message: `The final stage is based on ${base.image}, a full SDK image. Build in an earlier stage and copy the result onto ${base.runtime}.`,
            suggestion: EXAMPLE,
          });
        }
        if (last.fromStage) return;
        for (const ins of last.instructions) {
          const found = toolsIn(ins);
          if (!found) continue;
          context.report({
            at: spanAt(file, found.start, found.end),
            message: `Build tools (${found.names.join(', ')}) are installed in the final stage and never removed. Build in an earlier stage and copy only the output.`,
            suggestion: EXAMPLE,
          });
        }
        const node = nodeWithDevDependencies(last);
        if (node) {
          context.report({
            at: spanAt(file, node.start, node.end),
            message:
              'The final stage installs Node dev dependencies. Install with `npm ci --omit=dev` (or build in an earlier stage and copy the output).',
          });
        }
      },
    };
  },
};

function sdkBase(file: ParsedDockerfile, last: Stage): { image: string; runtime: string } | null {
  let stage: Stage | undefined = last;
  const seen = new Set<number>();
  while (stage && !seen.has(stage.index)) {
    seen.add(stage.index);
    if (!stage.fromStage) {
      const image = stage.resolvedImage.toLowerCase();
      const hit = SDK_IMAGES.find(([re]) => re.test(image));
      return hit ? { image: stage.resolvedImage, runtime: hit[1] } : null;
    }
    stage = parentStage(file, stage);
  }
  return null;
}

function toolsIn(ins: Instruction): { names: string[]; start: number; end: number } | null {
  if (ins.keyword !== 'RUN' || ins.onbuild || !ins.shell) return null;
  const cmds = ins.shell.commands;
  // the Sets first: most commands are neither, and a keyed lookup with a fresh string is slow
  const removed = cmds.some(
    (c) =>
      REMOVER_KEYS.has(commandName(c)) &&
      (REMOVERS[commandName(c)] ?? []).includes(subcommand(c, ['-o', '-t']) ?? ''),
  );
  if (removed) return null;
  const words: ShellWord[] = [];
  for (const c of cmds) {
    if (!INSTALLER_KEYS.has(commandName(c))) continue;
    const subs = INSTALLERS[commandName(c)];
    if (!subs || !subs.includes(subcommand(c, ['-o', '-t']) ?? '')) continue;
    if (commandName(c) === 'apk' && hasFlag(c, '--virtual', '-t')) continue;
    const packages = positionalArgs(c, ['-o', '-t', '--virtual', '-X', '--repository']);
    for (let k = 1; k < packages.length; k++)
      if (TOOL_PACKAGES.test(packages[k]!.value)) words.push(packages[k]!);
  }
  if (words.length === 0) return null;
  const names = [...new Set(words.map((w) => w.value.replace(/=.*$/, '')))];
  return { names, start: words[0]!.start, end: words[0]!.end };
}

function nodeWithDevDependencies(stage: Stage): { start: number; end: number } | null {
  if (!/^(docker\.io\/)?(library\/)?node(:|$)/.test(stage.resolvedImage.toLowerCase())) return null;
  const prod = stage.instructions.some(
    (i) =>
      (i.keyword === 'ENV' || i.keyword === 'ARG') &&
      i.words.some((w) => /^NODE_ENV=("?)production\1$/.test(w.value)),
  );
  if (prod) return null;
  for (const ins of stage.instructions) {
    for (const c of findCommands(ins.shell, 'npm')) {
      const sub = subcommand(c);
      if (!['install', 'i', 'ci'].includes(sub ?? '') || positionalArgs(c).length > 1) continue;
      if (hasFlag(c, '--production', '--omit', '--only', '-g', '--global')) continue;
      if (c.assignments.some((a) => a.value === 'NODE_ENV=production')) continue;
      const later = ins.shell!.commands.filter((x) => x.start > c.start);
      if (
        later.some((x) => commandName(x) === 'npm' && (subcommand(x) === 'prune' || subcommand(x) === 'ci'))
      )
        continue;
      return { start: c.start, end: c.end };
    }
  }
  return null;
}

const SHELL_PROGRAMS = new Set([
  'sh',
  'bash',
  'ash',
  'dash',
  'zsh',
  '/bin/sh',
  '/bin/bash',
  '/bin/ash',
  '/bin/zsh',
]);

/**
 * Whether the final image looks like an application: its stages copy something from the build context (sources or
 * a build's output), or it starts a program other than a shell. Toolchain, CI and dev-container images do neither,
 * and their compilers are the point.
 */
function shipsAnApp(stages: readonly Stage[], lineage: ReadonlySet<number>): boolean {
  for (const stage of stages) {
    if (!lineage.has(stage.index)) continue;
    for (const ins of stage.instructions) {
      if (ins.onbuild) continue;
      if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && !ins.flags.some((f) => f.name === 'from')) {
        if (ins.heredocs.length === 0 && !ins.words.slice(0, -1).every((w) => /^https?:\/\//.test(w.value)))
          return true;
      }
      if ((ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT') && ins.words.length > 0) {
        if (!SHELL_PROGRAMS.has(ins.form === 'exec' ? ins.words[0]!.value : '')) return true;
      }
    }
  }
  return false;
}
