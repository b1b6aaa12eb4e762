import { bestMatchingSpan, clusterSpans } from '@/lib/agreement/span-clusters';
import { isDisagreement, latestPerCoder, statusAgreement } from '@/lib/agreement/coder-claims';
import { CLAIM_STATUSES } from '@/lib/validation/annotations';
import type { BoardQuery } from '@/lib/validation/team';
import type { BoardAgreement, BoardClaim, BoardDecision, BoardSpan } from '@/lib/agreement/claim-board-types';

/** A claim as the board's assembly needs it: the board fields plus where it sits. */
export interface PlacedClaim extends Omit<BoardClaim, 'latest'> {
  turnIndex: number;
  speaker: string;
}

/** A stored decision with its span. */
export interface PlacedDecision extends BoardDecision {
  turnIndex: number;
  start: number;
  end: number;
}

/** The text of the union span, pieced together from the claims' quotes (they cover it). */
function unionQuote(start: number, end: number, claims: readonly PlacedClaim[]): string {
  const chars: string[] = new Array<string>(end - start).fill('');
  for (const claim of claims) Array.from(claim.exact).forEach((char, i) => (chars[claim.start - start + i] = char));
  return chars.join('');
}

/** The claim as the board shows it (where it sits is the span's business). */
function toBoardClaim(claim: PlacedClaim, latest: boolean): BoardClaim {
  const { id, author, isMine, type, status, start, end, exact, evidenceCount, noteExcerpt, hidden, createdAt } = claim;
  return { id, author, isMine, type, status, start, end, exact, evidenceCount, noteExcerpt, hidden, createdAt, latest };
}

const coded = (claim: PlacedClaim) => ({ coderId: claim.author.id, status: claim.status, type: claim.type, createdAt: claim.createdAt });

/**
 * Groups claims into spans (the same-span rule of lib/agreement), marks disagreements, attaches
 * the decision kept for each span (`decisions` newest first: the best overlap wins, ties go to
 * the newest) and measures agreement on status over the spans two members or more coded.
 */
export function assembleBoard(claims: readonly PlacedClaim[], decisions: readonly PlacedDecision[]): { spans: BoardSpan[]; agreement: BoardAgreement } {
  const clusters = clusterSpans(claims);
  const spans = clusters.map((cluster): BoardSpan => {
    const items = [...cluster.items].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const latestIds = new Set(latestPerCoder(items.map((c) => ({ ...coded(c), id: c.id }))).map((c) => c.id));
    const decision = bestMatchingSpan(cluster, decisions);
    return {
      key: `${cluster.turnIndex}:${cluster.start}-${cluster.end}`,
      turnIndex: cluster.turnIndex,
      speaker: items[0]!.speaker,
      start: cluster.start,
      end: cluster.end,
      quote: unionQuote(cluster.start, cluster.end, items),
      claims: items.map((claim) => toBoardClaim(claim, latestIds.has(claim.id))),
      coders: new Set(items.map((c) => c.author.id)).size,
      disagreement: isDisagreement(items.map(coded)),
      decision: decision && { type: decision.type, status: decision.status, note: decision.note, decidedBy: decision.decidedBy, decidedAt: decision.decidedAt },
      newestAt: items[items.length - 1]!.createdAt,
    };
  });
  const agreement = statusAgreement(clusters.map((cluster) => cluster.items.map(coded)));
  return { spans, agreement: { alpha: agreement.alpha, spans: agreement.units, claims: agreement.values } };
}

/** The status a span is sorted by: the decision's, else its newest claim's. */
function sortStatus(span: BoardSpan): number {
  return CLAIM_STATUSES.indexOf(span.decision?.status ?? span.claims[span.claims.length - 1]!.status);
}

const readingOrder = (a: BoardSpan, b: BoardSpan) => a.turnIndex - b.turnIndex || a.start - b.start || a.end - b.end;

/**
 * Applies the board's filters and order. A span shows whole (all its claims side by side) when
 * any of its claims has the status / type asked for.
 */
export function filterAndSortSpans(spans: readonly BoardSpan[], query: BoardQuery): BoardSpan[] {
  const shown = spans.filter(
    (span) =>
      (!query.claimStatus || span.claims.some((c) => c.status === query.claimStatus)) &&
      (!query.claimType || span.claims.some((c) => c.type === query.claimType)) &&
      (!query.speaker || span.speaker === query.speaker) &&
      (!query.disagreements || span.disagreement),
  );
  switch (query.sort ?? 'turn') {
    case 'turn':
      return shown.sort(readingOrder);
    case 'status':
      return shown.sort((a, b) => sortStatus(a) - sortStatus(b) || readingOrder(a, b));
    case 'newest':
      return shown.sort((a, b) => b.newestAt.localeCompare(a.newestAt) || readingOrder(a, b));
  }
}
