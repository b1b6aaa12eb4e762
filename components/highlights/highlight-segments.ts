import { codePointLength } from '@/lib/anchoring/code-points';

/** One annotation's span in a turn; offsets are code points within the turn text. */
export interface HighlightSpan {
  id: string;
  start: number;
  end: number;
}

/** A run of paragraph text and the annotations covering all of it, outermost first. */
export interface TextSegment {
  text: string;
  ids: string[];
}

/**
 * Splits a turn's text (paragraphs joined with "\n") into its paragraphs, and each paragraph
 * into segments cut at every highlight boundary, so overlapping and nested highlights can be
 * drawn as nested `<mark>` elements: every segment lists all the spans covering it.
 *
 * Spans are ordered outermost first (earlier start, then longer, then as given), so nesting is
 * stable from one segment to the next. Spans outside the text or empty are ignored. Paragraph
 * breaks are never part of a segment. Offsets are converted from code points to UTF-16 in one
 * pass, so characters outside the BMP (𠮷) count as one.
 */
export function segmentTurnText(text: string, spans: readonly HighlightSpan[]): TextSegment[][] {
  const length = codePointLength(text);
  const ordered = spans
    .map((span, order) => ({ ...span, order }))
    .filter((span) => Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start < span.end && span.end <= length)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);

  // Cut points in code points: span boundaries plus both sides of every paragraph break.
  const cuts = new Set<number>([0, length]);
  for (const span of ordered) cuts.add(span.start).add(span.end);
  const breaks: number[] = [];
  let cp = 0;
  for (const char of text) {
    if (char === '\n') {
      breaks.push(cp);
      cuts.add(cp).add(cp + 1);
    }
    cp++;
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const utf16 = toUtf16Indexes(text, sorted);
  const breakSet = new Set(breaks);

  const paragraphs: TextSegment[][] = [[]];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const from = sorted[i]!;
    const to = sorted[i + 1]!;
    if (breakSet.has(from)) {
      paragraphs.push([]);
      continue;
    }
    const ids = ordered.filter((span) => span.start <= from && span.end >= to).map((span) => span.id);
    const piece = text.slice(utf16.get(from), utf16.get(to));
    const current = paragraphs[paragraphs.length - 1]!;
    const previous = current[current.length - 1];
    // Neighbours covered by the same spans become one segment.
    if (previous && sameIds(previous.ids, ids)) previous.text += piece;
    else current.push({ text: piece, ids });
  }
  return paragraphs;
}

/** UTF-16 index of each code-point offset in `sortedOffsets`, found in a single scan. */
function toUtf16Indexes(text: string, sortedOffsets: number[]): Map<number, number> {
  const result = new Map<number, number>();
  let next = 0;
  let cp = 0;
  let i = 0;
  for (const char of text) {
    while (next < sortedOffsets.length && sortedOffsets[next] === cp) result.set(sortedOffsets[next++]!, i);
    i += char.length;
    cp++;
  }
  while (next < sortedOffsets.length) result.set(sortedOffsets[next++]!, i);
  return result;
}

function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
