import { codePointLength, codePointSlice } from './code-points';
import { matchQuote, type QuoteMatch } from './match-quote';
import type { TextAnchor } from './selectors';

/**
 * Lowest `matchQuote` score accepted as the same passage ('moved'). Scores weigh quote 50,
 * prefix 20, suffix 20 (+ position 10 within the original turn), so 0.75 needs an
 * exact or nearly exact quote plus at least one side of its context: an exact quote whose
 * surroundings were both rewritten (≈0.55–0.6) goes to review instead of a guess.
 */
export const REANCHOR_MIN_SCORE = 0.75;

/** 'stayed': same turn, same offsets. 'moved': found elsewhere with score ≥ REANCHOR_MIN_SCORE. 'needs_review': not found. */
export type ReanchorStatus = 'stayed' | 'moved' | 'needs_review';

/** Where an anchor resolves after its transcript changed; offsets are code points in the turn. */
export interface ReanchorResult {
  status: ReanchorStatus;
  turnIndex: number;
  start: number;
  end: number;
  /** 1 when the position still holds the quote; the best `matchQuote` score otherwise (0 when nothing matched). */
  score: number;
}

/** A turn's text as the anchor sees it: paragraphs joined by "\n". */
export interface AnchorTurn {
  index: number;
  text: string;
}

/**
 * Resolves a stored anchor against the current turns, as hypothesis does: the stored position in
 * the same turn if it still holds the quote; else the best fuzzy quote match in the same turn
 * (hinted by the old position); else the best match in the other turns, nearest turns first (a
 * tie goes to the nearer turn). Below `REANCHOR_MIN_SCORE` the annotation is never dropped: it
 * keeps its turn and its offsets (clamped to the turn's text) with status 'needs_review'.
 */
export function reanchor(anchor: TextAnchor & { turnIndex: number }, turns: readonly AnchorTurn[]): ReanchorResult {
  const home = turns.find((turn) => turn.index === anchor.turnIndex);
  if (home && anchor.exact !== '' && anchor.start >= 0 && codePointSlice(home.text, anchor.start, anchor.end) === anchor.exact) {
    return { status: 'stayed', turnIndex: home.index, start: anchor.start, end: anchor.end, score: 1 };
  }

  let bestScore = 0;
  if (home) {
    const match = matchQuote(home.text, anchor, { hint: anchor.start });
    if (match && match.score >= REANCHOR_MIN_SCORE) {
      const stayed = match.start === anchor.start && match.end === anchor.end;
      return { status: stayed ? 'stayed' : 'moved', turnIndex: home.index, ...match };
    }
    bestScore = match?.score ?? 0;
  }

  const others = turns
    .filter((turn) => turn !== home)
    .sort((a, b) => Math.abs(a.index - anchor.turnIndex) - Math.abs(b.index - anchor.turnIndex) || a.index - b.index);
  let best: (QuoteMatch & { turnIndex: number }) | null = null;
  for (const turn of others) {
    const match = matchQuote(turn.text, anchor);
    if (match && (!best || match.score > best.score)) best = { ...match, turnIndex: turn.index };
    // Nothing can beat a perfect match, and the nearest one wins ties anyway.
    if (best && best.score >= 1) break;
  }
  if (best && best.score >= REANCHOR_MIN_SCORE) return { status: 'moved', ...best };

  const length = home ? codePointLength(home.text) : Number.MAX_SAFE_INTEGER;
  const start = Math.min(Math.max(0, anchor.start), length);
  return {
    status: 'needs_review',
    turnIndex: anchor.turnIndex,
    start,
    end: Math.min(Math.max(start, anchor.end), length),
    score: Math.max(bestScore, best?.score ?? 0),
  };
}
