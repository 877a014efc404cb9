import type { Rule } from '../types.js';
import { eachStage } from './support/builders.js';

interface Family {
  /** Repository names as written in FROM (Docker Hub official images). */
  names: string[];
  /** Typical uncompressed sizes (linux/amd64) of the full and the slim variant, for the message. */
  sizes: string;
  /** The slim tag for a tag `version` with an optional Debian codename; null when there is none. */
  slim(version: string, codename: string | undefined): string;
}

const CODENAMES = 'bookworm|bullseye|buster|trixie';
const slimAfter = (v: string, c: string | undefined): string =>
  `${v === '' || v === 'latest' ? '' : v + '-'}${c ? c + '-' : ''}slim`;
const slimBefore = (v: string, c: string | undefined): string =>
  `${v === '' || v === 'latest' ? 'slim' : v + '-slim'}${c ? '-' + c : ''}`;

const FAMILIES: Family[] = [
  {
    names: ['node'],
    sizes: 'about 1.1 GB for node:20 against about 200 MB for node:20-slim',
    slim: slimAfter,
  },
  {
    names: ['python'],
    sizes: 'about 1.0 GB for python:3.12 against about 130 MB for python:3.12-slim',
    slim: slimBefore,
  },
  {
    names: ['ruby'],
    sizes: 'about 1.0 GB for ruby:3.3 against about 220 MB for ruby:3.3-slim',
    slim: slimBefore,
  },
  {
    names: ['perl'],
    sizes: 'about 900 MB for perl:5 against about 150 MB for perl:5-slim',
    slim: slimBefore,
  },
  {
    names: ['debian'],
    sizes: 'about 117 MB for debian:bookworm against about 75 MB for debian:bookworm-slim',
    slim: (v, c) => (v === '' || v === 'latest' ? 'stable-slim' : `${v}${c ? '-' + c : ''}-slim`),
  },
];

/** A tag as version and distribution codename (`20-bookworm` → `20`, `bookworm`); compiled once, not per image. */
const TAG_PARTS = new RegExp(`^(.*?)(?:-?(${CODENAMES}))?$`);

/** A full base image where a slim variant exists: hundreds of MB of compilers, headers and docs ship for nothing. */
export const IB107: Rule = {
  meta: {
    code: 'IB107',
    name: 'heavy-base-image',
    severity: 'info',
    category: 'size',
    fixable: true,
    description: 'The final image is based on a full image that has a slim variant.',
    docs: 'docs/rules/IB107.md',
  },
  create: eachStage(
    (stage, context) => {
      // a stage built FROM another stage has no image of its own to slim
      if (stage.fromStage) return;
      const word = stage.from.words[0];
      if (!word) return;
      // `FROM ${BASE}` with `ARG BASE=node:20` before it: judge the default (the fix belongs to the ARG line)
      const viaArg = word.value.includes('$');
      const written = viaArg ? stage.resolvedImage : word.value;
      if (written.includes('$')) return;
      const m =
        /^((?:docker\.io\/)?(?:library\/)?([a-z0-9._-]+))(?::([A-Za-z0-9._-]+))?(@sha256:[a-f0-9]+)?$/.exec(
          written,
        );
      if (!m) return;
      const [, repo, name, tag = '', digest] = m;
      const family = FAMILIES.find((f) => f.names.includes(name!));
      // (Debian's experimental and rc-buggy suites have no slim tag)
      if (!family || /slim|alpine|distroless|windows|nanoserver|servercore|experimental|rc-buggy/.test(tag))
        return;
      const t = TAG_PARTS.exec(tag)!;
      const version = name === 'debian' && CODENAMES.split('|').includes(tag) ? tag : t[1]!;
      const codename = name === 'debian' && CODENAMES.split('|').includes(tag) ? undefined : t[2];
      if (!/^(|latest|lts|current|stable|[0-9][0-9.]*|[a-z]+|[a-z]+-[0-9]+|[0-9.]+-[a-z]+)$/.test(version))
        return;
      const slimTag = family.slim(version, codename);
      const image = `${repo}:${slimTag}`;
      const shown = viaArg ? `${word.value} (${written}, the ARG default)` : written;
      const message = `${shown} is a full image; its slim variant ${image} leaves out ${name === 'debian' ? 'documentation, man pages and locales' : 'compilers, headers and documentation'} (typically ${family.sizes}). Check that nothing you need is missing, then switch.`;
      if (digest || viaArg) {
        context.report({ at: word, message, suggestion: `FROM ${image}` });
        return;
      }
      context.report({
        at: word,
        message,
        suggestion: `FROM ${image}`,
        fix: {
          description: `Use ${image}`,
          edits: [{ start: word.start, end: word.end, text: image }],
          level: 'aggressive',
        },
      });
    },
    { final: true },
  ),
};
