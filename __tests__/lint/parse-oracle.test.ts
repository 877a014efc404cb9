// dockerfile-ast as a reference oracle for where instructions start. parse.ts is a line scanner of our own
// (dockerfile-ast misreads `<< 'EOF'` heredocs and cost more than all our parsing in the lint benchmark), so this
// test holds the scanner to the library on every corpus file the library reads correctly: files without heredocs
// and without a line ending in an escaped escape (`\\`), which Docker's BuildKit treats as NOT continuing the
// line (checked with engine 20.10: `RUN echo a\\` then `RUN echo b` builds as two steps) while dockerfile-ast
// continues it.
import { describe, expect, it } from '@jest/globals';
import { DockerfileParser } from 'dockerfile-ast';
import { readFileSync } from 'node:fs';
import { decodeDockerfile, parseDockerfile } from '../../src/dockerfile/parse.js';
import { SHARED } from '../support/shared.js';

const corpus = `${SHARED}/corpus/`;

function corpusFiles(): string[] {
  return readFileSync(`${corpus}MANIFEST.tsv`, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => `${corpus}dockerfiles/${line.split('\t')[0]!}`);
}

function starts(text: string): string[] {
  return parseDockerfile(text).instructions.map((i) => `${i.line}:${i.onbuild ? 'ONBUILD' : i.keyword}`);
}

function oracleStarts(text: string): string[] {
  return DockerfileParser.parse(text)
    .getInstructions()
    .map((i) => `${i.getRange().start.line + 1}:${i.getKeyword().toUpperCase()}`);
}

describe('parse.ts against dockerfile-ast', () => {
  it('finds the same instruction starts on every corpus file the library reads correctly', () => {
    let compared = 0;
    const disagreements: string[] = [];
    for (const file of corpusFiles()) {
      const text = decodeDockerfile(readFileSync(file)).replace(/\r\n?/g, '\n');
      const escape = /^#\s*escape\s*=\s*`/im.test(text) ? '`' : '\\';
      const doubled = escape === '`' ? /``[ \t]*$/m : /\\\\[ \t]*$/m;
      if (text.includes('<<') || doubled.test(text)) continue;
      compared++;
      const ours = starts(text).join(' ');
      if (ours !== oracleStarts(text).join(' ')) disagreements.push(file);
    }
    expect(disagreements).toEqual([]);
    expect(compared).toBeGreaterThan(1100);
  });

  it('keeps a line ending in an escaped escape as the end of the instruction, as BuildKit does', () => {
    const text = 'FROM busybox:1.35\nRUN echo a\\\\\nRUN echo b\n';
    expect(starts(text)).toEqual(['1:FROM', '2:RUN', '3:RUN']);
    expect(oracleStarts(text)).toEqual(['1:FROM', '2:RUN']);
  });
});
