import { foldText } from './fold';
import type { SearchQuery } from './query';

/** Where a query occurs in one text: original UTF-16 ranges, counts per term and per bigram. */
export interface TextMatch {
  ranges: Array<[number, number]>;
  termCounts: number[];
  bigramCounts: number[];
  /** Length of the text in code points, for length normalisation. */
  length: number;
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) found.push(at);
  return found;
}

/** Finds every term and bigram of `query` in `text` (compared folded). */
export function matchText(text: string, query: SearchQuery): TextMatch {
  const { folded, originStart, originEnd } = foldText(text);
  const ranges: Array<[number, number]> = [];
  const count = (needle: string, mark: boolean) => {
    const hits = occurrences(folded, needle);
    if (mark) for (const at of hits) ranges.push([originStart[at]!, originEnd[at + needle.length - 1]!]);
    return hits.length;
  };
  const termCounts = query.terms.map((term) => count(term, true));
  // Bigrams are marked only when the terms themselves are missing (a related match).
  const related = termCounts.some((n) => n === 0);
  const bigramCounts = query.bigrams.map((bigram) => count(bigram, related));
  return { ranges: mergeRanges(ranges), termCounts, bigramCounts, length: Array.from(text).length };
}

/** Sorted, overlapping or touching ranges joined. */
export function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
