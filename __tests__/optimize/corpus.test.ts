// Every corpus Dockerfile: optimizing never throws, never breaks parsing, keeps the stages and a sane instruction
// count, and is idempotent. Prints how many files get at least one fix (the number in docs/optimizer.md).
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDockerfile } from '../../src/dockerfile/parse.js';
import { optimizeDockerfile } from '../../src/optimize/optimize.js';
import { SHARED } from '../support/shared.js';

const ROOT = `${SHARED}/corpus`;
const files = readFileSync(join(ROOT, 'MANIFEST.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t')[0]!);

describe('optimizer over the corpus', () => {
  it('holds its invariants on every file', () => {
    expect(files).toHaveLength(1267);
    const problems: string[] = [];
    let fixed = 0;
    const byRule = new Map<string, number>();
    for (const file of files) {
      const text = readFileSync(join(ROOT, 'dockerfiles', file), 'utf8');
      let result;
      try {
        result = optimizeDockerfile(text, { file });
      } catch (error: unknown) {
        problems.push(`${file}: threw ${String(error)}`);
        continue;
      }
      if (result.applied.length > 0) fixed++;
      for (const rule of new Set(result.applied.map((a) => a.rule)))
        byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
      const before = parseDockerfile(text, file);
      const after = parseDockerfile(result.optimized, file);
      if (after.problems.length > before.problems.length)
        problems.push(`${file}: new parse problem ${after.problems.at(-1)?.message}`);
      if (after.stages.length !== before.stages.length) problems.push(`${file}: stage count changed`);
      const lintFixes = result.applied.filter((a) => a.rule !== 'dockerignore').length;
      if (
        after.instructions.length > before.instructions.length + lintFixes ||
        (after.instructions.length === 0) !== (before.instructions.length === 0)
      ) {
        problems.push(
          `${file}: instruction count ${before.instructions.length} → ${after.instructions.length}`,
        );
      }
      if (!result.stable) problems.push(`${file}: fixes did not settle`);
      const added = result.dockerignore.added;
      const again = optimizeDockerfile(result.optimized, {
        file,
        dockerignore: added.length > 0 ? added : null,
      });
      if (again.changed)
        problems.push(`${file}: not idempotent (${again.applied.map((a) => a.key).join('; ')})`);
    }
    const rules = [...byRule].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`);
    process.stdout.write(
      `optimizer corpus: ${fixed} of ${files.length} files get at least one fix; files per rule: ${rules.join(', ')}\n`,
    );
    expect(problems).toEqual([]);
    expect(fixed).toBeGreaterThan(0);
  }, 900_000);
});
