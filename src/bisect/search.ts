// Which commit of a range grew the image: a binary search for the largest jump in size, over a callback that
// builds and measures one commit. Pure over the callback: it decides what to measure and what the numbers say,
// the caller decides how a commit becomes a size (a build in a worktree, the layer store) and what it costs.
//
// The search keeps an interval (before, last] whose ends are measured: the growth of the range is
// size(last) − size(before). Each probe splits it in the middle and keeps the half that grew more, so a single
// big change is found in ⌈log2(n)⌉ probes. Several changes of similar size lead to the larger half each time,
// which is a good guess and not a proof; the result says which commits it narrowed down to, so a budget too
// small to reach one commit is reported as the range it is, never as a commit it is not.

/** The size of a commit's image, or null when it could not be measured (the build failed). */
export type MeasureCommit = (commit: string) => Promise<number | null>;

export interface SearchRequest {
  /** The commit the range starts after (the pull request's base): its change is not in question. */
  base: string;
  /** The commits after `base`, oldest first; the last one is the head. */
  commits: readonly string[];
  measure: MeasureCommit;
  /** Most calls of `measure` allowed (sizes in `known` cost nothing). */
  maxMeasurements: number;
  /** Sizes already measured (the base and the head of the comparison), by commit. */
  known?: ReadonlyMap<string, number>;
}

export interface SearchProbe {
  commit: string;
  sizeBytes: number | null;
  /** False when the size came from `known`. */
  measured: boolean;
}

export type SearchResult =
  | {
      kind: 'found';
      /** The commits the growth was narrowed down to, oldest first: one when the budget sufficed. */
      range: string[];
      /** The measured commit just before the range (the base or a commit of the range). */
      before: string;
      /** size(last of range) − size(before): the growth the range holds. */
      bytes: number;
      probes: SearchProbe[];
      /** True when the search stopped before reaching one commit: the budget ran out or a build failed. */
      narrowed: boolean;
      /** The commit whose build failed and stopped the search, when one did. */
      unmeasurable?: string;
    }
  | {
      kind: 'no-growth';
      /** size(head) − size(base): zero or less. */
      bytes: number;
      probes: SearchProbe[];
    }
  | {
      /** The base or the head could not be measured, or the budget does not cover them. */
      kind: 'unknown';
      reason: string;
      probes: SearchProbe[];
    };

export async function findGrowth(request: SearchRequest): Promise<SearchResult> {
  const { base, commits } = request;
  if (commits.length === 0) throw new Error('findGrowth: no commits after the base');
  if (!Number.isInteger(request.maxMeasurements) || request.maxMeasurements < 0)
    throw new Error(`findGrowth: maxMeasurements must be a whole number ≥ 0, not ${request.maxMeasurements}`);
  const probes: SearchProbe[] = [];
  let left = request.maxMeasurements;
  const size = async (commit: string): Promise<number | null | 'over-budget'> => {
    const known = request.known?.get(commit);
    if (known !== undefined) {
      probes.push({ commit, sizeBytes: known, measured: false });
      return known;
    }
    if (left === 0) return 'over-budget';
    left -= 1;
    const measured = await request.measure(commit);
    probes.push({ commit, sizeBytes: measured, measured: true });
    return measured;
  };

  const head = commits[commits.length - 1]!;
  const baseSize = await size(base);
  const headSize = baseSize === null || baseSize === 'over-budget' ? baseSize : await size(head);
  if (baseSize === 'over-budget' || headSize === 'over-budget')
    return { kind: 'unknown', reason: 'the build budget does not cover the base and the head', probes };
  if (baseSize === null) return { kind: 'unknown', reason: `the base ${base} could not be measured`, probes };
  if (headSize === null) return { kind: 'unknown', reason: `the head ${head} could not be measured`, probes };
  if (headSize - baseSize <= 0) return { kind: 'no-growth', bytes: headSize - baseSize, probes };

  // positions: -1 is the base, i is commits[i]
  let lo = -1;
  let hi = commits.length - 1;
  let loSize = baseSize;
  let hiSize = headSize;
  let unmeasurable: string | undefined;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    const midSize = await size(commits[mid]!);
    if (midSize === 'over-budget') break;
    if (midSize === null) {
      unmeasurable = commits[mid]!;
      break;
    }
    // the half that grew more holds the largest jump (ties: the earlier half, where the growth first shows)
    if (midSize - loSize >= hiSize - midSize) {
      hi = mid;
      hiSize = midSize;
    } else {
      lo = mid;
      loSize = midSize;
    }
  }
  return {
    kind: 'found',
    range: commits.slice(lo + 1, hi + 1),
    before: lo === -1 ? base : commits[lo]!,
    bytes: hiSize - loSize,
    probes,
    narrowed: hi - lo > 1,
    ...(unmeasurable !== undefined ? { unmeasurable } : {}),
  };
}
