// The growth search over plain numbers: which commit it names, how many builds it asks for, and what it says
// when the budget ends before one commit is left or when nothing grew.
import { describe, expect, it } from '@jest/globals';
import { findGrowth, type MeasureCommit } from '../../src/bisect/search.js';

/** Commits c1…cN after base b, with the given sizes (sizes[0] is the base's); records what was measured. */
function history(sizes: (number | null)[]): {
  commits: string[];
  measure: MeasureCommit;
  asked: string[];
} {
  const asked: string[] = [];
  const commits = sizes.slice(1).map((_, i) => `c${i + 1}`);
  const bySha = new Map<string, number | null>([
    ['b', sizes[0]!],
    ...commits.map((c, i) => [c, sizes[i + 1]!] as const),
  ]);
  return {
    commits,
    asked,
    measure: (commit) => {
      asked.push(commit);
      const size = bySha.get(commit);
      if (size === undefined) throw new Error(`no such commit ${commit}`);
      return Promise.resolve(size);
    },
  };
}

describe('findGrowth', () => {
  it('names the one commit of a single big jump, in log2(n) probes after base and head', async () => {
    // base, then 8 commits; c5 adds 5 MB, the others a few bytes
    const h = history([100, 101, 102, 103, 104, 5_000_104, 5_000_105, 5_000_106, 5_000_107]);
    const r = await findGrowth({ base: 'b', commits: h.commits, measure: h.measure, maxMeasurements: 6 });
    expect(r).toMatchObject({
      kind: 'found',
      range: ['c5'],
      before: 'c4',
      bytes: 5_000_000,
      narrowed: false,
    });
    expect(h.asked[0]).toBe('b');
    expect(h.asked[1]).toBe('c8');
    expect(h.asked.length).toBe(5); // base, head and three halvings of 8
  });

  it('the jump at the first commit', async () => {
    const h = history([100, 9_000, 9_001, 9_002, 9_003]);
    const r = await findGrowth({ base: 'b', commits: h.commits, measure: h.measure, maxMeasurements: 6 });
    expect(r).toMatchObject({ kind: 'found', range: ['c1'], before: 'b', bytes: 8_900 });
  });

  it('the jump at the last commit (the head)', async () => {
    const h = history([100, 101, 102, 103, 9_000]);
    const r = await findGrowth({ base: 'b', commits: h.commits, measure: h.measure, maxMeasurements: 6 });
    expect(r).toMatchObject({ kind: 'found', range: ['c4'], before: 'c3', bytes: 8_897 });
  });

  it('a single commit needs only base and head', async () => {
    const h = history([100, 600]);
    const r = await findGrowth({ base: 'b', commits: h.commits, measure: h.measure, maxMeasurements: 6 });
    expect(r).toMatchObject({ kind: 'found', range: ['c1'], before: 'b', bytes: 500, narrowed: false });
    expect(h.asked).toEqual(['b', 'c1']);
  });

  it('more commits than the budget: reports the range it narrowed down to, never one commit', async () => {
    // 16 commits, the jump at c11; 4 builds: base, head, then two halvings leave 4 commits
    const sizes = [0, ...Array.from({ length: 16 }, (_, i) => (i + 1 >= 11 ? 1_000_000 + i : i))];
    const h = history(sizes);
    const r = await findGrowth({ base: 'b', commits: h.commits, measure: h.measure, maxMeasurements: 4 });
    expect(h.asked.length).toBe(4);
    expect(r).toMatchObject({
      kind: 'found',
      range: ['c9', 'c10', 'c11', 'c12'],
      before: 'c8',
      narrowed: true,
    });
    if (r.kind === 'found') expect(r.bytes).toBe(sizes[12]! - sizes[8]!);
  });

  it('sizes already known (the comparison’s base and head) cost no build', async () => {
    const h = history([100, 101, 5_000_101, 5_000_102]);
    const known = new Map([
      ['b', 100],
      ['c3', 5_000_102],
    ]);
    const r = await findGrowth({
      base: 'b',
      commits: h.commits,
      measure: h.measure,
      maxMeasurements: 2,
      known,
    });
    expect(r).toMatchObject({ kind: 'found', range: ['c2'], before: 'c1', narrowed: false });
    expect(h.asked).toEqual(['c1', 'c2']);
    if (r.kind === 'found')
      expect(r.probes.filter((p) => !p.measured).map((p) => p.commit)).toEqual(['b', 'c3']);
  });

  it('no growth: says so after measuring only base and head', async () => {
    const h = history([1_000, 1_500, 900, 1_000]);
    const r = await findGrowth({ base: 'b', commits: h.commits, measure: h.measure, maxMeasurements: 6 });
    expect(r).toEqual({ kind: 'no-growth', bytes: 0, probes: expect.any(Array) });
    expect(h.asked).toEqual(['b', 'c3']);
  });

  it('a budget of zero, or a base that does not build, gives no answer with the reason', async () => {
    const h = history([100, 200, 300]);
    const none = await findGrowth({ base: 'b', commits: h.commits, measure: h.measure, maxMeasurements: 0 });
    expect(none).toMatchObject({ kind: 'unknown', reason: expect.stringContaining('budget') });
    expect(h.asked).toEqual([]);
    const broken = history([null, 200, 300]);
    const r = await findGrowth({
      base: 'b',
      commits: broken.commits,
      measure: broken.measure,
      maxMeasurements: 6,
    });
    expect(r).toMatchObject({ kind: 'unknown', reason: 'the base b could not be measured' });
  });

  it('a commit in the middle that does not build stops the search at the range it had', async () => {
    const h = history([100, 101, null, 5_000_000, 5_000_001]);
    const r = await findGrowth({ base: 'b', commits: h.commits, measure: h.measure, maxMeasurements: 6 });
    expect(r).toMatchObject({
      kind: 'found',
      range: ['c1', 'c2', 'c3', 'c4'],
      before: 'b',
      narrowed: true,
      unmeasurable: 'c2',
    });
  });

  it('two jumps: follows the larger', async () => {
    const h = history([0, 10, 1_000, 1_010, 1_020, 6_000, 6_010, 6_020, 6_030]);
    const r = await findGrowth({ base: 'b', commits: h.commits, measure: h.measure, maxMeasurements: 6 });
    expect(r).toMatchObject({ kind: 'found', range: ['c5'], bytes: 4_980 });
  });
});
