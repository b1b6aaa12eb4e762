import { editDistance, searchApproximate, type ApproximateMatch } from './approximate-search';
import { codePoints, indexesOf } from './code-points';

/**
 * What `matchQuote` looks for: a TextQuoteSelector. An empty `prefix` (`suffix`) means the quote
 * began (ended) its text, as `buildAnchor` records it, so only a match at the same edge fits;
 * a missing one means "unknown" and is left out of the score.
 */
export interface QuoteSelector {
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** Where a quote was found: code-point offsets into the searched text and a score in 0..1. */
export interface QuoteMatch {
  start: number;
  end: number;
  /** 1 = exact quote, exact context, at the hint (or no hint given); lower is less certain. */
  score: number;
}

/**
 * Largest share of the quote that may have been edited for a fuzzy match to count: quotes under
 * 10 code points must match exactly (in Chinese a single changed character in a short phrase
 * usually changes its meaning).
 */
export const MAX_QUOTE_ERROR_RATE = 0.1;

// Relative weights of the score's parts, as in hypothesis/client `match-quote.ts`, but with
// position worth more: within one turn a nearby match is more likely the same passage.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 10;

/**
 * Finds the best match of `quote.exact` in `text`, allowing up to `MAX_QUOTE_ERROR_RATE` edits,
 * and scores each candidate by quote similarity, similarity of the text around it to
 * `quote.prefix`/`quote.suffix` (which tells repeated quotes apart), and, with `hint` (expected
 * start), closeness to the hint. Returns null when nothing is close enough. Offsets and the hint
 * are code points.
 */
export function matchQuote(text: string, quote: QuoteSelector, options: { hint?: number } = {}): QuoteMatch | null {
  const exact = codePoints(quote.exact);
  if (exact.length === 0) return null;
  const haystack = codePoints(text);
  const scorer = new CandidateScorer(haystack, exact.length, quote, options.hint);

  const exactMatches = indexesOf(text, quote.exact).map((start) => ({ start, end: start + exact.length, errors: 0 }));
  let best = scorer.best(exactMatches);
  const maxErrors = Math.floor(exact.length * MAX_QUOTE_ERROR_RATE);
  // A fuzzy candidate has at least one error, which caps its score: skip the search when the
  // best exact candidate is already out of its reach.
  if (maxErrors > 0 && (!best || best.score < scorer.bestPossibleScore(1))) {
    const fuzzy = scorer.best(searchApproximate(haystack, exact, maxErrors));
    if (fuzzy && (!best || fuzzy.score > best.score)) best = fuzzy;
  }
  return best;
}

class CandidateScorer {
  private readonly prefix: number[] | undefined;
  private readonly suffix: number[] | undefined;
  private readonly maxTotal: number;

  constructor(
    private readonly text: number[],
    private readonly quoteLength: number,
    quote: QuoteSelector,
    private readonly hint: number | undefined,
  ) {
    this.prefix = quote.prefix === undefined ? undefined : codePoints(quote.prefix);
    this.suffix = quote.suffix === undefined ? undefined : codePoints(quote.suffix);
    this.maxTotal =
      QUOTE_WEIGHT + (this.prefix ? PREFIX_WEIGHT : 0) + (this.suffix ? SUFFIX_WEIGHT : 0) + (hint === undefined ? 0 : POSITION_WEIGHT);
  }

  /**
   * Highest-scoring candidate; ties go to the one nearest the hint, then the earliest. Context
   * scoring (edit distances) is the costly part, so candidates are visited best bound first and
   * the rest skipped once none of them can beat the best found.
   */
  best(candidates: readonly ApproximateMatch[]): QuoteMatch | null {
    const bounded = candidates
      .map((candidate) => ({ candidate, bound: this.score(candidate, true) }))
      .sort((a, b) => b.bound - a.bound || this.distance(a.candidate) - this.distance(b.candidate) || a.candidate.start - b.candidate.start);
    let best: QuoteMatch | null = null;
    for (const { candidate, bound } of bounded) {
      if (best && best.score >= bound) break;
      const score = this.score(candidate);
      if (!best || score > best.score) best = { start: candidate.start, end: candidate.end, score };
    }
    return best;
  }

  /** Upper bound of the score of any candidate with `errors` edits in the quote. */
  bestPossibleScore(errors: number): number {
    return (this.maxTotal - QUOTE_WEIGHT * Math.min(1, errors / this.quoteLength)) / this.maxTotal;
  }

  /** Weighted score in 0..1; with `assumePerfectContext`, the cheap upper bound used to prune. */
  private score(match: ApproximateMatch, assumePerfectContext = false): number {
    let total = QUOTE_WEIGHT * Math.max(0, 1 - match.errors / this.quoteLength);
    if (this.prefix) total += PREFIX_WEIGHT * (assumePerfectContext ? 1 : this.prefixScore(this.prefix, match));
    if (this.suffix) total += SUFFIX_WEIGHT * (assumePerfectContext ? 1 : this.suffixScore(this.suffix, match));
    if (this.hint !== undefined) total += POSITION_WEIGHT * Math.max(0, 1 - this.distance(match) / Math.max(1, this.text.length));
    return total / this.maxTotal;
  }

  private distance(match: { start: number }): number {
    return this.hint === undefined ? 0 : Math.abs(match.start - this.hint);
  }

  private prefixScore(prefix: number[], match: { start: number }): number {
    if (prefix.length === 0) return match.start === 0 ? 1 : 0;
    return similarity(this.text.slice(Math.max(0, match.start - prefix.length), match.start), prefix);
  }

  private suffixScore(suffix: number[], match: { end: number }): number {
    if (suffix.length === 0) return match.end === this.text.length ? 1 : 0;
    return similarity(this.text.slice(match.end, match.end + suffix.length), suffix);
  }
}

/** 1 when equal, falling linearly with edit distance to 0. */
function similarity(actual: readonly number[], expected: readonly number[]): number {
  if (actual.length === expected.length && actual.every((c, i) => c === expected[i])) return 1;
  return Math.max(0, 1 - editDistance(actual, expected) / expected.length);
}
