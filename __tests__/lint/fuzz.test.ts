// Hostile input: lint must end, without throwing, on whatever a pull request author writes. Two sources, both
// fixed and bounded: corpus Dockerfiles mutated by a seeded generator (the same 300 mutants on every run), and the
// crafted extremes of fixtures/extremes (recipes built here, so no megabytes are committed, plus small files).
// Each file gets a generous time cap that only a hang or a blow-up would reach; speed goals live in the bench.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { lintText } from '../../src/lint/engine.js';
import { decodeDockerfile, parseDockerfile } from '../../src/dockerfile/parse.js';
import { shellcheckJobs } from '../../src/lint/shellcheck.js';
import { SHARED } from '../support/shared.js';

const CORPUS = `${SHARED}/corpus`;
const EXTREMES = fileURLToPath(new URL('fixtures/extremes/', import.meta.url));
/** Per file: far above any real lint (the largest crafted file takes a few seconds on a loaded 2-core machine). */
const CAP_MS = 30_000;

/** mulberry32: a small seeded generator, so every run makes the same mutants. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces that mean something to the Dockerfile or shell reader, and bytes that should mean nothing. */
const PIECES = [
  '\0',
  '\r',
  '\r\n',
  '\\',
  '\\\n',
  '`',
  '"',
  "'",
  '$(',
  ')',
  '${',
  '}',
  '<<EOF\n',
  '<<-"EOF"\n',
  '\nEOF\n',
  '&&',
  '||',
  ';',
  '|',
  '&',
  '#',
  '# hadolint ignore=DL3008\n',
  '# escape=`\n',
  '\nRUN ',
  '\nFROM ',
  ' AS ',
  '\nONBUILD ',
  '--mount=type=cache,target=/x ',
  '[',
  ']',
  '\u2028',
  '\uFEFF',
  '\uD800',
  '\t',
  '\n',
];

function mutate(text: string, next: () => number): string {
  const pick = (n: number): number => Math.floor(next() * n);
  let out = text;
  const steps = 1 + pick(6);
  for (let s = 0; s < steps; s++) {
    const at = pick(out.length + 1);
    switch (pick(6)) {
      case 0: // insert a piece
        out = out.slice(0, at) + PIECES[pick(PIECES.length)]! + out.slice(at);
        break;
      case 1: // delete a range
        out = out.slice(0, at) + out.slice(at + 1 + pick(40));
        break;
      case 2: {
        // repeat a range many times (long lines, long chains)
        const piece = out.slice(at, at + 1 + pick(30));
        out = out.slice(0, at) + piece.repeat(1 + pick(300)) + out.slice(at);
        break;
      }
      case 3: // cut the file short (unterminated quotes, heredocs, continuations)
        out = out.slice(0, at);
        break;
      case 4: // a random byte
        out = out.slice(0, at) + String.fromCharCode(pick(256)) + out.slice(at);
        break;
      default: {
        // swap two lines
        const lines = out.split('\n');
        const a = pick(lines.length);
        const b = pick(lines.length);
        [lines[a], lines[b]] = [lines[b]!, lines[a]!];
        out = lines.join('\n');
      }
    }
  }
  return out;
}

/** Lints `text` the way the CLI does without ShellCheck, plus the pure ShellCheck script building; returns ms. */
function lintTimed(text: string, file: string): number {
  const started = Date.now();
  const findings = lintText(text, file);
  shellcheckJobs(parseDockerfile(text, file));
  const elapsed = Date.now() - started;
  // every finding is well formed and no rule crashed into an internal error (one expect: tens of thousands of
  // findings would make expect itself the slow part)
  const bad = findings.filter((f) => f.message.includes('internal error') || !(f.line >= 1));
  expect(bad).toEqual([]);
  return elapsed;
}

describe('lint on mutated corpus files', () => {
  it('ends without throwing on 300 seeded mutants', () => {
    const files = readFileSync(join(CORPUS, 'MANIFEST.tsv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t')[0]!);
    const next = random(13);
    let slowest = 0;
    for (let k = 0; k < 300; k++) {
      const name = files[Math.floor(next() * files.length)]!;
      const text = mutate(decodeDockerfile(readFileSync(join(CORPUS, 'dockerfiles', name))), next);
      slowest = Math.max(slowest, lintTimed(text, `${name}#${k}`));
    }
    expect(slowest).toBeLessThan(CAP_MS);
  }, 300_000);
});

interface Recipe {
  name: string;
  head: string;
  repeat: string;
  times: number;
  tail: string;
}

const { recipes } = JSON.parse(readFileSync(join(EXTREMES, 'recipes.json'), 'utf8')) as {
  recipes: Recipe[];
};

function build(r: Recipe): string {
  const parts = [r.head];
  for (let i = 0; i < r.times; i++) parts.push(r.repeat.replaceAll('{i}', String(i)));
  parts.push(r.tail);
  return parts.join('');
}

describe('lint on crafted extremes', () => {
  it.each(recipes.map((r) => [r.name, r] as const))(
    'ends in bounded time on %s',
    (_name, recipe) => {
      expect(lintTimed(build(recipe), recipe.name)).toBeLessThan(CAP_MS);
    },
    120_000,
  );

  const small = readdirSync(EXTREMES).filter((f) => f.endsWith('.Dockerfile'));
  it.each(small)('ends on %s', (name) => {
    const text = decodeDockerfile(readFileSync(join(EXTREMES, name)));
    expect(lintTimed(text, name)).toBeLessThan(CAP_MS);
  });

  it('reports what it did not check instead of checking it slowly', () => {
    const find = (name: string): Recipe => recipes.find((r) => r.name === name)!;
    const rules = (name: string): string[] => lintText(build(find(name)), name).map((f) => f.rule);
    expect(rules('short-segments-2mb')).toContain('IB000');
    // `FROM image # text` is refused by the builder: a parse finding, not a valid file
    const comment = decodeDockerfile(readFileSync(join(EXTREMES, 'from-comment.Dockerfile')));
    expect(
      lintText(comment)
        .filter((f) => f.rule === 'DL1000')
        .map((f) => f.line),
    ).toEqual([1]);
  });
});
