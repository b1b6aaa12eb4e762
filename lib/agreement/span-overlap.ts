/**
 * When two coders marked "the same span": spans on one turn whose intersection is at least half
 * of their union (Jaccard ≥ 0.5). So `[0,10)` and `[2,10)` are the same span (0.8), `[0,10)` and
 * `[5,15)` are not (5/15 ≈ 0.33), and a short phrase inside a long sentence is not the sentence.
 * Offsets are code points within the turn, end exclusive.
 */
export const SAME_SPAN_MIN_OVERLAP = 0.5;

/** A span of one turn; `end` is exclusive. */
export interface TurnSpan {
  turnIndex: number;
  start: number;
  end: number;
}

/** |a ∩ b| / |a ∪ b| for spans of the same turn; 0 for different turns or disjoint spans. */
export function spanOverlap(a: TurnSpan, b: TurnSpan): number {
  if (a.turnIndex !== b.turnIndex) return 0;
  const intersection = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (intersection <= 0) return 0;
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return intersection / union;
}

/** True when `a` and `b` count as the same span (see SAME_SPAN_MIN_OVERLAP). */
export function isSameSpan(a: TurnSpan, b: TurnSpan): boolean {
  return spanOverlap(a, b) >= SAME_SPAN_MIN_OVERLAP;
}
