import { describe, expect, it } from '@jest/globals';
import { parseDockerfile } from '../../../../src/dockerfile/parse.js';
import { copyArgs } from '../../../../src/lint/rules/support/copy-args.js';

function args(line: string) {
  const ins = parseDockerfile(`FROM busybox:1.35\n${line}\n`).instructions[1]!;
  const { sources, dest } = copyArgs(ins);
  return { sources: sources.map((s) => s.value), dest: dest?.value, destColumn: dest?.span.column };
}

describe('copyArgs', () => {
  it('splits shell form, removing quotes and keeping backslashes', () => {
    expect(args('COPY --chown=1 a "b c" C:\\app\\data')).toEqual({
      sources: ['a', 'b c'],
      dest: 'C:\\app\\data',
      destColumn: 24,
    });
  });
  it('reads the JSON form with spans on the items', () => {
    expect(args('COPY ["a b", "c", "/d/"]')).toEqual({ sources: ['a b', 'c'], dest: '/d/', destColumn: 19 });
  });
  it('leaves heredoc sources out', () => {
    expect(args('COPY <<EOF /etc/x\nhello\nEOF').sources).toEqual([]);
  });
});
