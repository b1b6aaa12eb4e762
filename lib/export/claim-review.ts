import type { ClaimStatusName } from '@/lib/validation/annotations';

/** A claim with a verdict, as the ClaimReview export needs it. */
export interface ReviewedClaim {
  annotationId: string;
  transcriptSlug: string;
  transcriptTitle: string;
  /** ISO 8601 or null: when the press conference was held. */
  heldAt: string | null;
  turnIndex: number;
  speaker: string;
  exact: string;
  status: Exclude<ClaimStatusName, 'unverified'>;
  /** The status in the reader's language, e.g. "Supported". */
  statusLabel: string;
  reviewer: string;
  reviewedAt: string;
}

/**
 * The verdicts on a 1–5 scale (schema.org's Rating; fact-checkers map "false" to 1 and "true"
 * to 5). "Needs context" sits between a dispute and support.
 */
export const RATING: Record<ReviewedClaim['status'], number> = { false_claim: 1, disputed: 2, needs_context: 3, supported: 5 };

/** One claim as schema.org ClaimReview JSON-LD (the form search engines read for fact checks). */
export function toClaimReview(claim: ReviewedClaim, base: string) {
  const transcriptUrl = `${base}/transcripts/${encodeURIComponent(claim.transcriptSlug)}`;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: `${base}/annotations/${encodeURIComponent(claim.annotationId)}`,
    claimReviewed: claim.exact,
    datePublished: claim.reviewedAt,
    author: { '@type': 'Person', name: claim.reviewer },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Person', name: claim.speaker },
      ...(claim.heldAt ? { datePublished: claim.heldAt } : {}),
      appearance: { '@type': 'CreativeWork', name: claim.transcriptTitle, url: `${transcriptUrl}#turn-${claim.turnIndex}` },
    },
    reviewRating: { '@type': 'Rating', ratingValue: RATING[claim.status], bestRating: 5, worstRating: 1, alternateName: claim.statusLabel },
  };
}
