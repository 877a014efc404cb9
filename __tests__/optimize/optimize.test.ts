import { describe, expect, it } from '@jest/globals';
import { optimizeDockerfile } from '../../src/optimize/optimize.js';
import {
  breaker,
  flipFlop,
  neverSettles,
  ignoreLines,
  mergeRuns,
  noRecommends,
  quietApt,
  slimBase,
} from './test-rules.js';

describe('optimizeDockerfile (engine, with test rules)', () => {
  it('leaves a Dockerfile the builder refuses as it is, and says why', () => {
    // Docker: "FROM requires either one or three arguments" (`#` is a comment only at the start of a line)
    const input = 'FROM debian:bookworm-slim # base\nRUN apt-get update && apt-get install -y curl\n';
    const r = optimizeDockerfile(input, { rules: [noRecommends] });
    expect([r.optimized, r.changed, r.applied]).toEqual([input, false, []]);
    expect(r.skipped).toEqual([
      expect.objectContaining({
        rule: 'DL1000',
        line: 1,
        reason: expect.stringContaining('the builder refuses'),
      }),
    ]);
    expect(r.remaining.map((f) => f.rule)).toContain('DL1000');
  });

  it('applies a fix, records rule, description and original line, and is idempotent', () => {
    const input = 'FROM debian:bookworm-slim\n\nRUN apt-get update && apt-get install -y curl\n';
    const r = optimizeDockerfile(input, { rules: [noRecommends] });
    expect(r.optimized).toBe(
      'FROM debian:bookworm-slim\n\nRUN apt-get update && apt-get install --no-install-recommends -y curl\n',
    );
    expect(r.applied).toEqual([
      expect.objectContaining({
        rule: 'T001',
        description: 'Add --no-install-recommends',
        line: 3,
        pass: 1,
        level: 'safe',
      }),
    ]);
    expect(r.stable).toBe(true);
    expect(r.changed).toBe(true);
    const again = optimizeDockerfile(r.optimized, { rules: [noRecommends] });
    expect(again.changed).toBe(false);
    expect(again.optimized).toBe(r.optimized);
  });

  it('defers a fix touching another to the next pass', () => {
    const input = 'FROM debian:bookworm-slim\nRUN apt-get install -y curl\n';
    const r = optimizeDockerfile(input, { rules: [noRecommends, quietApt] });
    expect(r.optimized).toBe(
      'FROM debian:bookworm-slim\nRUN apt-get install -q --no-install-recommends -y curl\n',
    );
    expect(r.applied.map((a) => [a.rule, a.line, a.pass])).toEqual([
      ['T001', 2, 1],
      ['T007', 2, 2],
    ]);
    expect(optimizeDockerfile(r.optimized, { rules: [noRecommends, quietApt] }).changed).toBe(false);
  });

  it('merges a chain of RUNs and maps lines back to the original', () => {
    const input = 'FROM busybox:1.35\nRUN echo 1\nRUN echo 2\nRUN echo 3\nRUN echo 4\n';
    const r = optimizeDockerfile(input, { rules: [mergeRuns] });
    expect(r.optimized).toBe(
      'FROM busybox:1.35\nRUN echo 1 && \\\n    echo 2 && \\\n    echo 3 && \\\n    echo 4\n',
    );
    expect(r.applied.map((a) => [a.line, a.pass])).toEqual([
      [3, 1],
      [4, 1],
      [5, 1],
    ]);
    expect(optimizeDockerfile(r.optimized, { rules: [mergeRuns] }).changed).toBe(false);
  });

  it('drops a fix that would break the Dockerfile and keeps the others', () => {
    const input = 'FROM debian:bookworm-slim\nRUN break-me\nRUN apt-get install -y curl\n';
    const r = optimizeDockerfile(input, { rules: [breaker, noRecommends] });
    expect(r.optimized).toBe(
      'FROM debian:bookworm-slim\nRUN break-me\nRUN apt-get install --no-install-recommends -y curl\n',
    );
    expect(r.skipped).toEqual([
      expect.objectContaining({ rule: 'T003', line: 2, reason: expect.stringContaining('unparseable') }),
    ]);
    expect(r.stable).toBe(true);
  });

  it('applies aggressive fixes only when asked', () => {
    const input = 'FROM debian:bookworm\nRUN true\n';
    const safe = optimizeDockerfile(input, { rules: [slimBase] });
    expect(safe.changed).toBe(false);
    expect(safe.optimized).toBe(input);
    expect(safe.skipped).toEqual([
      expect.objectContaining({ rule: 'T005', reason: expect.stringContaining('aggressive') }),
    ]);
    const aggressive = optimizeDockerfile(input, { rules: [slimBase], level: 'aggressive' });
    expect(aggressive.optimized).toBe('FROM debian:bookworm-slim\nRUN true\n');
    expect(aggressive.applied[0]).toEqual(expect.objectContaining({ level: 'aggressive' }));
  });

  it('adds .dockerignore lines from fixes but never one that excludes a COPY source', () => {
    const input = 'FROM busybox:1.35\nCOPY src/ /app/src\nCOPY app.js /app/\n';
    const r = optimizeDockerfile(input, { rules: [ignoreLines], dockerignore: null });
    expect(r.optimized).toBe(input);
    expect(r.changed).toBe(true);
    expect(r.dockerignore.added).toEqual(['.git']);
    expect(r.dockerignore.rejected.map((x) => x.line)).toEqual(['src', '**/*.log']);
    expect(r.applied).toEqual([expect.objectContaining({ rule: 'T004', dockerignore: ['.git'] })]);
    // second run: the lines are now in the file, nothing more to add
    const again = optimizeDockerfile(r.optimized, {
      rules: [ignoreLines],
      dockerignore: r.dockerignore.added,
    });
    expect(again.changed).toBe(false);
  });

  it('stops when fixes undo each other', () => {
    const r = optimizeDockerfile('FROM busybox:1.35\nRUN a\n', { rules: [flipFlop] });
    expect(r.stable).toBe(false);
    expect(r.passes).toBeLessThanOrEqual(15);
  });

  it('does not stack a fix whose rule keeps reporting it, and stays idempotent', () => {
    const input = 'FROM busybox:1.35\nRUN make\nRUN echo 2\n';
    const r = optimizeDockerfile(input, { rules: [mergeRuns, neverSettles] });
    expect(r.optimized).toBe('FROM busybox:1.35\nRUN make && \\\n    echo 2\n');
    expect(r.stable).toBe(true);
    expect(r.skipped).toEqual([
      expect.objectContaining({ rule: 'T010', line: 2, reason: expect.stringContaining('does not settle') }),
    ]);
    expect(optimizeDockerfile(r.optimized, { rules: [mergeRuns, neverSettles] }).optimized).toBe(r.optimized);
  });

  it('keeps CRLF line endings and a byte-order mark', () => {
    const input = '\uFEFFFROM debian:bookworm-slim\r\nRUN apt-get install -y curl\r\n';
    const r = optimizeDockerfile(input, { rules: [noRecommends] });
    expect(r.optimized).toBe(
      '\uFEFFFROM debian:bookworm-slim\r\nRUN apt-get install --no-install-recommends -y curl\r\n',
    );
    expect(optimizeDockerfile(r.optimized, { rules: [noRecommends] }).changed).toBe(false);
  });

  it('applies only accepted fix groups', () => {
    const input = 'FROM busybox:1.35\nRUN apt-get install -y a\nRUN echo 2\n';
    const r = optimizeDockerfile(input, {
      rules: [noRecommends, mergeRuns],
      accept: (k) => k.startsWith('T002'),
    });
    expect(r.optimized).toBe('FROM busybox:1.35\nRUN apt-get install -y a && \\\n    echo 2\n');
  });
});
