/**
 * Chinese-aware tokenisation. ICU's word segmenter knows common words but splits rare
 * names and abbreviations into single characters (武|契|奇, 世|卫), so retrieval terms
 * are its words plus character bigrams of those single-character stretches. Segmenting
 * is the costly step, so a text is segmented once and the segments are shared.
 */
import { STOPWORDS } from './stopwords';

const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /^\p{Script=Han}+$/u;
const HAN_RUN = /\p{Script=Han}+/gu;

/** One ICU segment with its UTF-16 offset in the text. */
export interface Segment {
  segment: string;
  index: number;
  isWordLike: boolean;
}

/** All segments of a text, punctuation included. */
export function segmentText(text: string): Segment[] {
  return Array.from(SEGMENTER.segment(text), ({ segment, index, isWordLike }) => ({ segment, index, isWordLike: isWordLike ?? false }));
}

/** Word-like segments as ICU finds them, lower-cased (punctuation and spaces dropped). */
export function segmentWords(text: string): string[] {
  return segmentText(text).flatMap(({ segment, isWordLike }) => (isWordLike ? [segment.toLowerCase()] : []));
}

/** Overlapping pairs of Han characters within each run of Han characters (punctuation breaks runs). */
export function hanBigrams(text: string): string[] {
  const bigrams: string[] = [];
  for (const [run] of text.matchAll(HAN_RUN)) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) bigrams.push(`${chars[i]}${chars[i + 1]}`);
  }
  return bigrams;
}

/**
 * Retrieval terms of a text with their counts: Han words of two or more characters that
 * are not function words (stopwords.ts), Latin words of two or more letters, and the
 * bigrams of every stretch of consecutive one-character Han segments (谭|德|塞 → 谭德, 德塞),
 * which is where ICU leaves the names and abbreviations it does not know. Bigrams across
 * two known words (的国, 多个) would only add noise. Digits are left to the number
 * extractor, which knows their units. Segments touching a `masked` offset are skipped and
 * end a stretch, as punctuation does.
 */
export function extractTerms(text: string, segments = segmentText(text), masked: ReadonlySet<number> = new Set()): Map<string, number> {
  const terms = new Map<string, number>();
  const add = (term: string) => terms.set(term, (terms.get(term) ?? 0) + 1);
  let singles = '';
  const flush = () => {
    for (const bigram of hanBigrams(singles)) add(bigram);
    singles = '';
  };
  for (const { segment, index, isWordLike } of segments) {
    if (!isWordLike || isMasked(masked, index, segment.length)) {
      flush();
      continue;
    }
    const word = segment.toLowerCase();
    const isHan = HAN.test(word);
    if (isHan && word.length === 1) singles += word;
    else {
      flush();
      if ((isHan && !STOPWORDS.has(word)) || /^[a-z][a-z0-9-]+$/.test(word)) add(word);
    }
  }
  flush();
  return terms;
}

function isMasked(masked: ReadonlySet<number>, index: number, length: number): boolean {
  if (masked.size === 0) return false;
  for (let i = index; i < index + length; i++) if (masked.has(i)) return true;
  return false;
}
