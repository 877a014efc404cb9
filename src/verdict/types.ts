// The decision at the end of a run: pass, warn or fail, and why, in exact numbers.

export type VerdictStatus = 'pass' | 'warn' | 'fail';

export type ReasonKind =
  'budget' | 'max-increase' | 'warn-increase' | 'max-layers' | 'lint' | 'build-time' | 'no-baseline';

export interface VerdictReason {
  level: 'fail' | 'warn' | 'info';
  kind: ReasonKind;
  /** One sentence with the exact numbers: "uncompressed size 162.4 MB (162,400,000 B) is over the budget …". */
  message: string;
}

export interface Verdict {
  status: VerdictStatus;
  reasons: VerdictReason[];
  /** A size or layer limit failed (budget, max-increase or max-layers); lint failures do not set it. */
  overBudget: boolean;
  /** budget − head size (negative when over); absent without a budget. */
  headroomBytes?: number;
}
