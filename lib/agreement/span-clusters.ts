import { isSameSpan, spanOverlap, type TurnSpan } from './span-overlap';

/** Spans grouped as "the same span", with the union of their extents. */
export interface SpanCluster<T extends TurnSpan> {
  turnIndex: number;
  /** Union of the members' spans (code points, end exclusive). */
  start: number;
  end: number;
  /** Members in the order they were given. */
  items: T[];
}

/**
 * Groups spans into clusters: two spans share a cluster when they are the same span
 * (isSameSpan) or are linked through a chain of such pairs (single linkage, so the result does
 * not depend on input order). Clusters come in reading order (turn, start, end).
 */
export function clusterSpans<T extends TurnSpan>(items: readonly T[]): SpanCluster<T>[] {
  const parent = items.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      if (isSameSpan(items[i]!, items[j]!)) parent[root(j)] = root(i);
    }
  }
  const byRoot = new Map<number, SpanCluster<T>>();
  items.forEach((item, i) => {
    const r = root(i);
    const cluster = byRoot.get(r);
    if (!cluster) {
      byRoot.set(r, { turnIndex: item.turnIndex, start: item.start, end: item.end, items: [item] });
      return;
    }
    cluster.items.push(item);
    cluster.start = Math.min(cluster.start, item.start);
    cluster.end = Math.max(cluster.end, item.end);
  });
  return [...byRoot.values()].sort((a, b) => a.turnIndex - b.turnIndex || a.start - b.start || a.end - b.end);
}

/**
 * The candidate that is the same span as `span` with the largest overlap (ties: the first
 * given), or null. Used to find the decision kept for a cluster.
 */
export function bestMatchingSpan<T extends TurnSpan>(span: TurnSpan, candidates: readonly T[]): T | null {
  let best: T | null = null;
  let bestOverlap = 0;
  for (const candidate of candidates) {
    const overlap = spanOverlap(span, candidate);
    if (isSameSpan(span, candidate) && overlap > bestOverlap) {
      best = candidate;
      bestOverlap = overlap;
    }
  }
  return best;
}
