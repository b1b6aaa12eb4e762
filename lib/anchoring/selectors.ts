import { codePointLength, codePointSlice } from './code-points';

/**
 * Where an annotation sits in one turn: a text position plus the quote that was there when it was
 * made. All offsets are Unicode code points within the turn's text (paragraphs joined by "\n").
 */
export interface TextAnchor {
  /** Offset of the first quoted code point. */
  start: number;
  /** Offset just past the last quoted code point (`end > start`). */
  end: number;
  /** The quoted text, `text[start, end)`. */
  exact: string;
  /** Up to `contextLength` code points right before the quote. */
  prefix: string;
  /** Up to `contextLength` code points right after the quote. */
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector; offsets in code points. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** W3C Web Annotation TextQuoteSelector. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Longest quote an annotation may hold, in code points. */
export const MAX_QUOTE_LENGTH = 2000;

/** Longest prefix or suffix accepted by `checkAnchor`, in code points. */
export const MAX_CONTEXT_LENGTH = 64;

/** Default prefix/suffix length of `buildAnchor`, in code points (as hypothesis). */
export const DEFAULT_CONTEXT_LENGTH = 32;

/**
 * Builds the anchor of `text[start, end)` (code points) with `contextLength` code points of
 * context on each side. Offsets are used as given (slices clamp to the text); validate the
 * result with `checkAnchor` before storing it.
 */
export function buildAnchor(text: string, start: number, end: number, contextLength = DEFAULT_CONTEXT_LENGTH): TextAnchor {
  return {
    start,
    end,
    exact: codePointSlice(text, start, end),
    prefix: codePointSlice(text, Math.max(0, start - contextLength), start),
    suffix: codePointSlice(text, end, end + contextLength),
  };
}

/**
 * Null when `anchor` describes `text` exactly; otherwise the reason it does not (for logs and
 * the error a server action returns): offsets outside the text, an empty or reversed range, a
 * quote longer than `MAX_QUOTE_LENGTH`, a quote or context that differs from the text.
 */
export function checkAnchor(text: string, anchor: TextAnchor): string | null {
  const { start, end, exact, prefix, suffix } = anchor;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return 'offsets must be integers';
  const length = codePointLength(text);
  if (start < 0 || end > length) return `offsets ${start}..${end} are outside the text (0..${length})`;
  if (end <= start) return `empty or reversed range ${start}..${end}`;
  if (end - start > MAX_QUOTE_LENGTH) return `quote longer than ${MAX_QUOTE_LENGTH} code points`;
  if (codePointSlice(text, start, end) !== exact) return 'quote does not match the text at the offsets';
  if (codePointLength(prefix) > MAX_CONTEXT_LENGTH || codePointLength(suffix) > MAX_CONTEXT_LENGTH) {
    return `prefix or suffix longer than ${MAX_CONTEXT_LENGTH} code points`;
  }
  if (codePointSlice(text, start - codePointLength(prefix), start) !== prefix) return 'prefix does not match the text before the quote';
  if (codePointSlice(text, end, end + codePointLength(suffix)) !== suffix) return 'suffix does not match the text after the quote';
  return null;
}

/** The W3C selectors stored with an annotation: position first, then quote. */
export function toW3CSelectors(anchor: TextAnchor): [TextPositionSelector, TextQuoteSelector] {
  return [
    { type: 'TextPositionSelector', start: anchor.start, end: anchor.end },
    { type: 'TextQuoteSelector', exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix },
  ];
}
